#pragma once

#include "ui/cards/CardWidget.h"

class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace tend::ui {

/// `schedule`: when and where to come back. Suggests times at least `min_minutes` away and within
/// `max_hours`, and the card's places; records `{"at": UTC ISO time, "place": text}`.
class ScheduleCard : public CardWidget {
    Q_OBJECT
public:
    ScheduleCard(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    engine::Answer answer() const override;
    void setAnswer(const engine::Answer& answer) override;
    bool isTextEntry() const override { return true; }

    /// The chosen time (local), valid once something was chosen.
    QDateTime chosenTime() const;

private:
    void check();

    int m_minMinutes;
    int m_maxHours;
    QDateTimeEdit* m_when;
    QLineEdit* m_place;
    QLabel* m_advice;
    bool m_touched = false;
};

/// The same picker outside a card (the Pause dialog uses it).
struct ReturnSuggestion {
    QString label;
    QDateTime at;
};
QList<ReturnSuggestion> suggestReturnTimes(const QDateTime& now, int minMinutes, int maxHours);

} // namespace tend::ui
