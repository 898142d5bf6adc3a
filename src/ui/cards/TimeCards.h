#pragma once

#include <QElapsedTimer>
#include <QList>

#include "ui/cards/CardWidget.h"
// The breathing and practice cards live in RegulationCards.h now; kept here for files that still look here.
#include "ui/cards/RegulationCards.h" // IWYU pragma: export

class QLabel;
class QPushButton;
class QTimer;

namespace tend::ui {

class RingWidget;

/// A ring that counts an interval with Start / Pause and Start over. Records seconds spent and
/// whether the full time ran.
class CountdownPanel : public QWidget {
    Q_OBJECT
public:
    CountdownPanel(int seconds, const QString& caption, QWidget* parent = nullptr);

    int elapsedSeconds() const;
    bool completed() const { return m_completed; }
    bool started() const { return m_started; }
    void restore(int seconds, bool completed);
    void setTotal(int seconds);
    bool running() const;
    QPushButton* startButton() const { return m_start; }

Q_SIGNALS:
    void changed();
    void finished();

private:
    void toggle();
    void reset();
    void tick();
    void refresh();

    int m_total;
    qint64 m_banked = 0; ///< milliseconds from earlier runs
    QElapsedTimer m_clock;
    QTimer* m_timer;
    bool m_completed = false;
    bool m_started = false;
    QString m_caption;
    RingWidget* m_ring;
    QPushButton* m_start;
    QPushButton* m_reset;
    QLabel* m_status;
};

/// `timer`: a calm countdown (a break, a minute of movement). The re-bonding hug gets HugTimerCard.
class TimerCard : public CardWidget {
    Q_OBJECT
public:
    TimerCard(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    engine::Answer answer() const override;
    void setAnswer(const engine::Answer& answer) override;
    QWidget* focusTarget() const override;

private:
    CountdownPanel* m_countdown;
};

} // namespace tend::ui
