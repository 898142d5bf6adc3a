#include "ui/app/TimerEndCue.h"

#include <QApplication>

#include "ui/app/AppContext.h"
#include "ui/app/EventSound.h"
#include "ui/app/Settings.h"

namespace tend::ui {

std::function<void(QWidget* card)> timerEndCue(AppContext* app)
{
    // The AppContext outlives every card (it owns the window's screens' data).
    Settings* settings = app ? app->settings() : nullptr;
    return [settings](QWidget* card) {
        if (settings && settings->timerSound())
            sound::playTimerFinished(QObject::tr("A timer has finished"));
        if (card)
            QApplication::alert(card->window());
    };
}

} // namespace tend::ui
