#include "ui/screens/BringReflectionDialog.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "tend/content/ContentLibrary.h"
#include "tend/modes/SoloToJoint.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/screens/RecordFormatter.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

// The answer in a line, through the core's reader: written words as written, an option by its label.
QString preview(const reading::Reader& reader, const content::Program* program, const journal::Entry& entry)
{
    const reading::Answer answer = reader.entry(program, entry);
    if (answer.form == reading::Answer::Form::Nothing)
        return QObject::tr("(skipped)");
    QString text = qs(answer.oneLine()).simplified();
    if (text.size() > 140)
        text = text.left(139) + QChar(0x2026);
    return text;
}

} // namespace

BringReflectionDialog::BringReflectionDialog(AppContext* app, const std::string& soloSessionId, QWidget* parent)
    : QDialog(parent), m_app(app), m_soloSessionId(soloSessionId)
{
    setObjectName(QStringLiteral("bringDialog"));
    setWindowTitle(tr("Bring your reflection"));
    setAccessibleName(tr("Bring your reflection into a repair together"));
    setModal(true);
    resize(680, 620);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(tr("Bring your reflection"), "title", this));
    layout->addWidget(makeLabel(tr("Your steps 1–4 come with you into the repair together, so you can go straight to "
                                   "step 5 when you meet. For each answer, choose: share it, bring it for your eyes "
                                   "only, or leave it out. Nothing changes in what you wrote alone."),
                                "body", this));

    JournalService* journal = app->journal();
    auto reflection = journal ? modes::soloReflection(journal->reader(), soloSessionId)
                              : Result<modes::SoloReflection>(makeError("The journal is not open."));
    std::shared_ptr<const content::Program> program;
    if (reflection && app->library())
        program = app->library()->programPreferring(reflection->session.programId, app->options().locale);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("bringList"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* list = new QWidget(scroll);
    auto* rows = new QVBoxLayout(list);
    rows->setContentsMargins(0, 0, 8, 0);
    rows->setSpacing(8);
    const reading::Reader reader = readerFor(*app);
    if (reflection) {
        m_partnerId = reflection->partnerId;
        for (const journal::Entry& entry : reflection->entries) {
            const QString title = qs(reader.cardTitle(program.get(), entry.card));
            auto* row = makeFrame("soft", list, QStringLiteral("bringEntry"));
            auto* rowLayout = new QVBoxLayout(row);
            rowLayout->setContentsMargins(16, 12, 16, 12);
            rowLayout->setSpacing(6);
            rowLayout->addWidget(makeLabel(title, "heading", row));
            rowLayout->addWidget(makeLabel(preview(reader, program.get(), entry), "body", row));
            auto* choices = new QHBoxLayout();
            choices->setSpacing(8);
            auto* group = new QButtonGroup(row);
            group->setExclusive(true);
            const QString id = qs(entry.id);
            const struct {
                Choice choice;
                QString text;
                QString key;
            } options[] = {{Choice::Share, tr("Share"), QStringLiteral("share")},
                           {Choice::OnlyMe, tr("Only me"), QStringLiteral("private")},
                           {Choice::LeaveOut, tr("Leave out"), QStringLiteral("leave")}};
            const Choice initial = entry.visibility == journal::Visibility::Private ? Choice::OnlyMe : Choice::Share;
            for (const auto& option : options) {
                auto* chip = new Chip(option.text, QStringLiteral("bring-") + option.key + QLatin1Char('-') + id, row);
                chip->setAccessibleName(tr("%1: %2").arg(option.text, title));
                chip->setChecked(option.choice == initial);
                group->addButton(chip, int(option.choice));
                choices->addWidget(chip);
            }
            choices->addStretch(1);
            rowLayout->addLayout(choices);
            rows->addWidget(row);
            m_groups[entry.id] = group;
        }
    }
    if (m_groups.empty())
        rows->addWidget(makeLabel(tr("There is nothing in this reflection to bring."), "muted", list));
    rows->addStretch(1);
    scroll->setWidget(list);
    layout->addWidget(scroll, 1);

    m_error = makeLabel(QString(), "warmNote", this);
    m_error->setObjectName(QStringLiteral("bringError"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout();
    QPushButton* cancel = makeButton(tr("Not now"), QStringLiteral("bringCancel"), this, "quiet");
    QPushButton* confirm = makeButton(tr("Bring it"), QStringLiteral("bringConfirm"), this, "primary",
                                      QStringLiteral("together"), tr("Copies your choices into a repair together."));
    confirm->setDefault(true);
    confirm->setEnabled(!m_groups.empty());
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(confirm);
    layout->addLayout(buttons);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(confirm, &QPushButton::clicked, this, &BringReflectionDialog::bring);
}

void BringReflectionDialog::bring()
{
    JournalService* journal = m_app->journal();
    if (!journal)
        return;
    modes::BringRequest request;
    request.soloSessionId = m_soloSessionId;
    request.coupleId = m_app->profile().coupleId;
    request.partnerId = m_partnerId;
    request.at = journal::isoUtc(m_app->clock()->now());
    for (const auto& [id, group] : m_groups) {
        if (group->checkedId() == int(Choice::Share))
            request.share.push_back(id);
        else if (group->checkedId() == int(Choice::OnlyMe))
            request.keepPrivate.push_back(id);
    }
    if (auto solo = journal->session(m_soloSessionId); solo && m_app->library())
        request.program = m_app->library()->programPreferring(solo->programId, m_app->options().locale);
    // Join the repair together that is already open (the other partner may have started it), if any.
    if (auto open = journal->resumableSession(request.coupleId);
        open && open->mode == journal::SessionMode::Together && open->status == journal::SessionStatus::Active &&
        request.program && open->programId == request.program->id)
        request.jointSessionId = open->id;
    QPointer<BringReflectionDialog> guard(this);
    journal->bringIntoJoint(request, [guard](bool ok, const QString& error) {
        BringReflectionDialog* self = guard.data();
        if (self == nullptr)
            return;
        if (!ok) {
            self->m_error->setText(error);
            self->m_error->setVisible(true);
            return;
        }
        Q_EMIT self->brought();
        self->accept();
    });
}

} // namespace tend::ui
