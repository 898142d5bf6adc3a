#pragma once

#include "ui/cards/CardWidget.h"

class QPlainTextEdit;

namespace tend::ui {

/// `prompt`: a writing area with a placeholder and a quiet "saved" line.
class PromptCard : public CardWidget {
    Q_OBJECT
public:
    PromptCard(const content::Card& card, const CardContext& context, QWidget* parent = nullptr);
    engine::Answer answer() const override;
    void setAnswer(const engine::Answer& answer) override;
    bool isTextEntry() const override { return true; }
    QWidget* focusTarget() const override;
    QPlainTextEdit* editor() const { return m_editor; }

private:
    QPlainTextEdit* m_editor;
};

/// A plain-text editor that grows with its text, with Tab moving focus rather than indenting.
QPlainTextEdit* makeWritingArea(QWidget* parent, const QString& objectName, const QString& accessibleName,
                                const QString& placeholder, int minRows);

} // namespace tend::ui
