#include "ui/cards/TimeCards.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/theme/Icons.h"
#include "ui/theme/RichText.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/RingWidget.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

QString clockText(int seconds)
{
    seconds = std::max(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

nlohmann::json timeAnswer(const CountdownPanel* countdown)
{
    if (!countdown->started())
        return nullptr;
    return {{"seconds", countdown->elapsedSeconds()}, {"completed", countdown->completed()}};
}

void restoreTime(CountdownPanel* countdown, const nlohmann::json& answer)
{
    if (answer.is_object())
        countdown->restore(answer.value("seconds", 0), answer.value("completed", false));
    else
        countdown->restore(0, false);
}

QString phaseName(const std::string& phase)
{
    if (phase == "inhale")
        return QObject::tr("Breathe in");
    if (phase == "inhale-top")
        return QObject::tr("A little more in");
    if (phase == "hold")
        return QObject::tr("Pause gently");
    if (phase == "exhale")
        return QObject::tr("Breathe out slowly");
    if (phase == "rest")
        return QObject::tr("Rest");
    return QString::fromStdString(phase);
}

} // namespace

nlohmann::json findById(const nlohmann::json& library, const char* list, const std::string& id)
{
    if (!library.is_object() || !library.contains(list) || !library[list].is_array())
        return nullptr;
    for (const auto& item : library[list]) {
        if (item.is_object() && item.value("id", std::string()) == id)
            return item;
    }
    return nullptr;
}

CountdownPanel::CountdownPanel(int seconds, const QString& caption, QWidget* parent)
    : QWidget(parent), m_total(std::max(1, seconds)), m_caption(caption)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(24);
    m_ring = new RingWidget(this);
    m_ring->setObjectName(QStringLiteral("timerRing"));
    layout->addWidget(m_ring);

    auto* side = new QVBoxLayout();
    side->setSpacing(10);
    side->addStretch(1);
    m_status = makeLabel(QString(), "muted", this);
    m_status->setObjectName(QStringLiteral("timerStatus"));
    side->addWidget(m_status);
    auto* buttons = new QHBoxLayout();
    buttons->setSpacing(10);
    m_start = makeButton(tr("Start"), QStringLiteral("timerStart"), this, "primary", QStringLiteral("play"),
                         tr("Starts or pauses the timer."));
    m_reset = makeButton(tr("Start over"), QStringLiteral("timerReset"), this, nullptr, QStringLiteral("reset"),
                         tr("Sets the timer back to the beginning."));
    buttons->addWidget(m_start);
    buttons->addWidget(m_reset);
    buttons->addStretch(1);
    side->addLayout(buttons);
    side->addStretch(1);
    layout->addLayout(side, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &CountdownPanel::tick);
    connect(m_start, &QPushButton::clicked, this, &CountdownPanel::toggle);
    connect(m_reset, &QPushButton::clicked, this, &CountdownPanel::reset);
    refresh();
}

bool CountdownPanel::running() const
{
    return m_timer->isActive();
}

int CountdownPanel::elapsedSeconds() const
{
    const qint64 ms = m_banked + (running() ? m_clock.elapsed() : 0);
    return int(std::min<qint64>(ms / 1000, m_total));
}

void CountdownPanel::setTotal(int seconds)
{
    m_total = std::max(1, seconds);
    refresh();
}

void CountdownPanel::toggle()
{
    if (running()) {
        m_banked += m_clock.elapsed();
        m_timer->stop();
    } else {
        if (m_completed)
            reset();
        m_started = true;
        m_clock.start();
        m_timer->start();
    }
    refresh();
    Q_EMIT changed();
}

void CountdownPanel::reset()
{
    m_timer->stop();
    m_banked = 0;
    m_completed = false;
    refresh();
    Q_EMIT changed();
}

void CountdownPanel::restore(int seconds, bool completed)
{
    m_timer->stop();
    m_banked = qint64(std::clamp(seconds, 0, m_total)) * 1000;
    m_completed = completed;
    m_started = seconds > 0 || completed;
    refresh();
}

void CountdownPanel::tick()
{
    if (elapsedSeconds() >= m_total) {
        m_banked = qint64(m_total) * 1000;
        m_timer->stop();
        m_completed = true;
        refresh();
        Q_EMIT changed();
        Q_EMIT finished();
        return;
    }
    refresh();
}

