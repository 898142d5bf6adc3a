#pragma once
// The fit check shared by the fit tests (FitTests.cpp, presenter mode in DemoModeTests.cpp).

#include <QSize>
#include <QString>

class QAbstractScrollArea;
class QWidget;

namespace tend::ui {
class MainWindow;
}

namespace tend::test {

/// The scroll area whose moving content holds `w`, if any.
const QAbstractScrollArea* scrolledBy(const QWidget* w);

/// Fails, listing every problem, when anything visible on the window does not fit: a label or button narrower or
/// shorter than its words need, a widget past the window or wider than its page, "Get help now" (and, with
/// `unsafeShown`, "Pause — I feel unsafe") not whole on screen, or the window bigger than `size`.
void expectFits(ui::MainWindow* window, const QString& where, QSize size, bool unsafeShown = false);

} // namespace tend::test
