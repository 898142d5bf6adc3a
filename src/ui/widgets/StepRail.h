#pragma once

#include <QString>
#include <QWidget>

#include <vector>

class QLabel;
class QVBoxLayout;

namespace tend::ui {

/// One step as the rail shows it.
struct RailStep {
    /// Done: everyone in the repair has finished it. Current: the person writing now is on it. InProgress: someone
    /// has started or finished it, but not everyone. Ahead: nobody has started it (or, for step 5, it is not open).
    enum class State { Ahead, Current, InProgress, Done };
    QString title;
    State state = State::Ahead;
    QString who;      ///< "On your own" / "Together"
    QString partners; ///< where each partner is, while they work on their own ("Sam: done · Alex: in progress")
    QString locked;   ///< why a step is not open yet ("opens when you have both finished step 4"); empty when open
};

/// The five steps down the side of a session: done (tick), current (filled dot) and ahead (ring),
/// each also said in words so nothing rests on colour or shape alone.
class StepRail : public QWidget {
    Q_OBJECT
public:
    explicit StepRail(QWidget* parent = nullptr);
    void setSteps(const std::vector<RailStep>& steps);
    /// For tests: the text of every row, in order.
    QStringList rowTexts() const;

private:
    QWidget* m_content; ///< inside the rail's scroll area
    QLabel* m_heading;  ///< "FIVE STEPS", or "STEPS" for a practice of another length
    QVBoxLayout* m_rows;
    QStringList m_texts;
};

} // namespace tend::ui
