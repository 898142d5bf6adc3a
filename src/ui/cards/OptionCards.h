#pragma once

#include <QList>

#include "ui/cards/CardWidget.h"

class QButtonGroup;
class QCheckBox;
class QLineEdit;
class QPushButton;

namespace tend::ui {

class Chip;

/// `choice`: option chips, single or multiple, with an optional "something else" line.
class ChoiceCard : public CardWidget {
    Q_OBJECT
public:
    ChoiceCard(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    engine::Answer answer() const override;
    void setAnswer(const engine::Answer& answer) override;
    bool isTextEntry() const override { return m_otherEdit != nullptr; }

private:
    void updateOther();

    QList<Chip*> m_chips;
    QButtonGroup* m_group = nullptr;
    Chip* m_otherChip = nullptr;
    QLineEdit* m_otherEdit = nullptr;
};

/// `checklist`: tick what applies.
class ChecklistCard : public CardWidget {
    Q_OBJECT
public:
    ChecklistCard(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    engine::Answer answer() const override;
    void setAnswer(const engine::Answer& answer) override;

private:
    QList<QCheckBox*> m_boxes;
    bool m_touched = false;
};

/// `gate`: a question whose options route. Alone, choosing an option moves on; together, each
/// partner chooses and the Next button moves on once everyone has.
class GateCard : public CardWidget {
    Q_OBJECT
public:
    GateCard(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    engine::Answer answer() const override;
    void setAnswer(const engine::Answer& answer) override;
    /// In together gates: true once every partner has chosen.
    bool everyoneChose() const;
    QString incompleteReason() const override;

private:
    struct Row {
        std::string partnerId;
        QButtonGroup* group;
        QList<QPushButton*> buttons;
    };
    void updateSummary();

    QList<Row> m_rows;
    std::vector<std::string> m_optionIds;
    class QLabel* m_summary = nullptr;
};

} // namespace tend::ui
