#include "ui/screenshots/RegulationScenes.h"
#include "ui/theme/RichText.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLocale>

#include <chrono>

#include "tend/regulation/Clock.h"
#include "tend/regulation/RegulationLibrary.h"
#include "ui/MainWindow.h"
#include "ui/ReturnWatch.h"
#include "ui/app/AppContext.h"
#include "ui/cards/RegulationCards.h"
#include "ui/regulation/BreathingPacer.h"
#include "ui/regulation/HugTimer.h"
#include "ui/regulation/LiftPractice.h"
#include "ui/screens/ReturnScreen.h"
#include "ui/screens/SessionScreen.h"

namespace tend::ui {

using namespace std::chrono_literals;

void shootRegulationScenes(MainWindow* window, SessionScreen* session, const QString& tag,
                           const std::function<void(QWidget*, const QString&)>& shoot,
                           const std::function<bool(const std::string&)>& jumpTo)
{
    // Stepped clocks, so every picture shows the same moment; they outlive the widgets that read them.
    static tend::regulation::ManualClock pacerClock;
    static tend::regulation::ManualClock practiceClock;
    static tend::regulation::ManualClock hugClock;

    // The breathing card in the session, two and a half seconds into the second in-breath.
    if (jumpTo("settle-breathing")) {
        if (auto* card = dynamic_cast<BreathingCard*>(session->currentCard())) {
            card->pacer()->setReducedMotion(false);
            card->pacer()->setClock(&pacerClock);
            card->pacer()->start();
            pacerClock.advance(12'500ms);
            card->pacer()->advance();
            shoot(window, QStringLiteral("session-breathing") + tag);
            card->pacer()->pause();
        }
    }

    // A lifting practice chosen and under way.
    if (jumpTo("lift-practices")) {
        if (auto* card = dynamic_cast<PracticeCard*>(session->currentCard())) {
            if (auto* chip = card->findChild<QAbstractButton*>(QStringLiteral("practice-shake-out")))
                chip->click();
            if (card->guide()) {
                card->guide()->setClock(&practiceClock);
                card->guide()->start();
                card->guide()->next();
                practiceClock.advance(9s);
                card->guide()->advance();
                shoot(window, QStringLiteral("session-lift-practice") + tag);
                card->guide()->pause();
            }
        }
    }

    // The check-ins: 8 and racing before, 4 and steady after — the after card says how it moved.
    if (jumpTo("checkin-before") && session->currentCard()) {
        session->currentCard()->setAnswer({{"level", 8}, {"state", "racing"}, {"emotions", {"angry", "hurt"}}});
        Q_EMIT session->currentCard()->answerChanged();
    }
    if (jumpTo("checkin-after") && session->currentCard()) {
        session->currentCard()->setAnswer({{"level", 4}, {"state", "steady"}, {"emotions", {"calmer"}}});
        Q_EMIT session->currentCard()->answerChanged();
        shoot(window, QStringLiteral("session-checkin-change") + tag);
    }

    // The re-bonding timer, twelve seconds into its half minute.
    if (jumpTo("hug-timer")) {
        if (auto* card = dynamic_cast<HugTimerCard*>(session->currentCard())) {
            card->timer()->setClock(&hugClock);
            card->timer()->start();
            hugClock.advance(12s);
            card->timer()->advance();
            shoot(window, QStringLiteral("session-hug-timer") + tag);
            card->timer()->pause();
        }
    }

    // A come-back time that passed while Tend was closed: the screen shown first at the next launch.
    const tend::regulation::RegulationTexts& texts = window->app()->regulationContent().texts;
    regulation::ReminderNotice notice;
    notice.id = QStringLiteral("shot");
    notice.sessionId = QStringLiteral("shot");
    notice.place = QStringLiteral("the kitchen table");
    notice.due = window->app()->now().addSecs(-40 * 60).toUTC();
    notice.overdue = true;
    notice.title = QString::fromStdString(texts.get("reminder.title"));
    notice.body = QString::fromStdString(texts.format(
        "reminder.overdue", {{"time", QLocale().toString(notice.due.toLocalTime(), timeDayPattern()).toStdString()}}));
    auto* screen = static_cast<ReturnScreen*>(window->screen(ScreenId::Return));
    screen->setNotices({notice});
    window->showScreen(ScreenId::Return, false);
    shoot(window, QStringLiteral("return-overdue") + tag);
}

} // namespace tend::ui
