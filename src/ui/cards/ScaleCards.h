#pragma once

#include <QList>
#include <QWidget>

#include <memory>

#include "ui/cards/CardWidget.h"

class QButtonGroup;
class QLabel;
class QSlider;

namespace tend::regulation {
struct RegulationContent;
}

namespace tend::ui {

class Chip;

/// A 0–10 slider with its numbers, two end labels and a readout. Unanswered until first moved.
class ScaleInput : public QWidget {
    Q_OBJECT
public:
    ScaleInput(int min, int max, const QString& lowLabel, const QString& highLabel, const QString& accessibleName,
               QWidget* parent = nullptr);

    bool answered() const { return m_answered; }
    int value() const;
    void setValue(int value);
    void clear();
    QSlider* slider() const { return m_slider; }

Q_SIGNALS:
    void changed();

private:
    void updateReadout();

    QSlider* m_slider;
    QLabel* m_readout;
    QString m_low;
    QString m_high;
    bool m_answered = false;
};

/// `scale`: one whole number on a labelled slider.
class ScaleCard : public CardWidget {
    Q_OBJECT
public:
    ScaleCard(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    engine::Answer answer() const override;
    void setAnswer(const engine::Answer& answer) override;

private:
    ScaleInput* m_scale;
};

/// `checkin`: how strong (0–10), which way (racing / shut down / steady) and a few feeling words.
class CheckinCard : public CardWidget {
    Q_OBJECT
public:
    CheckinCard(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    engine::Answer answer() const override;
    void setAnswer(const engine::Answer& answer) override;
    /// For an "after" check-in: "You came down from 8 to 4." and a kind follow-up (empty until both levels exist).
    QString changeText() const;

private:
    void showChange();

    std::shared_ptr<const tend::regulation::RegulationContent> m_content;
    QLabel* m_change;
    ScaleInput* m_scale;
    QButtonGroup* m_states;
    QList<Chip*> m_emotions;
};

} // namespace tend::ui
