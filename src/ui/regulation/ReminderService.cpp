#include "ui/regulation/ReminderService.h"

#include <QGuiApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QRadialGradient>
#include <QSystemTrayIcon>
#include <QTimer>

#include <algorithm>
#include <chrono>

#include "tend/common/Log.h"
#include "tend/common/Version.h"
#include "ui/regulation/RegulationQt.h"

namespace tend::ui::regulation {

using namespace tend::regulation;

namespace {

QDateTime toQt(std::chrono::sys_seconds when)
{
    return QDateTime::fromSecsSinceEpoch(when.time_since_epoch().count(), Qt::UTC);
}

// Tend's installed icon (the same one the launcher shows), found through the icon theme; a build that is not
// installed draws a small soft orb in the accent colour instead: the pacer's shape, so it still reads as Tend.
QIcon trayOrb()
{
    if (QIcon installed = QIcon::fromTheme(QString::fromLatin1(tend::kAppId)); !installed.isNull())
        return installed;
    const QColor accent = QGuiApplication::palette().color(QPalette::Highlight);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QPointF centre(size / 2.0, size / 2.0);
        QRadialGradient body(centre, size * 0.44, centre - QPointF(size * 0.1, size * 0.12));
        body.setColorAt(0.0, blend(accent, QColor(Qt::white), 0.5));
        body.setColorAt(1.0, accent);
        painter.setPen(Qt::NoPen);
        painter.setBrush(body);
        painter.drawEllipse(centre, size * 0.44, size * 0.44);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

ReminderService::ReminderService(ReminderScheduler& scheduler, QObject* parent)
    : QObject(parent), m_scheduler(&scheduler), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("reminderService"));
    qRegisterMetaType<ReminderNotice>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ReminderService::poll);
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        // Back from sleep or from another window: the clock may have jumped, look again.
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (m_started && state == Qt::ApplicationActive)
                poll();
        });
    }
}

ReminderService::~ReminderService() = default;

void ReminderService::setTexts(const RegulationTexts& texts)
{
    m_texts = texts;
}

void ReminderService::setPollInterval(int milliseconds)
{
    m_pollMs = std::max(10, milliseconds);
    if (m_started)
        rearm();
}

void ReminderService::setTrayEnabled(bool enabled)
{
    m_trayEnabled = enabled;
    if (!enabled && m_tray)
        m_tray->hide();
    else if (enabled && m_started)
        ensureTray();
}

bool ReminderService::trayVisible() const
{
    return m_tray && m_tray->isVisible();
}

int ReminderService::nextPollInMs() const
{
    return m_timer->isActive() ? m_timer->remainingTime() : -1;
}

void ReminderService::ensureTray()
{
    if (!m_trayEnabled || m_tray || !QSystemTrayIcon::isSystemTrayAvailable())
        return; // offscreen and many minimal desktops have no tray: the in-app signals still work
    m_tray = new QSystemTrayIcon(trayOrb(), this);
    m_tray->setObjectName(QStringLiteral("reminderTray"));
    m_tray->setToolTip(tr("Tend"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT openRequested(m_lastNotified); });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested(QString());
    });
    m_tray->show();
}

void ReminderService::start()
{
    if (m_started)
        return;
    m_started = true;
    ensureTray();
    auto overdue = m_scheduler->claimDue();
    QList<ReminderNotice> notices;
    if (!overdue) {
        log::get("regulation")->warn("reminders could not be read at launch");
        Q_EMIT failed(qtext(overdue.error().message));
    } else {
        for (const auto& reminder : overdue.value())
            notices << toNotice(reminder, true);
        log::get("regulation")->info("{} overdue return(s) at launch", notices.size());
    }
    Q_EMIT overdueAtLaunch(notices);
    rearm();
}

void ReminderService::stop()
{
    m_started = false;
    m_timer->stop();
}

void ReminderService::poll()
{
    if (!m_started)
        return;
    auto due = m_scheduler->claimDue();
    if (!due) {
        Q_EMIT failed(qtext(due.error().message));
    } else {
        for (const auto& reminder : due.value()) {
            const ReminderNotice notice = toNotice(reminder, false);
            notify(notice);
            Q_EMIT reminderDue(notice);
        }
    }
    rearm();
}

void ReminderService::rearm()
{
    if (!m_started)
        return;
    int wait = m_pollMs;
    auto next = m_scheduler->nextDue();
    if (next && next->has_value()) {
        // Wake right at the due time (plus a hair, so the scheduler sees it as due) when that comes first.
        const auto now = m_scheduler->clock().now();
        const auto until = std::chrono::duration_cast<std::chrono::milliseconds>(**next - now).count() + 250;
        wait = static_cast<int>(std::clamp<long long>(until, 0, m_pollMs));
    }
    // Routine polls may drift a little (kinder to the battery); the wake-up for a due time should not.
    m_timer->setTimerType(wait < m_pollMs ? Qt::PreciseTimer : Qt::CoarseTimer);
    m_timer->start(wait);
}

ReminderNotice ReminderService::toNotice(const Reminder& reminder, bool overdue) const
{
    ReminderNotice notice;
    notice.id = qtext(reminder.id);
    notice.sessionId = qtext(reminder.sessionId);
    notice.coupleId = qtext(reminder.coupleId);
    notice.place = qtext(reminder.place);
    notice.due = toQt(reminder.due);
    notice.overdue = overdue;
    notice.title = textOf(m_texts, "reminder.title");
    if (overdue) {
        const QString time =
            QLocale().toString(notice.due.toLocalTime(),
                               //: A QLocale pattern for a time, then its day ("18:30, Monday 7 December").
                               tr("HH:mm, dddd d MMMM"));
        notice.body = qtext(m_texts.format("reminder.overdue", {{"time", time.toStdString()}}));
    } else if (!reminder.place.empty()) {
        notice.body = qtext(m_texts.format("reminder.body_place", {{"place", reminder.place}}));
    } else {
        notice.body = textOf(m_texts, "reminder.body");
    }
    return notice;
}

void ReminderService::notify(const ReminderNotice& notice)
{
    m_lastNotified = notice.id;
    if (!m_tray || !m_tray->isVisible())
        return;
    // The desktop may show notifications on a lock screen: by default keep the place (their words) out of it.
    const QString body = m_placeInNotifications ? notice.body : textOf(m_texts, "reminder.body");
    m_tray->showMessage(notice.title, body, m_tray->icon(), 0);
}

} // namespace tend::ui::regulation
