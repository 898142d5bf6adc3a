#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include "ui/cards/CardContext.h"

namespace tend::ui {

class AppContext;

/// Ids of the window's screens (also what "last view" stores).
enum class ScreenId {
    Welcome,
    SafetyCheck,
    Home,
    Session,
    Journal,
    Commitments,
    Settings,
    Help,
    Return,
    JournalState,
    Insights
};

QString screenKey(ScreenId id);
bool screenFromKey(const QString& key, ScreenId& out);

/// One page of the window's stack. Screens read and change state through the AppContext and ask the
/// window to navigate; they never reach into each other.
class Screen : public QWidget {
    Q_OBJECT
public:
    Screen(ScreenId id, AppContext* app, QWidget* parent = nullptr);

    ScreenId id() const { return m_id; }
    AppContext* app() const { return m_app; }
    /// A short title for the header (and the window title).
    virtual QString title() const = 0;
    /// Called each time the screen comes to the front.
    virtual void activated() {}
    /// Called while the screen is still hidden, just before it is shown: the last moment to fit its words to the
    /// screen, so that showing it never lays out with words that will not stay (a window grown for that moment does
    /// not shrink again).
    virtual void aboutToShow() {}
    /// Where keyboard focus lands when the screen appears.
    virtual QWidget* initialFocus() const { return nullptr; }
    /// Shortcut handlers; return false when the screen has nothing to do.
    virtual bool goNext() { return false; }
    virtual bool goBack() { return false; }

Q_SIGNALS:
    /// Asks the window to show another screen.
    void navigate(tend::ui::ScreenId target);
    /// The title changed (the header follows).
    void titleChanged();
    /// Asks the window to go back to wherever the person came from (the help page's "Back").
    void closeRequested();
    /// Asks the window to run the private safety check for `people`, then show `then`.
    void safetyCheckRequested(const QList<tend::ui::PartnerInfo>& people, tend::ui::ScreenId then);

private:
    ScreenId m_id;
    AppContext* m_app;
};

} // namespace tend::ui
