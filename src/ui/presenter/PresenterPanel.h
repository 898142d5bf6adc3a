#pragma once

#include <QFrame>

#include <memory>
#include <string>

#include "tend/demo/FacilitatorNotes.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace tend::ui {

class AppContext;

/// Presenter mode's side panel (demo only): the facilitator notes of the step on screen (why it matters,
/// what to watch for), every card of the program to jump to, "start over" and the way out.
class PresenterPanel : public QFrame {
    Q_OBJECT
public:
    explicit PresenterPanel(AppContext* app, QWidget* parent = nullptr);

    /// Follows this program: its notes and its cards to jump to (empty: the demo's sample repair). Notes are read
    /// once per program.
    void showProgram(const std::string& programId);
    std::string shownProgram() const { return m_programId; }
    /// Shows the notes of this step of the shown program (empty: its first step).
    void showStep(const std::string& stepId);
    std::string shownStep() const { return m_stepId; }
    /// The notes could not be loaded: why, as sentences (empty when fine).
    QString problems() const { return m_problems; }
    QTreeWidget* jumpList() const { return m_jump; }

Q_SIGNALS:
    /// Go to this card of the demo's repair.
    void jumpRequested(const std::string& cardId);
    void restartRequested();
    void closeRequested();

private:
    void fillJumpList();
    std::shared_ptr<const content::Program> shownProgramContent() const;

    AppContext* m_app;
    std::string m_programId;
    tend::demo::FacilitatorNotes m_notes;
    QString m_problems;
    std::string m_stepId;
    QLabel* m_stepTitle;
    QLabel* m_why;
    QVBoxLayout* m_watch;
    QTreeWidget* m_jump;
};

} // namespace tend::ui
