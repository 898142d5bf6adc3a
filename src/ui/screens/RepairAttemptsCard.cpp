#include "ui/screens/RepairAttemptsCard.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "tend/journal/Model.h"
#include "tend/modes/RepairAttempts.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

constexpr int kTallyDays = 30;

QString times(int count)
{
    return count == 1 ? RepairAttemptsCard::tr("once") : RepairAttemptsCard::tr("%1 times").arg(count);
}

} // namespace

RepairAttemptsCard::RepairAttemptsCard(AppContext* app, QWidget* parent) : QFrame(parent), m_app(app)
{
    setObjectName(QStringLiteral("repairAttempts"));
    setProperty("role", QStringLiteral("card"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(8);
    layout->addWidget(makeLabel(tr("Repair attempts"), "heading", this));
    layout->addWidget(makeLabel(tr("A small way back after friction: a joke, a touch, “can we start over?”. Note one "
                                   "when you see it, and whether it was taken. No words are kept: only who, when, "
                                   "and whether."),
                                "muted", this));
    m_tally = makeLabel(QString(), "body", this);
    m_tally->setObjectName(QStringLiteral("repairAttemptsTally"));
    layout->addWidget(m_tally);

    m_people = new QWidget(this);
    auto* people = new FlowLayout(m_people, 10);
    people->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(makeLabel(tr("Who reached back?"), "small", this));
    layout->addWidget(m_people);
    m_who = new QButtonGroup(this);
    m_who->setExclusive(true);
    connect(m_who, &QButtonGroup::buttonToggled, this, [this] { updateButtons(); });

    auto* actions = new QWidget(this);
    auto* row = new FlowLayout(actions, 10);
    row->setContentsMargins(0, 4, 0, 0);
    m_taken = makeButton(tr("It was taken"), QStringLiteral("attemptTaken"), actions, nullptr, QStringLiteral("check"),
                         tr("Note the attempt, taken by the other: “I see you trying — thank you.”"));
    m_notTaken = makeButton(tr("Not this time"), QStringLiteral("attemptNotTaken"), actions, nullptr, QString(),
                            tr("Note the attempt; it was missed or not taken this time."));
    row->addWidget(m_taken);
    row->addWidget(m_notTaken);
    layout->addWidget(actions);
    connect(m_taken, &QPushButton::clicked, this, [this] { note(true); });
    connect(m_notTaken, &QPushButton::clicked, this, [this] { note(false); });

    auto* doneRow = new QHBoxLayout();
    doneRow->setSpacing(10);
    m_done = makeLabel(QString(), "small", this);
    m_done->setObjectName(QStringLiteral("attemptNoted"));
    m_undo = makeButton(tr("Undo"), QStringLiteral("attemptUndo"), this, "quiet", QStringLiteral("reset"),
                        tr("Take back the attempt just noted."));
    doneRow->addWidget(m_done, 1);
    doneRow->addWidget(m_undo);
    layout->addLayout(doneRow);
    m_done->setVisible(false);
    m_undo->setVisible(false);
    connect(m_undo, &QPushButton::clicked, this, &RepairAttemptsCard::undo);

    connect(app, &AppContext::profileChanged, this, &RepairAttemptsCard::refresh);
    refresh();
}

void RepairAttemptsCard::refresh()
{
    const Profile& profile = m_app->profile();
    JournalService* journal = m_app->journal();
    setVisible(profile.isSet() && journal && !journal->isReadOnly());
    if (!profile.isSet() || !journal)
        return;

    // "Who reached back?": one chip per person (a single person is chosen already).
    for (Chip* chip : std::as_const(m_chips)) {
        m_who->removeButton(chip);
        chip->deleteLater();
    }
    m_chips.clear();
    for (const PartnerInfo& p : profile.partners) {
        auto* chip = new Chip(p.name, QStringLiteral("attemptBy-") + qs(p.id), m_people);
        chip->setProperty("partnerId", qs(p.id));
        m_who->addButton(chip);
        m_people->layout()->addWidget(chip);
        m_chips << chip;
    }
    if (m_chips.size() == 1)
        m_chips.front()->setChecked(true);
    // Reading order for Tab: the people (made after the buttons), then the two ways to note it, then undo.
    if (!m_chips.isEmpty()) {
        QWidget::setTabOrder(m_chips.back(), m_taken);
        QWidget::setTabOrder(m_taken, m_notTaken);
        QWidget::setTabOrder(m_notTaken, m_undo);
    }

    std::vector<std::string> ids;
    for (const PartnerInfo& p : profile.partners)
        ids.push_back(p.id);
    const std::string since = ss(m_app->now().toUTC().addDays(-kTallyDays).toString(Qt::ISODate));
    const auto tallies = modes::tallyAttempts(journal->repairAttempts(profile.coupleId), ids, since);
    QStringList lines;
    for (const modes::AttemptTally& t : tallies) {
        if (t.made == 0)
            continue;
        const QString name = profile.partner(t.partnerId).name;
        lines << (t.taken == 0 ? tr("%1 reached back %2, none taken yet").arg(name, times(t.made))
                               : tr("%1 reached back %2, taken %3").arg(name, times(t.made), times(t.taken)));
    }
    m_tally->setText(lines.isEmpty()
                         ? tr("Nothing noted in the last %1 days yet.").arg(kTallyDays)
                         : tr("The last %1 days: %2.").arg(kTallyDays).arg(lines.join(QStringLiteral("; "))));
    updateButtons();
}

void RepairAttemptsCard::updateButtons()
{
    const bool chosen = m_who->checkedButton() != nullptr;
    m_taken->setEnabled(chosen);
    m_notTaken->setEnabled(chosen);
}

void RepairAttemptsCard::note(bool taken)
{
    JournalService* journal = m_app->journal();
    QAbstractButton* who = m_who->checkedButton();
    if (!journal || !who)
        return;
    journal::RepairAttempt attempt;
    attempt.id = journal::newId();
    attempt.coupleId = m_app->profile().coupleId;
    attempt.madeBy = ss(who->property("partnerId").toString());
    attempt.taken = taken;
    attempt.notedAt = ss(m_app->now().toUTC().toString(Qt::ISODateWithMs));
    m_lastNoted = attempt.id;
    const QString name = who->text();
    journal->addRepairAttempt(attempt, [this, name, taken](bool ok, const QString& error) {
        m_done->setText(ok ? (taken ? tr("Noted: %1 reached back, and it was taken.").arg(name)
                                    : tr("Noted: %1 reached back.").arg(name))
                           : error);
        m_done->setVisible(true);
        m_undo->setVisible(ok);
        refresh();
    });
}

void RepairAttemptsCard::undo()
{
    JournalService* journal = m_app->journal();
    if (!journal || m_lastNoted.empty())
        return;
    journal->deleteRepairAttempt(m_lastNoted, [this](bool ok, const QString& error) {
        m_done->setText(ok ? tr("Taken back.") : error);
        m_undo->setVisible(false);
        refresh();
    });
    m_lastNoted.clear();
}

} // namespace tend::ui
