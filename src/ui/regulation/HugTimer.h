#pragma once

#include <QWidget>

#include <optional>
#include <vector>

#include "tend/regulation/Clock.h"
#include "tend/regulation/PracticeTimeline.h"
#include "tend/regulation/RegulationLibrary.h"
#include "tend/regulation/RegulationTexts.h"
#include "tend/regulation/Stopwatch.h"
#include "ui/regulation/RegulationControls.h"

class QBoxLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;

namespace tend::ui::regulation {

class FillRing;

/// The re-bonding timer: 30 seconds by default (adjustable 10–120), a ring that fills, and a gentle end — the
/// words change and the ring softens over a second and a half. Touch is always presented as optional, with
/// alternatives (holding hands, kind words, sitting close) from the rebonding ideas.
class HugTimer : public QWidget {
    Q_OBJECT
public:
    using State = RunState;
    static constexpr int kDefaultSeconds = 30;
    static constexpr int kMinSeconds = 10;
    static constexpr int kMaxSeconds = 120;

    explicit HugTimer(QWidget* parent = nullptr);

    void setTexts(const tend::regulation::RegulationTexts& texts);
    /// Ideas from rebonding.<locale>.json; up to four that are not the hug itself are offered as alternatives.
    void setIdeas(const std::vector<tend::regulation::RebondingIdea>& ideas);
    /// nullptr = the real steady clock. Must outlive the timer. Resets it.
    void setClock(const tend::regulation::Clock* clock);
    void setSeconds(int seconds); ///< resets an idle or finished timer
    int seconds() const { return m_seconds; }
    /// Whether the title and body are shown (a card usually shows its own).
    void setIntroVisible(bool visible);

    State state() const { return m_state; }
    double elapsedSeconds() const;
    bool completed() const { return m_state == State::Finished; }
    double progress() const;
    /// 0..1: how far the gentle end's colour change has gone.
    double endBlend() const;
    QString ringText() const;
    QString alternativesText() const;
    FillRing* ring() const { return m_ring; }
    QWidget* focusTarget() const;

public Q_SLOTS:
    void start();
    void pause();
    void resume();
    void togglePause();
    void reset();
    void advance();

Q_SIGNALS:
    void started();
    void finished(double elapsedSeconds);
    void secondsChanged(int seconds);

protected:
    void hideEvent(QHideEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The length and the buttons side by side where they fit, one above the other where not (German at the
    /// largest text needs more than an 800 px window gives). The minimum width is the wider of the two, never both.
    void fitControls();
    void rebuild();
    void setState(State state);
    void refreshTexts();
    void updateTimer();

    QBoxLayout* m_controls = nullptr;
    QBoxLayout* m_lengthRow = nullptr;
    QBoxLayout* m_buttonRow = nullptr;
    tend::regulation::RegulationTexts m_texts;
    std::vector<tend::regulation::RebondingIdea> m_ideas;
    tend::regulation::SystemClock m_steady;
    const tend::regulation::Clock* m_clock = &m_steady;
    std::optional<tend::regulation::PracticeTimeline> m_timeline;
    std::optional<tend::regulation::Stopwatch> m_endFade;
    int m_seconds = kDefaultSeconds;
    State m_state = State::Idle;

    QLabel* m_title;
    QLabel* m_body;
    FillRing* m_ring;
    QLabel* m_lengthLabel;
    QSpinBox* m_length;
    QPushButton* m_startPause;
    QPushButton* m_reset;
    QLabel* m_optional;
    QLabel* m_alternatives;
    QTimer* m_frame;
};

} // namespace tend::ui::regulation