void CountdownPanel::refresh()
{
    const int elapsed = elapsedSeconds();
    m_ring->setProgress(double(m_banked + (running() ? m_clock.elapsed() : 0)) / (m_total * 1000.0));
    m_ring->setCentreText(clockText(m_total - elapsed), m_caption);
    m_start->setText(running() ? tr("Pause") : (m_banked > 0 && !m_completed ? tr("Carry on") : tr("Start")));
    m_start->setAccessibleName(m_start->text());
    m_start->setIcon(
        icons::tinted(running() ? QStringLiteral("pause") : QStringLiteral("play"), QPalette::HighlightedText));
    m_reset->setEnabled(m_banked > 0 || running());
    if (m_completed)
        m_status->setText(tr("Time is up. Take a moment before you go on."));
    else if (running())
        m_status->setText(tr("Take your time. You can pause whenever you like."));
    else if (m_banked > 0)
        m_status->setText(tr("Paused."));
    else
        m_status->setText(tr("Start whenever you are ready."));
}

TimerCard::TimerCard(const nlohmann::json& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent)
{
    const std::string label = text("label");
    m_countdown = new CountdownPanel(card.value("seconds", 30), label.empty() ? tr("remaining") : qs(label), this);
    content()->addWidget(m_countdown);
    connect(m_countdown, &CountdownPanel::changed, this, &CardWidget::answerChanged);
    addFooter(false);
}

nlohmann::json TimerCard::answer() const
{
    return timeAnswer(m_countdown);
}
void TimerCard::setAnswer(const nlohmann::json& answer)
{
    restoreTime(m_countdown, answer);
}
QWidget* TimerCard::focusTarget() const
{
    return m_countdown->startButton();
}

BreathingCard::BreathingCard(const nlohmann::json& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent)
{
    const std::string patternId = text("pattern");
    const nlohmann::json pattern = findById(context.regulation, "patterns", patternId);
    int minutes = card.value("minutes", 0);
    if (minutes <= 0 && pattern.is_object())
        minutes = pattern.value("default_minutes", 5);
    minutes = std::clamp(minutes <= 0 ? 5 : minutes, 1, 10);

    auto* rhythm = makeFrame("soft", this, QStringLiteral("breathingRhythm"));
    auto* rhythmLayout = new QVBoxLayout(rhythm);
    rhythmLayout->setContentsMargins(18, 14, 18, 14);
    rhythmLayout->setSpacing(6);
    if (pattern.is_object()) {
        rhythmLayout->addWidget(makeLabel(qs(pattern.value("title", std::string())), "heading", rhythm));
        const std::string description = pattern.value("description", std::string());
        if (!description.empty())
            rhythmLayout->addWidget(makeLabel(contentToHtml(description), "body", rhythm, true));
        QStringList steps;
        if (pattern.contains("phases") && pattern["phases"].is_array()) {
            for (const auto& phase : pattern["phases"]) {
                if (phase.is_object())
                    steps << tr("%1 for %2 s")
                                 .arg(phaseName(phase.value("phase", std::string())))
                                 .arg(phase.value("seconds", 0.0));
            }
        }
        QLabel* phases = makeLabel(steps.join(QStringLiteral("  ·  ")), "body", rhythm);
        phases->setObjectName(QStringLiteral("breathingPhases"));
        rhythmLayout->addWidget(phases);
    } else {
        rhythmLayout->addWidget(
            makeLabel(tr("Breathe in gently through your nose, then let a slightly longer breath out. Let it be easy."),
                      "body", rhythm));
    }
    rhythmLayout->addWidget(
        makeLabel(tr("Follow the rhythm at your own pace while the ring counts the minutes."), "muted", rhythm));
    content()->addWidget(rhythm);

    m_countdown = new CountdownPanel(minutes * 60, tr("breathing"), this);
    content()->addWidget(m_countdown);
    connect(m_countdown, &CountdownPanel::changed, this, &CardWidget::answerChanged);

    const std::string caution = pattern.is_object() ? pattern.value("caution", std::string()) : std::string();
    QLabel* note = makeLabel(caution.empty() ? tr("If you feel dizzy or tingly, stop and breathe normally.")
                                             : contentToHtml(caution),
                             "warmNote", this, !caution.empty());
    note->setObjectName(QStringLiteral("breathingCaution"));
    content()->addWidget(note);
    addFooter(false);
}

nlohmann::json BreathingCard::answer() const
{
    return timeAnswer(m_countdown);
}
void BreathingCard::setAnswer(const nlohmann::json& answer)
{
    restoreTime(m_countdown, answer);
}
QWidget* BreathingCard::focusTarget() const
{
    return m_countdown->startButton();
}

