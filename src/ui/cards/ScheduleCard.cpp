#include "ui/cards/ScheduleCard.h"

#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "tend/regulation/ReminderScheduler.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

QDateTime roundUp(const QDateTime& t, int minutes)
{
    const qint64 step = qint64(minutes) * 60;
    const qint64 secs = t.toSecsSinceEpoch();
    return QDateTime::fromSecsSinceEpoch(((secs + step - 1) / step) * step);
}

tend::regulation::ReturnWindow windowOf(int minMinutes, int maxHours)
{
    tend::regulation::ReturnWindow window;
    window.minimum = std::chrono::minutes{std::max(0, minMinutes)};
    window.maximum = std::chrono::hours{std::max(1, maxHours)};
    return window;
}

std::chrono::sys_seconds toSys(const QDateTime& when)
{
    return std::chrono::sys_seconds{std::chrono::seconds{when.toSecsSinceEpoch()}};
}

} // namespace

QList<ReturnSuggestion> suggestReturnTimes(const QDateTime& now, int minMinutes, int maxHours)
{
    QList<ReturnSuggestion> out;
    const QDateTime earliest = now.addSecs(qint64(minMinutes) * 60);
    const QDateTime latest = now.addSecs(qint64(maxHours) * 3600);
    auto add = [&](const QString& label, const QDateTime& at) {
        if (at >= earliest && at <= latest)
            out.append({label, at});
    };
    add(minMinutes <= 1 ? QObject::tr("In a minute") : QObject::tr("In %1 minutes").arg(minMinutes),
        roundUp(earliest, 5));
    if (minMinutes < 60)
        add(QObject::tr("In an hour"), roundUp(now.addSecs(3600), 5));
    QDateTime evening(now.date(), QTime(19, 30));
    if (evening > now.addSecs(3 * 3600))
        add(QObject::tr("This evening, %1").arg(friendlyTime(evening.time())), evening);
    QDateTime morning(now.date().addDays(1), QTime(9, 0));
    add(QObject::tr("Tomorrow morning, %1").arg(friendlyTime(morning.time())), morning);
    return out;
}

ScheduleCard::ScheduleCard(const content::Card& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent), m_minMinutes(card.minMinutes), m_maxHours(card.maxHours)
{
    const QDateTime now = context.now();

    content()->addWidget(makeLabel(tr("When will you come back to this?"), "body", this));
    auto* quick = new QWidget(this);
    quick->setObjectName(QStringLiteral("scheduleSuggestions"));
    auto* quickFlow = new FlowLayout(quick, 8);
    m_when = new QDateTimeEdit(this);
    name(m_when, QStringLiteral("scheduleWhen"), tr("Time to come back"),
         tr("At least %1 minutes from now, and within a day.").arg(m_minMinutes));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(dayTimePattern());
    m_when->setDateTimeRange(now.addSecs(60), now.addSecs(qint64(std::max(m_maxHours, 1)) * 3600 * 3));
    // The reminder scheduler's suggestion: half an hour on, rounded up to the quarter hour, inside the window.
    const auto suggested =
        tend::regulation::ReminderScheduler::suggestReturnTime(toSys(now), windowOf(m_minMinutes, m_maxHours));
    m_when->setDateTime(QDateTime::fromSecsSinceEpoch(suggested.time_since_epoch().count()).toLocalTime());
    int index = 0;
    for (const ReturnSuggestion& suggestion : suggestReturnTimes(now, m_minMinutes, m_maxHours)) {
        QPushButton* button = makeButton(suggestion.label, QStringLiteral("suggestTime%1").arg(index++), quick, "chip",
                                         QStringLiteral("clock"), tr("Sets the time to come back."));
        const QDateTime at = suggestion.at;
        connect(button, &QPushButton::clicked, this, [this, at] { m_when->setDateTime(at); });
        quickFlow->addWidget(button);
    }
    content()->addWidget(quick);

    auto* whenRow = new QHBoxLayout();
    whenRow->addWidget(m_when);
    whenRow->addStretch(1);
    content()->addLayout(whenRow);

    content()->addWidget(makeLabel(tr("Where will you meet?"), "body", this));
    m_place = new QLineEdit(this);
    name(m_place, QStringLiteral("schedulePlace"), tr("Place to meet"),
         tr("Somewhere you both feel at ease, such as the kitchen table or a walk outside."));
    m_place->setPlaceholderText(tr("For example: the kitchen table"));
    watchFocus(m_place);
    if (!card.suggestPlaces.empty()) {
        auto* places = new QWidget(this);
        places->setObjectName(QStringLiteral("placeSuggestions"));
        auto* flow = new FlowLayout(places, 8);
        int i = 0;
        for (const std::string& place : card.suggestPlaces) {
            const QString text = qs(place);
            QPushButton* button = makeButton(text, QStringLiteral("suggestPlace%1").arg(i++), places, "chip",
                                             QStringLiteral("place"), tr("Uses this place."));
            connect(button, &QPushButton::clicked, this, [this, text] { m_place->setText(text); });
            flow->addWidget(button);
        }
        content()->addWidget(places);
    }
    content()->addWidget(m_place);

    m_advice = makeLabel(QString(), "muted", this);
    m_advice->setObjectName(QStringLiteral("scheduleAdvice"));
    content()->addWidget(m_advice);

    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, [this] {
        m_touched = true;
        check();
        Q_EMIT answerChanged();
    });
    connect(m_place, &QLineEdit::textChanged, this, [this] {
        m_touched = true;
        Q_EMIT answerChanged();
    });
    check();
    addFooter(false);
}

void ScheduleCard::check()
{
    const QDateTime now = context().now();
    if (!m_touched) {
        m_advice->setText(tr("Pick a suggestion or set your own time. A break of at least %1 minutes gives the "
                             "body time to settle.")
                              .arg(m_minMinutes));
        return;
    }
    // The same rule, and the same sentence, as the reminder that will keep this promise.
    const auto checked = tend::regulation::ReminderScheduler::checkReturnTime(toSys(now), toSys(m_when->dateTime()),
                                                                              windowOf(m_minMinutes, m_maxHours));
    if (!checked)
        m_advice->setText(qs(checked.error().message));
    else
        m_advice->setText(tr("Good. Tend will remind you at that time. Do something calming until then rather than "
                             "going over the argument."));
}

QDateTime ScheduleCard::chosenTime() const
{
    return m_when->dateTime();
}

engine::Answer ScheduleCard::answer() const
{
    if (!m_touched)
        return nullptr;
    return {{"at", ss(m_when->dateTime().toUTC().toString(Qt::ISODate))}, {"place", ss(m_place->text())}};
}

void ScheduleCard::setAnswer(const engine::Answer& answer)
{
    const QSignalBlocker blockWhen(m_when);
    const QSignalBlocker blockPlace(m_place);
    if (answer.is_object()) {
        const QDateTime at = QDateTime::fromString(qs(answer.value("at", std::string())), Qt::ISODate);
        if (at.isValid()) {
            if (at < m_when->minimumDateTime())
                m_when->setMinimumDateTime(at);
            m_when->setDateTime(at.toLocalTime());
        }
        m_place->setText(qs(answer.value("place", std::string())));
        m_touched = true;
    } else {
        m_place->clear();
        m_touched = false;
    }
    check();
}

} // namespace tend::ui
