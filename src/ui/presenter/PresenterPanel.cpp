#include "ui/presenter/PresenterPanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "tend/common/Log.h"
#include "tend/content/ContentLibrary.h"
#include "tend/demo/DemoJournal.h"
#include "ui/app/AppContext.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

constexpr int kCardRole = Qt::UserRole + 1;

} // namespace

PresenterPanel::PresenterPanel(AppContext* app, QWidget* parent) : QFrame(parent), m_app(app)
{
    setObjectName(QStringLiteral("presenterPanel"));
    setProperty("role", QStringLiteral("soft"));
    setAccessibleName(tr("Presenter notes"));
    setFixedWidth(420);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto* host = new QWidget(scroll);
    host->setAutoFillBackground(false);
    scroll->setWidget(host);
    scroll->viewport()->setAutoFillBackground(false);
    auto* column = new QVBoxLayout(host);
    column->setContentsMargins(22, 22, 22, 22);
    column->setSpacing(10);

    column->addWidget(makeLabel(tr("PRESENTER NOTES"), "eyebrow", host));
    m_stepTitle = makeLabel(QString(), "heading", host);
    m_stepTitle->setObjectName(QStringLiteral("presenterStepTitle"));
    column->addWidget(m_stepTitle);
    column->addWidget(makeLabel(tr("Why it matters"), "body", host));
    m_why = makeLabel(QString(), "note", host);
    m_why->setObjectName(QStringLiteral("presenterWhy"));
    column->addWidget(m_why);
    column->addSpacing(4);
    column->addWidget(makeLabel(tr("What to watch for"), "body", host));
    auto* watchBox = new QWidget(host);
    watchBox->setObjectName(QStringLiteral("presenterWatch"));
    m_watch = new QVBoxLayout(watchBox);
    m_watch->setContentsMargins(0, 0, 0, 0);
    m_watch->setSpacing(6);
    column->addWidget(watchBox);

    column->addSpacing(10);
    column->addWidget(makeLabel(tr("Jump to any card"), "body", host));
    column->addWidget(makeLabel(tr("Press Enter or double-click to go there."), "small", host));
    m_jump = new QTreeWidget(host);
    name(m_jump, QStringLiteral("presenterJump"), tr("Jump to any card"),
         tr("Every step and card of the sample repair. Press Enter to go to the selected card."));
    m_jump->setHeaderHidden(true);
    m_jump->setRootIsDecorated(true);
    m_jump->setMinimumHeight(280);
    m_jump->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_jump->setTextElideMode(Qt::ElideRight);
    m_jump->setMinimumWidth(0);
    column->addWidget(m_jump, 1);
    connect(m_jump, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString card = item->data(0, kCardRole).toString();
        if (!card.isEmpty())
            Q_EMIT jumpRequested(ss(card));
        else
            item->setExpanded(!item->isExpanded());
    });

    auto* buttons = new QVBoxLayout();
    buttons->setSpacing(8);
    QPushButton* restart =
        makeButton(tr("Start over"), QStringLiteral("presenterRestart"), host, nullptr, QStringLiteral("reset"),
                   tr("Put the sample journal back as it was and go to Home."));
    QPushButton* close = makeButton(tr("Leave presenter mode"), QStringLiteral("presenterExit"), host, "quiet",
                                    QStringLiteral("close"), tr("Back to a normal window (Ctrl+Shift+F)."));
    buttons->addWidget(restart, 0, Qt::AlignLeft);
    buttons->addWidget(close, 0, Qt::AlignLeft);
    column->addLayout(buttons);
    connect(restart, &QPushButton::clicked, this, &PresenterPanel::restartRequested);
    connect(close, &QPushButton::clicked, this, &PresenterPanel::closeRequested);

    showProgram(tend::demo::kDemoProgramId);
    showStep({});
}

std::shared_ptr<const content::Program> PresenterPanel::shownProgramContent() const
{
    if (!m_app->library())
        return nullptr;
    return m_app->library()->programPreferring(m_programId, m_app->options().locale);
}

void PresenterPanel::showProgram(const std::string& programId)
{
    const std::string id = programId.empty() ? std::string(tend::demo::kDemoProgramId) : programId;
    if (id == m_programId)
        return;
    m_programId = id;
    auto program = shownProgramContent();
    std::vector<content::Problem> problems;
    m_notes = tend::demo::loadFacilitatorNotes(
        tend::demo::facilitatorNotesFile(m_app->options().contentDir, id, program ? program->locale : "en"),
        program.get(), problems);
    m_problems.clear();
    if (!problems.empty()) {
        QStringList lines;
        for (const auto& p : problems)
            lines << qs(p.toString());
        m_problems = lines.join(QLatin1Char('\n'));
        tend::log::get("ui")->warn("facilitator notes: {} problems", problems.size()); // counts only, no ids
    }
    fillJumpList();
}

void PresenterPanel::fillJumpList()
{
    m_jump->clear();
    auto program = shownProgramContent();
    if (!program)
        return;
    int number = 1;
    for (const content::Step& step : program->steps) {
        auto* stepItem = new QTreeWidgetItem(m_jump, {QStringLiteral("%1. %2").arg(number++).arg(qs(step.title))});
        for (const content::Card& card : step.cards) {
            const QString title = card.title.empty() ? qs(card.id) : qs(card.title);
            auto* cardItem = new QTreeWidgetItem(stepItem, {title});
            cardItem->setData(0, kCardRole, qs(card.id));
            cardItem->setToolTip(0, title);
        }
    }
}

void PresenterPanel::showStep(const std::string& stepId)
{
    auto program = shownProgramContent();
    std::string id = stepId;
    if (id.empty() && program && !program->steps.empty())
        id = program->steps.front().id;
    m_stepId = id;
    const content::Step* step = program ? program->findStep(id) : nullptr;
    int index = -1;
    if (program) {
        if (auto found = program->stepIndex(id))
            index = int(*found);
    }
    m_stepTitle->setText(step ? tr("Step %1: %2").arg(index + 1).arg(qs(step->title)) : QString());

    while (QLayoutItem* item = m_watch->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const tend::demo::StepNotes* notes = m_notes.forStep(id);
    if (!notes) {
        m_why->setText(m_problems.isEmpty() ? tr("No notes for this step.")
                                            : tr("The presenter notes could not be loaded: %1").arg(m_problems));
        return;
    }
    m_why->setText(qs(notes->why));
    for (const std::string& point : notes->watch) {
        QLabel* line = makeLabel(QStringLiteral("•  ") + qs(point), "body", m_watch->parentWidget());
        m_watch->addWidget(line);
    }
    // Keep the jump list's selection on the step being shown.
    if (index >= 0 && index < m_jump->topLevelItemCount())
        m_jump->topLevelItem(index)->setExpanded(true);
}

} // namespace tend::ui
