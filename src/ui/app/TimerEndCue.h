#pragma once

#include <QWidget>

#include <functional>

namespace tend::ui {

class AppContext;

/// What happens when a timed practice ends (the hug timer, a breathing practice): a soft sound through the desktop's
/// event-sound library when Settings allow it (on by default), and the window asks for attention (the taskbar
/// flashes) — the card itself shows "Time is up" for people who cannot hear the sound. Goes into CardContext.
std::function<void(QWidget* card)> timerEndCue(AppContext* app);

} // namespace tend::ui
