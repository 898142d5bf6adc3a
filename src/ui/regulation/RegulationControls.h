#pragma once

#include <QFont>
#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace tend::ui::regulation {

/// Where a timed practice is. The pacer, the hug timer and the guided practice share these states, and one
/// Start / Pause / Resume button drives each of them.
enum class RunState { Idle, Running, Paused, Finished };

/// What the start/pause button says in each state: the shown text (with its `&` mnemonic) and the accessible name.
struct StartPauseWords {
    QString start, startName;
    QString pause, pauseName;
    QString resume, resumeName;
    QString again, againName;
};

/// A push button with an object name (for tests) and an accessible name (for screen readers).
QPushButton* makeControl(QWidget* parent, const QString& objectName, const QString& text = {},
                         const QString& accessibleName = {});

/// The default button that starts, pauses, resumes and starts again; showRunState() gives it its words.
QPushButton* makeStartPause(QWidget* parent, const QString& objectName);

/// Sets the start/pause button's text and accessible name for `state`.
void showRunState(QPushButton* button, RunState state, const StartPauseWords& words);

/// A label with an object and accessible name; word-wrapped when `wrap` is set.
QLabel* makeText(QWidget* parent, const QString& objectName, const QString& accessibleName,
                 Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter, bool wrap = false);

/// `base` scaled by `factor`, with `weight`.
QFont scaledFont(const QFont& base, double factor, QFont::Weight weight = QFont::Normal);

/// Draws a label in the palette's quiet text colour. Call again on QEvent::PaletteChange (a theme switch).
void muteText(QLabel* label);

/// One button for three moves: Idle or Finished starts, Running pauses, Paused resumes.
template <typename Start, typename Pause, typename Resume>
void toggleRun(RunState state, Start&& start, Pause&& pause, Resume&& resume)
{
    switch (state) {
    case RunState::Idle:
    case RunState::Finished:
        start();
        break;
    case RunState::Running:
        pause();
        break;
    case RunState::Paused:
        resume();
        break;
    }
}

} // namespace tend::ui::regulation