PracticeCard::PracticeCard(const nlohmann::json& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent)
{
    const std::string practiceId = text("practice");
    const std::string tag = text("tag");
    if (!practiceId.empty()) {
        const nlohmann::json practice = findById(context.regulation, "practices", practiceId);
        if (practice.is_object())
            m_offered.push_back(practice);
    } else if (!tag.empty() && context.regulation.is_object() && context.regulation.contains("practices")) {
        for (const auto& practice : context.regulation["practices"]) {
            if (practice.is_object() && practice.value("tag", std::string()) == tag)
                m_offered.push_back(practice);
        }
    }

    if (m_offered.size() > 1) {
        content()->addWidget(makeLabel(tr("Choose one that appeals to you right now:"), "body", this));
        auto* holder = new QWidget(this);
        holder->setObjectName(QStringLiteral("practicePicker"));
        auto* flow = new FlowLayout(holder, 10);
        m_picker = new QButtonGroup(this);
        for (const auto& practice : m_offered) {
            const std::string id = practice.value("id", std::string());
            auto* chip = new Chip(qs(practice.value("title", id)), QStringLiteral("practice-") + qs(id), holder);
            chip->setProperty("practiceId", qs(id));
            chip->setAccessibleDescription(tr("Shows the steps of this practice."));
            m_picker->addButton(chip);
            flow->addWidget(chip);
        }
        connect(m_picker, &QButtonGroup::buttonClicked, this, [this](QAbstractButton* button) {
            showPractice(ss(button->property("practiceId").toString()));
            Q_EMIT answerChanged();
        });
        content()->addWidget(holder);
    }

    m_detail = makeFrame("soft", this, QStringLiteral("practiceDetail"));
    m_detailLayout = new QVBoxLayout(m_detail);
    m_detailLayout->setContentsMargins(18, 14, 18, 14);
    m_detailLayout->setSpacing(8);
    content()->addWidget(m_detail);

    m_done = new QCheckBox(tr("I did this practice"), this);
    name(m_done, QStringLiteral("practiceDone"), tr("I did this practice"),
         tr("Tick when you have finished, so you can see later what helped."));
    connect(m_done, &QCheckBox::toggled, this, &CardWidget::answerChanged);
    content()->addWidget(m_done);
    addFooter(false);

    if (m_offered.size() == 1)
        showPractice(m_offered.front().value("id", std::string()));
    else if (m_offered.empty())
        m_detailLayout->addWidget(
            makeLabel(tr("This practice could not be found in the practices library. You can skip this card."), "muted",
                      m_detail));
    else
        m_detail->hide();
}

void PracticeCard::showPractice(const std::string& id)
{
    m_current = id;
    while (QLayoutItem* item = m_detailLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto it = std::find_if(m_offered.begin(), m_offered.end(),
                                 [&](const nlohmann::json& p) { return p.value("id", std::string()) == id; });
    if (it == m_offered.end()) {
        m_detail->hide();
        return;
    }
    const nlohmann::json& practice = *it;
    QString heading = qs(practice.value("title", id));
    if (const int minutes = practice.value("minutes", 0); minutes > 0)
        heading +=
            QStringLiteral("  ·  ") + (minutes == 1 ? tr("about a minute") : tr("about %1 minutes").arg(minutes));
    m_detailLayout->addWidget(makeLabel(heading, "heading", m_detail));
    if (practice.contains("steps") && practice["steps"].is_array()) {
        int number = 1;
        for (const auto& step : practice["steps"]) {
            if (!step.is_string())
                continue;
            QLabel* line = makeLabel(QStringLiteral("%1.  ").arg(number++) + contentToHtml(step.get<std::string>()),
                                     "body", m_detail, true);
            line->setObjectName(QStringLiteral("practiceStep"));
            m_detailLayout->addWidget(line);
        }
    }
    const std::string evidence = practice.value("evidence", std::string());
    if (!evidence.empty())
        m_detailLayout->addWidget(makeLabel(contentToHtml(evidence), "small", m_detail, true));
    m_detail->show();
}

nlohmann::json PracticeCard::answer() const
{
    // With one practice there is nothing to choose: only "I did this" makes an answer.
    if (m_current.empty() || (m_offered.size() == 1 && !m_done->isChecked()))
        return nullptr;
    return {{"practice", m_current}, {"completed", m_done->isChecked()}};
}

void PracticeCard::setAnswer(const nlohmann::json& answer)
{
    const QSignalBlocker block(this);
    if (!answer.is_object()) {
        m_done->setChecked(false);
        return;
    }
    const std::string id = answer.value("practice", std::string());
    if (m_picker) {
        for (QAbstractButton* button : m_picker->buttons())
            button->setChecked(ss(button->property("practiceId").toString()) == id);
    }
    showPractice(id);
    m_done->setChecked(answer.value("completed", false));
}

} // namespace tend::ui
