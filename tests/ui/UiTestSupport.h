#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

#include "ui/MainWindow.h"
#include "ui/app/AppContext.h"

namespace tend::test {

/// The shipped content folder in the source tree.
std::filesystem::path contentDir();
/// A copy of the shipped content folder inside `dir` (to break or remove a file in it); returns the copy's path.
std::filesystem::path copyOfContent(const QTemporaryDir& dir);

/// A window on its own temporary data folder (never the real home), content from the source tree,
/// motion reduced. `restart()` closes the window and opens a new one on the same folder, as a person
/// quitting and launching again would.
class UiApp {
public:
    explicit UiApp(bool withProfile = false, bool inMemorySettings = false);
    ~UiApp();

    ui::MainWindow* window() const { return m_window.get(); }
    ui::AppContext* app() const { return m_app.get(); }
    std::filesystem::path dataDir() const { return m_dir.path().toStdString(); }
    /// `whileClosed` runs after the window and journal are closed and before they open again (to change
    /// the data folder as another program would).
    void restart(const std::function<void()>& whileClosed = {});
    /// Sets up Sam and Alex with both private checks clear.
    void makeCouple();
    /// The clock the app reads (come-back times, reminders); applied to this and every later open. Null: real.
    std::function<QDateTime()> now;
    /// The language for the next open ("es"); empty follows the Language setting, as the app does.
    std::string locale = "en";
    /// A content folder other than the shipped one, for the next open (e.g. a copy with a broken file).
    std::filesystem::path contentOverride;

private:
    void open();
    void close();

    QTemporaryDir m_dir;
    bool m_inMemorySettings;
    bool m_opened = false;
    std::unique_ptr<ui::AppContext> m_app;
    std::unique_ptr<ui::MainWindow> m_window;
};

/// Lets queued work (journal callbacks, deferred deletes) run.
void settle(int ms = 20);

/// Finds a widget by object name anywhere under `root`; fails the test when missing.
template <typename T = QWidget> T* need(QWidget* root, const QString& name)
{
    T* found = root->findChild<T*>(name);
    if (!found) {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if ((found = top->findChild<T*>(name)))
                break;
        }
    }
    if (!found)
        FAIL_CHECK("no widget named " << name.toStdString());
    return found;
}

/// A real mouse click in the middle of a visible button.
void clickOn(QWidget* root, const QString& name);
/// Ctrl+Enter (Next) and Alt+Left (Back) as key presses on the focused widget.
void pressNext(QWidget* window);
void pressBack(QWidget* window);
/// Types into a widget, as keystrokes.
void typeInto(QWidget* root, const QString& name, const QString& text);
/// Starts a repair together for everyone in the profile (`programId` empty: the full repair) and shows it.
ui::SessionScreen* startTogetherFor(UiApp& t, const QString& programId = {});
/// Starts a repair together for everyone in the profile and shows each card of its program in turn, calling `visit`
/// with "card <id>" while the card is on screen. `programId` empty: the full repair.
void visitEveryCard(UiApp& t, const std::function<void(const QString& where)>& visit, const QString& programId = {});

} // namespace tend::test
