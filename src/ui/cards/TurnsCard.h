#pragma once

#include "ui/cards/CardWidget.h"

#include <QDateTime>

#include <map>

class QCheckBox;
class QLabel;
class QTimer;
class QPlainTextEdit;
class QVBoxLayout;

namespace tend::ui {

/// `turns`: the speaker–listener exchange. The speaker shares; the listener reflects back in their
/// own words, says what they noticed in their body and (when the card has `validate`) what makes sense to them
/// about how the speaker felt, then asks the card's confirm question; the speaker says "yes, that's it" or adds a
/// correction for another round; then the roles swap. With `turn_minutes`, an optional turn timer (off until
/// someone ticks it) gives each speaker the same time and says, without stopping anyone, when a turn runs long.
/// The rules live in the engine (tend/engine/Turns.h): this card only shows where the exchange stands
/// and hands each step to the engine's turn functions.
class TurnsCard : public CardWidget {
    Q_OBJECT
public:
    enum class Phase { ChooseFirst, Share, Reflect, Confirm, Correct, Swap, Done };

    TurnsCard(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    engine::Answer answer() const override;
    void setAnswer(const engine::Answer& answer) override;
    engine::Answer draft() const override;
    void setDraft(const engine::Answer& draft) override;
    bool isTextEntry() const override { return true; }
    QWidget* focusTarget() const override;
    bool leadsItself() const override;
    QString incompleteReason() const override;

    Phase phase() const;
    /// Reads the clock again and updates the turn timer's line (called every second while a timed turn runs).
    void updateTimer();

private:
    int turnSeconds() const;
    void rebuild();
    void apply(const engine::Answer& next, const QString& error);
    std::vector<std::string> ids() const;
    QString nameOf(const std::string& id) const;
    QPlainTextEdit* addWriting(const QString& objectName, const QString& label, QString* target,
                               const QString& placeholder);
    void addPrompts(const std::vector<std::string>& prompts);
    QString latest(const char* field) const;
    void addQuote(const QString& label, const QString& text, const QString& objectName);

    engine::Answer m_answer;
    std::string m_chosen; ///< the speaker picked at the start of a turn
    bool m_correcting = false;
    QString m_shared, m_reflected, m_noticed, m_validated, m_correction;
    // The turn timer: on when ticked; the running turn's speaker and start; each speaker's total time.
    bool m_timed = false;
    std::string m_timedSpeaker;
    QDateTime m_turnStarted;
    std::map<std::string, qint64> m_spoken;
    QCheckBox* m_timerToggle = nullptr;
    QLabel* m_timerLine = nullptr;
    QTimer* m_tick = nullptr;
    QLabel* m_status;
    QLabel* m_error;
    QWidget* m_stage;
    QVBoxLayout* m_stageLayout;
    QWidget* m_focus = nullptr;
};

} // namespace tend::ui
