#pragma once

class QWidget;

namespace tend::ui {

/// The design system's input rules, installed once for the whole application (docs/focus-and-input.md):
///  - a slider, spin box, combo box or dial takes the mouse wheel only while it has keyboard focus; otherwise the
///    wheel scrolls the page under it, so scrolling never changes an answer;
///  - a control that receives keyboard focus inside a scroll area is scrolled into view.
/// Idempotent: later calls do nothing.
void installInputRules();

/// True when `widget` is a value control the wheel could change (slider, spin box, combo box, dial).
bool isWheelGuarded(const QWidget* widget);

} // namespace tend::ui
