#pragma once

#include <QElapsedTimer>
#include <QList>

#include "ui/cards/CardWidget.h"

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPushButton;
class QTimer;
class QVBoxLayout;

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

/// `timer`: a calm countdown (the re-bonding hug, a break).
class TimerCard : public CardWidget {
    Q_OBJECT
public:
    TimerCard(const nlohmann::json& card, const CardContext& context, QWidget* parent = nullptr);
    nlohmann::json answer() const override;
    void setAnswer(const nlohmann::json& answer) override;
    QWidget* focusTarget() const override;

private:
    CountdownPanel* m_countdown;
};

/// `breathing`, until the regulation work brings the animated pacer: the pattern in words, its
/// caution, and a plain countdown for the chosen length. CardFactory::registerKind replaces it.
class BreathingCard : public CardWidget {
    Q_OBJECT
public:
    BreathingCard(const nlohmann::json& card, const CardContext& context, QWidget* parent = nullptr);
    nlohmann::json answer() const override;
    void setAnswer(const nlohmann::json& answer) override;
    QWidget* focusTarget() const override;

private:
    CountdownPanel* m_countdown;
};

/// `practice`: one practice's steps (or a choice among every practice with a tag), and "I did this".
class PracticeCard : public CardWidget {
    Q_OBJECT
public:
    PracticeCard(const nlohmann::json& card, const CardContext& context, QWidget* parent = nullptr);
    nlohmann::json answer() const override;
    void setAnswer(const nlohmann::json& answer) override;

private:
    void showPractice(const std::string& id);

    std::vector<nlohmann::json> m_offered;
    QButtonGroup* m_picker = nullptr;
    QWidget* m_detail = nullptr;
    QVBoxLayout* m_detailLayout = nullptr;
    QCheckBox* m_done;
    std::string m_current;
};

/// Finds a practice or pattern by id in the regulation library.
nlohmann::json findById(const nlohmann::json& library, const char* list, const std::string& id);

} // namespace tend::ui
