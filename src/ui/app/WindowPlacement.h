#pragma once

#include <QRect>

class QScreen;
class QWidget;

namespace tend::ui {

class Settings;

/// The window's size and position, remembered per screen: moved between a laptop and a desk monitor, Tend opens
/// where it last was on the screen it is on now. Restored geometry is always clamped to that screen's available
/// area, so a remembered 4K window still fits an 800×600 projector.
namespace placement {

/// `saved` moved and, if need be, shrunk so that it lies inside `available`.
QRect clampedTo(const QRect& saved, const QRect& available);

/// The settings key for `screen`: its name and size (a docked laptop's "eDP-1" at two resolutions differs).
QString screenKey(const QScreen& screen);

/// Restores the geometry last saved for the screen the window last used (or the primary screen when that one
/// is gone). False when nothing was saved for it: the caller chooses a first size.
bool restore(QWidget& window, const Settings& settings);

/// Saves the window's geometry for the screen it is on now, and that this is the screen it was last on.
void save(const QWidget& window, Settings& settings);

} // namespace placement
} // namespace tend::ui
