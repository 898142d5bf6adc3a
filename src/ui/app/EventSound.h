#pragma once

#include <functional>

class QString;

namespace tend::ui::sound {

/// Plays the desktop's own "a timer has finished" event sound (the freedesktop sound theme's
/// `alarm-clock-elapsed`, falling back to `complete`) through libcanberra. The library is opened with dlopen on the
/// first call — never before the first frame, and Tend runs the same without it. Returns false when nothing could be
/// played (no library, no sound device, no such sound in the theme, or the desktop's event sounds are off).
bool playTimerFinished(const QString& description);

/// Tests only: plays through `player` instead of libcanberra (an empty function restores it).
void setPlayerForTesting(std::function<bool(const QString& description)> player);

} // namespace tend::ui::sound
