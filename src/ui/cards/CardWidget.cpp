#include "ui/cards/CardWidget.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/theme/RichText.h"
#include "ui/widgets/FocusRules.h"
#include "ui/widgets/SavedIndicator.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

CardWidget::CardWidget(const content::Card& card, const CardContext& context, QWidget* parent)
    : QFrame(parent), m_card(card), m_context(context)
{
    setProperty("role", QStringLiteral("card"));
    setObjectName(QStringLiteral("card-") + cardId());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(14);

    const std::string& title = m_card.title;
    if (!title.empty()) {
        QLabel* heading = makeLabel(contentToHtml(title), "heading", this, true);
        heading->setObjectName(QStringLiteral("cardTitle"));
        heading->setAccessibleName(contentToPlain(qs(title)));
        layout->addWidget(heading);
    }
    const std::string& body = m_card.body;
    if (!body.empty()) {
        QLabel* label = makeLabel(contentToHtml(body), "body", this, true);
        label->setObjectName(QStringLiteral("cardBody"));
        label->setAccessibleName(contentToPlain(qs(body)));
        layout->addWidget(label);
    }
    const std::string& note = m_card.note;
    if (!note.empty()) {
        QLabel* label = makeLabel(contentToHtml(note), "note", this, true);
        label->setObjectName(QStringLiteral("cardNote"));
        label->setAccessibleName(contentToPlain(qs(note)));
        layout->addWidget(label);
    }
    m_content = new QVBoxLayout();
    m_content->setSpacing(12);
    m_content->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(m_content);
    layout->addStretch(1);
}

QString CardWidget::cardId() const
{
    return qs(m_card.id);
}
QString CardWidget::kind() const
{
    return qs(std::string(content::toString(m_card.kind)));
}

QString CardWidget::question() const
{
    return contentToPlain(qs(m_card.title.empty() ? m_card.body : m_card.title));
}

QString CardWidget::objectPrefix() const
{
    return cardId() + QLatin1Char('-');
}

void CardWidget::timedPracticeEnded(const QString& words)
{
    if (!m_timeUp) {
        m_timeUp = makeLabel(QString(), "warmNote", this);
        m_timeUp->setObjectName(QStringLiteral("timeUp"));
        m_timeUp->setAccessibleName(tr("Time is up"));
        m_content->addWidget(m_timeUp);
    }
    m_timeUp->setText(words);
    m_timeUp->setVisible(true);
    if (m_context.timerEnded)
        m_context.timerEnded(this);
}

QWidget* CardWidget::focusTarget() const
{
    // The first control in Tab order that may take focus by itself (never one that ends or leaves something).
    return focus::firstIn(this);
}

void CardWidget::addFooter(bool withSavedIndicator)
{
    auto* row = new QHBoxLayout();
    row->setSpacing(12);
    if (withSavedIndicator) {
        m_saved = new SavedIndicator(this);
        row->addWidget(m_saved, 1);
    } else {
        row->addStretch(1);
    }
    if (m_context.privacyAllowed) {
        m_private = new QCheckBox(tr("Keep this to myself"), this);
        name(m_private, QStringLiteral("keepPrivate"), tr("Keep this answer to myself"),
             tr("When ticked, only you will see this answer; your partner's views and exports leave it out."));
        m_private->setToolTip(m_private->accessibleDescription());
        connect(m_private, &QCheckBox::toggled, this, &CardWidget::answerChanged);
        row->addWidget(m_private);
    }
    m_content->addLayout(row);
}

bool CardWidget::keepPrivate() const
{
    return m_private && m_private->isChecked();
}

void CardWidget::setKeepPrivate(bool keep)
{
    if (m_private)
        m_private->setChecked(keep);
}

QWidget* CardWidget::makeCoachNote(QPlainTextEdit* editor, QWidget* parent)
{
    if (!m_card.coach || !m_context.coachNote)
        return nullptr;
    return m_context.coachNote(editor, parent);
}

void CardWidget::watchFocus(QWidget* widget)
{
    widget->installEventFilter(this);
}

bool CardWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut)
        Q_EMIT editingFinished();
    return QFrame::eventFilter(watched, event);
}

} // namespace tend::ui
