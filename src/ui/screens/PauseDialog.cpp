#include "ui/screens/PauseDialog.h"

#include <QButtonGroup>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "tend/content/ContentLibrary.h"
#include "ui/app/AppContext.h"
#include "ui/app/ReturnReminders.h"
#include "ui/cards/ScheduleCard.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

PauseDialog::PauseDialog(AppContext* app, bool offerReturn, QWidget* parent)
    : QDialog(parent), m_app(app), m_offerReturn(offerReturn)
{
    setObjectName(QStringLiteral("pauseDialog"));
    setWindowTitle(tr("Pause for now"));
    setAccessibleName(tr("Pause for now"));
    setModal(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);
    layout->addWidget(makeLabel(tr("Pause for now"), "title", this));
    layout->addWidget(
        makeLabel(tr("Stopping is part of repair. Everything so far is kept, exactly where you are."), "body", this));

    layout->addWidget(makeLabel(tr("What do you need right now? (optional)"), "body", this));
    auto* reasons = new QWidget(this);
    auto* flow = new FlowLayout(reasons, 8);
    m_reasons = new QButtonGroup(this);
    QStringList labels;
    QStringList ids;
    if (app->library()) {
        if (const content::PracticeLibrary* practices = app->library()->practices(app->options().locale)) {
            for (const auto& need : practices->needs) {
                if (need.id == "other")
                    continue;
                ids << qs(need.id);
                labels << qs(need.label);
            }
        }
    }
    if (ids.isEmpty()) {
        ids << QStringLiteral("space") << QStringLiteral("time");
        labels << tr("Some space") << tr("More time");
    }
    for (int i = 0; i < ids.size(); ++i) {
        auto* chip = new Chip(labels[i], QStringLiteral("pauseReason-") + ids[i], reasons);
        chip->setProperty("reasonId", ids[i]);
        chip->setAccessibleDescription(tr("Say what you need while you pause."));
        m_reasons->addButton(chip);
        flow->addWidget(chip);
    }
    layout->addWidget(reasons);
    m_other = new QLineEdit(this);
    name(m_other, QStringLiteral("pauseOther"), tr("Something else you need"),
         tr("In your own words, if none of the above fits."));
    m_other->setPlaceholderText(tr("Or in your own words…"));
    layout->addWidget(m_other);

    if (m_offerReturn) {
        layout->addWidget(makeLabel(tr("When will you come back to this?"), "body", this));
        const QDateTime now = app->now();
        auto* quick = new QWidget(this);
        auto* quickFlow = new FlowLayout(quick, 8);
        m_when = new QDateTimeEdit(this);
        name(m_when, QStringLiteral("pauseWhen"), tr("Time to come back"),
             tr("Most people need at least 20 minutes to settle; coming back within a day helps."));
        m_when->setCalendarPopup(true);
        m_when->setDisplayFormat(dayTimePattern());
        // The scheduler's friendly suggestion: half an hour on, rounded up to the quarter hour.
        m_when->setDateTime(app->reminders() ? app->reminders()->suggestion() : now.addSecs(30 * 60));
        int index = 0;
        for (const ReturnSuggestion& suggestion : suggestReturnTimes(now, 20, 24)) {
            QPushButton* button = makeButton(suggestion.label, QStringLiteral("pauseSuggest%1").arg(index++), quick,
                                             "chip", QStringLiteral("clock"), tr("Sets the time to come back."));
            const QDateTime at = suggestion.at;
            connect(button, &QPushButton::clicked, this, [this, at] { m_when->setDateTime(at); });
            quickFlow->addWidget(button);
        }
        connect(m_when, &QDateTimeEdit::dateTimeChanged, this, [this] { m_timeChosen = true; });
        layout->addWidget(quick);
        layout->addWidget(m_when, 0, Qt::AlignLeft);
        m_place = new QLineEdit(this);
        name(m_place, QStringLiteral("pausePlace"), tr("Place to meet"), tr("Where you will meet again."));
        m_place->setPlaceholderText(tr("Where? For example: the living room"));
        layout->addWidget(m_place);
        m_problem = makeLabel(QString(), "warmNote", this);
        m_problem->setObjectName(QStringLiteral("pauseTimeProblem"));
        m_problem->setVisible(false);
        layout->addWidget(m_problem);
    }

    auto* buttons = new QHBoxLayout();
    buttons->setSpacing(10);
    QPushButton* keep = makeButton(tr("Keep going"), QStringLiteral("pauseCancel"), this, "quiet", QString(),
                                   tr("Close this and carry on."));
    QPushButton* pause = makeButton(tr("Pause now"), QStringLiteral("pauseConfirm"), this, "primary",
                                    QStringLiteral("pause"), tr("Pauses the repair and keeps everything."));
    pause->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(keep);
    buttons->addWidget(pause);
    layout->addLayout(buttons);
    connect(keep, &QPushButton::clicked, this, &QDialog::reject);
    connect(pause, &QPushButton::clicked, this, &QDialog::accept);
    // Option rows wrap; a dialog does not grow for wrapped rows by itself, so size it for its width.
    setFixedWidth(580);
    setMinimumHeight(layout->totalHeightForWidth(580));
}

void PauseDialog::prefill(const QDateTime& at, const QString& place)
{
    if (m_when && at.isValid()) {
        m_when->setDateTime(at.toLocalTime());
        m_timeChosen = true;
    }
    if (m_place)
        m_place->setText(place);
}

void PauseDialog::setReturnWithinHours(int hours)
{
    if (m_when)
        m_when->setMaximumDateTime(m_app->now().addSecs(qint64(hours) * 3600));
}

void PauseDialog::accept()
{
    // A come-back time must leave time to settle and keep the break within a day: say so, and stay open.
    if (m_problem && m_app->reminders() && !returnAt().isEmpty()) {
        const QString problem = m_app->reminders()->check(m_when->dateTime());
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
        if (!problem.isEmpty()) {
            m_when->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    QDialog::accept();
}

QString PauseDialog::reason() const
{
    if (!m_other->text().trimmed().isEmpty())
        return m_other->text().trimmed();
    const QAbstractButton* checked = m_reasons->checkedButton();
    return checked ? checked->property("reasonId").toString() : QString();
}

QString PauseDialog::returnAt() const
{
    // A time counts as agreed once chosen, or once a place to meet was written next to it.
    if (!m_when || (!m_timeChosen && place().isEmpty()))
        return {};
    return m_when->dateTime().toUTC().toString(Qt::ISODate);
}

QString PauseDialog::place() const
{
    return m_place ? m_place->text().trimmed() : QString();
}

} // namespace tend::ui
