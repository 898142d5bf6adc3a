#pragma once

#include <QFrame>
#include <QStringList>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QVBoxLayout;

namespace tend::coach {
class CoachContent;
}

namespace tend::ui {

class AppContext;
class Settings;

/// The language coach's quiet side note under a writing area (docs/coach.md, "In the app"): what the coach
/// notices — blame, describing or expressing, the feelings named, owning a part — and at most two kind hints
/// from the coach file. It updates when typing pauses (not on every key), hides at once while the coach is
/// switched off in Settings, never takes focus, never blocks moving on, and keeps and logs nothing of the text.
class CoachNote : public QFrame {
    Q_OBJECT
public:
    /// How long typing must pause before the note updates.
    static constexpr int kDefaultDelayMs = 600;

    /// `content` and `settings` must outlive the note (both belong to the AppContext).
    CoachNote(const coach::CoachContent& content, Settings* settings, QPlainTextEdit* editor,
              QWidget* parent = nullptr);

    void setDelay(int ms);
    int delay() const;
    /// True while typing has paused for less than the delay (an update is waiting).
    bool isPending() const;
    /// Runs a waiting update now.
    void flush();
    /// Whether the coach is switched on in Settings.
    bool switchedOn() const;
    /// What the note says now, line by line (empty while hidden).
    QStringList lines() const { return m_lines; }

private:
    void refresh();
    void applySetting();
    void clearLines();
    QLabel* addLine(const QString& text, const char* role, const QString& objectName);

    const coach::CoachContent& m_content;
    Settings* m_settings;
    QPlainTextEdit* m_editor;
    QTimer* m_timer;
    QVBoxLayout* m_body;
    QStringList m_lines;
};

/// What a card calls to put a coach note under one of its writing areas (CardContext::coachNote): a note
/// bound to the app's coach and settings, or null when this locale has no coach.
std::function<QWidget*(QPlainTextEdit*, QWidget*)> coachNoteFactory(AppContext* app);

} // namespace tend::ui
