#pragma once

#include <QList>

#include <memory>
#include <string>
#include <vector>

#include "ui/cards/CardWidget.h"

class QButtonGroup;
class QLabel;
class QVBoxLayout;

namespace tend::regulation {
struct Practice;
struct RegulationContent;
} // namespace tend::regulation

namespace tend::ui {

namespace regulation {
class BreathingPacer;
class HugTimer;
class LiftPractice;
} // namespace regulation

/// The regulation content a card reads: the app's (CardContext::regulationContent), or — for cards built
/// without an app — one read from the context's `regulation` and `rebonding` JSON with built-in texts.
std::shared_ptr<const tend::regulation::RegulationContent> regulationContentFor(const CardContext& context);

/// `breathing`: the animated breathing pacer for the card's pattern and length. Records
/// `{"seconds": time breathed, "completed": whether the whole length ran}`.
class BreathingCard : public CardWidget {
    Q_OBJECT
public:
    BreathingCard(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    engine::Answer answer() const override;
    void setAnswer(const engine::Answer& answer) override;
    QWidget* focusTarget() const override;
    regulation::BreathingPacer* pacer() const { return m_pacer; }

private:
    std::shared_ptr<const tend::regulation::RegulationContent> m_content;
    regulation::BreathingPacer* m_pacer = nullptr;
    QLabel* m_earlier = nullptr;
    engine::Answer m_restored;
};

/// `practice`: one practice, or a choice among every practice with a tag, then the chosen one as a timed, guided
/// card (a practice with a breathing pattern opens the pacer). Records `{"practice": id, "completed": bool}`.
class PracticeCard : public CardWidget {
    Q_OBJECT
public:
    PracticeCard(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    engine::Answer answer() const override;
    void setAnswer(const engine::Answer& answer) override;
    QWidget* focusTarget() const override;

    /// The practice on show (empty before one is chosen).
    QString currentPractice() const { return QString::fromStdString(m_current); }
    regulation::LiftPractice* guide() const { return m_guide; }
    regulation::BreathingPacer* pacer() const { return m_pacer; }

private:
    void showPractice(const std::string& id);

    std::shared_ptr<const tend::regulation::RegulationContent> m_content;
    std::vector<const tend::regulation::Practice*> m_offered;
    QButtonGroup* m_picker = nullptr;
    QWidget* m_stage = nullptr;
    QVBoxLayout* m_stageLayout = nullptr;
    QLabel* m_earlier = nullptr;
    regulation::LiftPractice* m_guide = nullptr;
    regulation::BreathingPacer* m_pacer = nullptr;
    std::string m_current;
    bool m_started = false;
    bool m_completed = false;
};

/// `timer` used for re-bonding (the hug at the end of a repair): the re-bonding timer, with touch always
/// presented as optional and alternatives beside it. Records `{"seconds": elapsed, "completed": bool}`.
class HugTimerCard : public CardWidget {
    Q_OBJECT
public:
    HugTimerCard(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    engine::Answer answer() const override;
    void setAnswer(const engine::Answer& answer) override;
    QWidget* focusTarget() const override;
    regulation::HugTimer* timer() const { return m_timer; }

    /// Whether a `timer` card is the re-bonding hug: its id or label speaks of a hug or of re-bonding.
    static bool isRebonding(const content::Card& card);

private:
    std::shared_ptr<const tend::regulation::RegulationContent> m_content;
    regulation::HugTimer* m_timer;
    QLabel* m_earlier;
    engine::Answer m_restored;
};

} // namespace tend::ui
