#pragma once

#include <QString>

#include <functional>
#include <string>

class QWidget;

namespace tend::ui {

class MainWindow;
class SessionScreen;

/// The regulation cards as they look in a session, for docs/screenshots: the pacer mid-breath, a lifting practice
/// under way, the hug timer filling, the "after" check-in with its change sentence and the overdue-return
/// screen. `shoot(widget, name)` saves a picture; `jumpTo(cardId)` moves the engine
/// to a card and shows it.
void shootRegulationScenes(MainWindow* window, SessionScreen* session, const QString& tag,
                           const std::function<void(QWidget*, const QString&)>& shoot,
                           const std::function<bool(const std::string&)>& jumpTo);

} // namespace tend::ui
