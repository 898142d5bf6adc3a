#pragma once

#include <QPointer>

#include <map>
#include <memory>
#include <string>
#include <utility>

#include "tend/repair/SessionView.h"
#include "ui/cards/CardWidget.h"
#include "ui/screens/Screen.h"

class QButtonGroup;
class QHBoxLayout;
class QLayout;
class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;
class QWidget;

namespace tend {
class Clock;
}
namespace tend::content {
struct Card;
struct Step;
} // namespace tend::content

namespace tend::ui {

class CommitmentReview;
class PrivacyCurtain;
class ScrollPage;
class SessionController;
class StepRail;

/// A repair in progress: the five steps down the side (and where each partner is), the current card
/// by its kind, Back / Next, "why this step", who is writing now (together), and pause. The engine's
/// Session decides every move; this screen shows it and reports what people do.
class SessionScreen : public Screen {
    Q_OBJECT
public:
    /// The views it shows; which one is decided in the core (repair::chooseSessionView), this screen renders it.
    using View = repair::SessionView;

    SessionScreen(AppContext* app, QWidget* parent = nullptr);
    ~SessionScreen() override;
    QString title() const override;
    QWidget* initialFocus() const override;
    void activated() override;
    bool goNext() override;
    bool goBack() override;

    /// Starts a new repair; false (with a message shown on Home) when it cannot.
    /// `programId` empty: the repair program (rupture-to-repair); otherwise another program, such as the
    /// express-dont-describe practice.
    bool startNew(const QStringList& partnerIds, bool together, const QString& programId = {});
    /// Loads the stored session to come back to; a paused one is resumed. False when there is none, or when it
    /// cannot be loaded (then loadProblem() says why).
    bool continueStored();
    /// Why the last continueStored() could not load the session (its program is gone, its state unreadable).
    const QString& loadProblem() const { return m_loadProblem; }
    /// At launch: reopens a session that was left active (not paused) when Tend closed.
    bool resumeActiveSession();

    /// Presenter mode: goes to any card of the open repair (a paused one is resumed first).
    bool jumpTo(const std::string& cardId);
    /// The step of the card on screen, empty when none.
    std::string currentStepId() const;
    /// The program of the open repair or practice (empty when none is open).
    std::string currentProgramId() const;

    /// Opens the pause dialog (header button, Ctrl+P).
    void requestPause();
    /// Whether Pause makes sense now (a card is showing).
    bool canPause() const;
    /// Writes what is being typed and the session's state (pause, quit).
    void saveEverything();

    SessionController* controller() const { return m_controller; }
    View view() const { return m_view; }
    CardWidget* currentCard() const { return m_card; }
    std::string writer() const { return m_writer; }
    void setWriter(const std::string& partnerId);
    StepRail* rail() const { return m_rail; }
    /// Injects the engine's clock (tests) for sessions started from now on.
    void setClock(std::shared_ptr<const tend::Clock> clock);
    /// The last message shown under the card (engine refusals, what is still needed).
    QString message() const;
    /// The privacy curtain shown while the keyboard changes hands in steps 1–4.
    PrivacyCurtain* curtain() const { return m_curtain; }

Q_SIGNALS:
    void stateChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void build();
    void fitRail();
    void render();
    void renderCard();
    void renderRail();
    void renderWriterSwitch();
    void showPanel(View view);
    void clearStage();
    void flushTyping(bool final);
    void commitCard();
    void onAnswerChanged();
    void onPausedByRoute();
    void pauseForUnsafe();
    void showMessage(const QString& text);
    void syncNextKind();
    void checkOverwhelm();
    QString partnerName(const std::string& id) const;
    // Together and alone (SessionTogether.cpp).
    bool needsCurtain(const std::string& from, const std::string& to) const;
    void raiseCurtain(const std::string& next);
    void onCurtainConfirmed();
    void onCurtainCancelled();
    void showReview();
    void showReflected(QVBoxLayout* layout, QWidget* panel, QLayout* buttons, QPushButton*& focus);
    void bringReflection();
    void addEarlierCommitmentsNote(const std::string& cardId);
    /// A quiet note in the card holder (soft frame, the notes' margins), after what is there or, `first`, above it.
    QVBoxLayout* addNote(const QString& name, bool first = false);
    void addLookBackNote(const content::Card& card);
    /// On a card whose answer marks old pain (`"old_pain": true` options): when this person has marked old pain in
    /// an earlier repair too, a calm note suggests a therapist and how to find one; it goes when unmarked.
    void updateOldPainNote();
    void addRepairAttemptsOffer(QVBoxLayout* layout, QLayout* buttons, QWidget* panel);
    /// `earlier_answers`: what the person at the screen (in a together step, each partner) last wrote to those
    /// cards in an earlier session, shared answers only.
    void addEarlierAnswersNote(const content::Card& card, bool together);
    /// `recall`: what was chosen on an earlier card, above this one ("You chose: a walk, kind words").
    void addRecallNote(const content::Card& card);
    void addRoundAgainNote(const content::Step& step, int round);
    void addReferralNote();

    SessionController* m_controller;
    View m_view = View::Empty;
    std::string m_writer;
    CardWidget* m_card = nullptr; ///< owned by the card holder; cleared in clearStage()
    std::string m_cardId;
    StepRail* m_rail;
    bool m_railWanted = true;
    QWidget* m_topBar;
    QWidget* m_writerBox;
    QButtonGroup* m_writerGroup;
    QPushButton* m_unsafe;
    ScrollPage* m_page;
    QVBoxLayout* m_stage;
    QLabel* m_eyebrow;
    QLabel* m_stepTitle;
    QPushButton* m_whyToggle;
    QLabel* m_why;
    QWidget* m_cardHolder;
    QVBoxLayout* m_cardLayout;
    QWidget* m_overwhelm;
    QLabel* m_message;
    QWidget* m_navBar;
    QPushButton* m_back;
    QPushButton* m_next;
    QTimer* m_idle;
    bool m_dirty = false;
    bool m_overwhelmDismissed = false;
    /// Someone whose private check offers calming only chose "on my own": calming practices, no program.
    std::string m_calmingFor;
    /// The calming view stands in for a together step that someone's check has closed (neutral words).
    bool m_calmingJoint = false;
    bool m_movingBack = false;   ///< set while Back is being handled, so a passed-over card is passed backwards
    std::string m_calmingWriter; ///< whose calming view is showing in place of a program card
    bool programClosed(const content::Card& card, bool together);
    bool passOverComeBackPlan(const content::Card& card);
    bool isPractice() const;
    /// The card's answer chose an option that switches program (`switch_to`): start that one, carrying answers.
    bool switchIfChosen();
    QString m_switchNotice;
    std::map<std::pair<std::string, std::string>, int> m_oldPainEarlier; ///< (session, person) -> earlier marks
    PrivacyCurtain* m_curtain = nullptr;
    std::string m_pendingWriter;
    bool m_reviewPending = false;
    QString m_lastIncomplete; ///< the "still needed" sentence last shown, cleared once nothing is missing
    QString m_loadProblem;
};

} // namespace tend::ui
