#pragma once

#include <QString>

#include <functional>

class QAbstractButton;
class QWidget;

namespace tend::ui {

/// Where keyboard focus may go, in one place (docs/focus-and-input.md).
namespace focus {

/// Marks a control that ends or leaves something (Home, Pause, "I feel unsafe", Lock, a partner switch, a
/// "yes, I'm in danger" answer): focus never lands on it by itself when a screen or card appears, initial-focus
/// helpers skip it, and Enter never presses it as the screen's default. Tab still reaches it.
void markNeverFirst(QWidget* widget);
/// True for a widget marked with markNeverFirst (or inside one).
bool isNeverFirst(const QWidget* widget);

/// Marks a field that acts on Enter itself (a passphrase field's returnPressed): the window's Enter rule, which
/// presses the screen's primary button, leaves it alone so nothing happens twice.
void markOwnsEnter(QWidget* widget);
bool ownsEnter(const QWidget* widget);

/// Shown, or about to be (added to a page on screen, shown on the next turn of the event loop), and not hidden on
/// purpose. Use instead of isVisible() when choosing where focus goes on a page that was just built.
bool willShow(const QWidget* widget);

/// The first control under `root`, in Tab order, that may take focus when `root` appears: visible, enabled,
/// reachable by Tab and not marked never-first. Null when there is none.
QWidget* firstIn(const QWidget* root);

/// Gives `target` focus unless it is marked never-first; then `fallback` (when allowed). Returns who got it.
QWidget* give(QWidget* target, QWidget* fallback = nullptr);

/// Runs `action` when `button` is clicked; when the click came from the keyboard (Space or Enter on a focused
/// button), asks `question` once first, with "Keep going" as the safe answer. A mouse click acts at once.
/// `when`, if given, says whether the action ends something right now (otherwise it runs without asking).
void askBeforeEndingByKeyboard(QAbstractButton* button, const QString& question, const QString& yes,
                               std::function<void()> action, std::function<bool()> when = {});

/// Whether the input that is being handled now came from the keyboard (set by the app's input rules).
bool lastInputWasKeyboard();
void noteInput(bool keyboard);

} // namespace focus
} // namespace tend::ui
