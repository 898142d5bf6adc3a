#pragma once

#include <QFrame>
#include <QString>

#include "tend/content/Program.h"
#include "tend/engine/Answer.h"
#include "ui/cards/CardContext.h"

class QVBoxLayout;
class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace tend::ui {

class SavedIndicator;

/// One card of a program, built from the program reader's typed card (docs/content-format.md). Subclasses add
/// the controls for their kind and turn them into the answer shape the format defines. A card never
/// decides where the flow goes: it reports answers and, for gates, asks the screen to move on.
class CardWidget : public QFrame {
    Q_OBJECT
public:
    CardWidget(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);

    const content::Card& card() const { return m_card; }
    QString cardId() const;
    QString kind() const;
    const CardContext& context() const { return m_context; }

    /// The answer in the format's shape, or null when nothing has been given yet.
    virtual engine::Answer answer() const { return nullptr; }
    /// Restores an earlier answer (resume, Back). Null clears.
    virtual void setAnswer(const engine::Answer& answer) { Q_UNUSED(answer); }
    /// What to keep as a draft while typing (by default the answer itself).
    virtual engine::Answer draft() const { return answer(); }
    /// Restores a draft kept by draft().
    virtual void setDraft(const engine::Answer& draft) { setAnswer(draft); }
    /// True when the card holds free text worth keeping as a draft while typing.
    virtual bool isTextEntry() const { return false; }
    /// Empty when the person may move on from this card; otherwise a kind sentence saying what is
    /// still needed (both turns taken, everyone has answered a shared question).
    virtual QString incompleteReason() const { return {}; }
    /// Where keyboard focus goes when the card appears.
    virtual QWidget* focusTarget() const;
    /// True while the card's own primary button is the way on (a turn in progress): the screen's Next then steps
    /// back to a plain button, so there is one primary button on screen.
    virtual bool leadsItself() const { return false; }

    /// Whether the writer chose to keep this answer to themselves (only offered where allowed).
    bool keepPrivate() const;
    void setKeepPrivate(bool keep);

    /// The quiet "saved" line, if this card has one.
    SavedIndicator* savedIndicator() const { return m_saved; }

Q_SIGNALS:
    /// Any change of the answer (each keystroke for text; the screen debounces drafts).
    void answerChanged();
    /// Typing paused at a natural point (focus left the writing area).
    void editingFinished();
    /// The person made a choice that means "go on" (a gate option).
    void advanceRequested();
    /// A together card changed who is writing (turns: the speaker or the listener).
    void writerChangeRequested(const std::string& partnerId);

protected:
    /// The layout below the title, body and note, for the kind's own controls.
    QVBoxLayout* content() const { return m_content; }
    /// Adds the "saved" line and the privacy choice at the bottom (text-entry kinds call it).
    void addFooter(bool withSavedIndicator);
    /// The words a control is about, for screen readers: the title, or the body when there is no title.
    QString question() const;
    /// Emits editingFinished when `widget` loses focus.
    void watchFocus(QWidget* widget);
    /// The coach's side note for `editor` when the card's content asks for it (`"coach": true`) and a coach
    /// exists; null otherwise. The caller places it (under the writing area).
    QWidget* makeCoachNote(QPlainTextEdit* editor, QWidget* parent);
    bool eventFilter(QObject* watched, QEvent* event) override;
    QString objectPrefix() const;
    /// A timed practice on this card came to its end: "Time is up" shows on the card (for people who cannot hear),
    /// and the context's cue plays the sound.
    void timedPracticeEnded(const QString& words);

private:
    content::Card m_card; // a copy: a widget may outlive the session that showed it
    CardContext m_context;
    QVBoxLayout* m_content = nullptr;
    SavedIndicator* m_saved = nullptr;
    QCheckBox* m_private = nullptr;
    QLabel* m_timeUp = nullptr;
};

} // namespace tend::ui
