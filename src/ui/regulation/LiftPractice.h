#pragma once

#include <QString>
#include <QWidget>

#include <optional>

#include "tend/regulation/Clock.h"
#include "tend/regulation/PracticeTimeline.h"
#include "tend/regulation/RegulationLibrary.h"
#include "tend/regulation/RegulationTexts.h"
#include "ui/regulation/RegulationControls.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tend::ui::regulation {

/// A timed, guided card for a practice (made for lifting a shut-down body — movement, orienting, the senses —
/// and fine for any stepped practice): one step at a time, the practice's minutes shared evenly between its steps,
/// a slim progress line for the current step, and Back / Pause / Next so nobody is rushed or held back.
class LiftPractice : public QWidget {
    Q_OBJECT
public:
    using State = RunState;

    explicit LiftPractice(QWidget* parent = nullptr);

    void setTexts(const tend::regulation::RegulationTexts& texts);
    /// False when the practice has no steps.
    bool setPractice(const tend::regulation::Practice& practice);
    /// nullptr = the real steady clock. Must outlive the widget. Resets the practice.
    void setClock(const tend::regulation::Clock* clock);

    State state() const { return m_state; }
    int currentStep() const { return m_step; }
    QString stepText() const;
    QString practiceId() const;
    double elapsedSeconds() const;
    bool completed() const { return m_state == State::Finished; }
    QWidget* focusTarget() const;

public Q_SLOTS:
    void start();
    void pause();
    void resume();
    void togglePause();
    void next();
    void back();
    void advance();

Q_SIGNALS:
    void started();
    void stepChanged(int step);
    /// The last step's time ran out or the person went through every step (`completed`), for the card's answer.
    void finished(const QString& practiceId, bool completed);

protected:
    void hideEvent(QHideEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void setState(State state);
    void showStep(int step);
    void updateTimer();

    tend::regulation::RegulationTexts m_texts;
    std::optional<tend::regulation::Practice> m_practice;
    tend::regulation::SystemClock m_steady;
    const tend::regulation::Clock* m_clock = &m_steady;
    std::optional<tend::regulation::PracticeTimeline> m_timeline;
    State m_state = State::Idle;
    int m_step = -1;

    QLabel* m_title;
    QLabel* m_counter;
    QLabel* m_text;
    QProgressBar* m_stepProgress;
    QLabel* m_timeLeft;
    QPushButton* m_back;
    QPushButton* m_startPause;
    QPushButton* m_next;
    QTimer* m_frame;
};

} // namespace tend::ui::regulation
