#include "ui/cards/TextCards.h"

#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "ui/theme/RichText.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

namespace {

// A writing area that asks for its rows, not for QPlainTextEdit's usual 192 px: on a short window the card's own
// controls below it ("Keep this to myself") stay in view, and where there is room it still grows.
class WritingArea : public QPlainTextEdit {
public:
    using QPlainTextEdit::QPlainTextEdit;
    QSize sizeHint() const override { return {QPlainTextEdit::sizeHint().width(), minimumHeight()}; }
};

} // namespace

QPlainTextEdit* makeWritingArea(QWidget* parent, const QString& objectName, const QString& accessibleName,
                                const QString& placeholder, int minRows)
{
    auto* editor = new WritingArea(parent);
    name(editor, objectName, accessibleName,
         QObject::tr("Write as much or as little as you like. Tab moves on; it is saved as you go."));
    editor->setPlaceholderText(placeholder);
    editor->setTabChangesFocus(true);
    const int rows = std::clamp(minRows, 2, 16);
    const int line = editor->fontMetrics().lineSpacing();
    editor->setMinimumHeight(int(rows * line * 1.12) + 24);
    editor->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::MinimumExpanding);
    return editor;
}

PromptCard::PromptCard(const content::Card& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent)
{
    const QString title = contentToPlain(qs(card.title));
    const QString body = contentToPlain(qs(card.body));
    const std::string& placeholder = card.placeholder;
    m_editor =
        makeWritingArea(this, QStringLiteral("promptEditor"), title.isEmpty() ? body : title,
                        placeholder.empty() ? tr("Write here, in your own words…") : qs(placeholder), card.minRows);
    if (!body.isEmpty() && !title.isEmpty())
        m_editor->setAccessibleDescription(body);
    content()->addWidget(m_editor);
    if (QWidget* note = makeCoachNote(m_editor, this))
        content()->addWidget(note);
    watchFocus(m_editor);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &CardWidget::answerChanged);
    addFooter(true);
}

engine::Answer PromptCard::answer() const
{
    const QString text = m_editor->toPlainText();
    if (text.trimmed().isEmpty())
        return nullptr;
    return ss(text);
}

void PromptCard::setAnswer(const engine::Answer& answer)
{
    const QString text = answer.is_string() ? qs(answer.get<std::string>()) : QString();
    if (text != m_editor->toPlainText())
        m_editor->setPlainText(text);
}

QWidget* PromptCard::focusTarget() const
{
    return m_editor;
}

} // namespace tend::ui
