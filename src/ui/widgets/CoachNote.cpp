#include "ui/widgets/CoachNote.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include "tend/coach/Coach.h"
#include "ui/app/AppContext.h"
#include "ui/app/Settings.h"
#include "ui/theme/Icons.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

CoachNote::CoachNote(const coach::CoachContent& content, Settings* settings, QPlainTextEdit* editor, QWidget* parent)
    : QFrame(parent), m_content(content), m_settings(settings), m_editor(editor), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("coachNote"));
    setProperty("role", QStringLiteral("soft"));
    setAccessibleName(tr("Writing coach"));
    setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);

    auto* header = new QHBoxLayout();
    header->setSpacing(8);
    auto* icon = new QLabel(this);
    icon->setPixmap(icons::tinted(QStringLiteral("leaf"), QPalette::PlaceholderText).pixmap(16, 16));
    icon->setFixedSize(16, 16);
    header->addWidget(icon, 0, Qt::AlignVCenter);
    QLabel* title = makeLabel(tr("WHAT THE COACH NOTICES"), "eyebrow", this);
    title->setWordWrap(false);
    title->setObjectName(QStringLiteral("coachTitle"));
    header->addWidget(title, 1);
    layout->addLayout(header);

    m_body = new QVBoxLayout();
    m_body->setSpacing(4);
    layout->addLayout(m_body);

    QLabel* footer = makeLabel(tr("Just for you while you write: not saved, not shown to anyone. You can turn the "
                                  "coach off in Settings."),
                               "small", this);
    footer->setObjectName(QStringLiteral("coachFooter"));
    layout->addWidget(footer);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &CoachNote::refresh);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (switchedOn())
            m_timer->start();
    });
    connect(m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::CoachEnabled)
            applySetting();
    });
    setVisible(false);
    if (switchedOn() && !m_editor->toPlainText().trimmed().isEmpty())
        m_timer->start();
}

void CoachNote::setDelay(int ms)
{
    m_timer->setInterval(std::max(0, ms));
}

int CoachNote::delay() const
{
    return m_timer->interval();
}

bool CoachNote::isPending() const
{
    return m_timer->isActive();
}

void CoachNote::flush()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        refresh();
    }
}

bool CoachNote::switchedOn() const
{
    return m_settings->coachEnabled();
}

void CoachNote::applySetting()
{
    if (!switchedOn()) {
        m_timer->stop();
        clearLines();
        setVisible(false);
        return;
    }
    refresh();
}

void CoachNote::clearLines()
{
    while (QLayoutItem* item = m_body->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lines.clear();
}

QLabel* CoachNote::addLine(const QString& text, const char* role, const QString& objectName)
{
    QLabel* label = makeLabel(text, role, this);
    label->setObjectName(objectName);
    m_body->addWidget(label);
    m_lines << text;
    return label;
}

void CoachNote::refresh()
{
    m_timer->stop();
    const QString text = m_editor->toPlainText();
    const QStringList before = m_lines;
    clearLines();
    if (!switchedOn() || text.trimmed().isEmpty()) {
        setVisible(false);
        return;
    }
    // The text goes to the analyser and nowhere else: nothing is kept, nothing is logged.
    const std::string utf8 = ss(text);
    const coach::Analysis analysis = coach::analyze(utf8, m_content);

    if (analysis.safety) {
        // A disclosure of harm or of self-harm: no advice on tone at all, one neutral line towards "Get help now"
        // (worded the same whatever was heard, as the partner may be looking).
        addLine(qs(analysis.safetyNote), "body", QStringLiteral("coachSafety"));
    } else if (analysis.blame) {
        addLine(tr("Some of this may land as blame, even if that isn't what you mean."), "body",
                QStringLiteral("coachBlame"));
        // The writer's own words that most led to it, quoted back so the note is never a riddle.
        QStringList words;
        for (const coach::Finding& reason : analysis.reasons) {
            if (reason.feature == "blame" && reason.end <= utf8.size() && reason.begin < reason.end)
                words << tr("\u2018%1\u2019").arg(qs(utf8.substr(reason.begin, reason.end - reason.begin)));
        }
        if (!words.isEmpty())
            addLine(tr("Because of: %1").arg(words.join(tr(", "))), "note", QStringLiteral("coachBlameBecause"));
    }
    if (analysis.stage == coach::Stage::Expressing)
        addLine(tr("You are letting the feeling show, here and now."), "body", QStringLiteral("coachExpressing"));
    else if (analysis.stage == coach::Stage::Describing)
        addLine(tr("You are describing the feeling, telling about it from the outside."), "body",
                QStringLiteral("coachDescribing"));
    if (!analysis.emotions.empty()) {
        QStringList names;
        for (const std::string& id : analysis.emotions)
            names << qs(m_content.emotionLabel(id));
        addLine(tr("Feelings in your words: %1").arg(names.join(tr(", "))), "body", QStringLiteral("coachEmotions"));
    }
    if (analysis.ownership)
        addLine(tr("You are naming your own part."), "body", QStringLiteral("coachOwnership"));
    if (m_lines.isEmpty())
        addLine(tr("Nothing stands out. Keep going in your own words."), "body", QStringLiteral("coachQuiet"));
    if (!analysis.hints.empty())
        m_body->addSpacing(4);
    for (std::size_t i = 0; i < analysis.hints.size() && i < 2; ++i) {
        const QString id = i < analysis.hintIds.size() ? qs(analysis.hintIds[i]) : QString::number(i);
        addLine(qs(analysis.hints[i]), "note", QStringLiteral("coachHint-") + id);
    }
    setVisible(true);
    // Screen readers hear the change as a description update on a named, unfocused region: it is read when
    // they choose, and never moves the focus away from the writing.
    const QString summary = m_lines.join(QLatin1Char('\n'));
    setAccessibleDescription(summary);
    if (m_lines != before && QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

std::function<QWidget*(QPlainTextEdit*, QWidget*)> coachNoteFactory(AppContext* app)
{
    if (!app || !app->coach())
        return {};
    return [app](QPlainTextEdit* editor, QWidget* parent) -> QWidget* {
        return new CoachNote(*app->coach(), app->settings(), editor, parent);
    };
}

} // namespace tend::ui
