#include "ui/cards/TimeCards.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "ui/theme/Icons.h"
#include "ui/theme/RichText.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/RingWidget.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

QString clockText(int seconds)
{
    seconds = std::max(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

engine::Answer timeAnswer(const CountdownPanel* countdown)
{
    if (!countdown->started())
        return nullptr;
    return {{"seconds", countdown->elapsedSeconds()}, {"completed", countdown->completed()}};
}

void restoreTime(CountdownPanel* countdown, const engine::Answer& answer)
{
    if (answer.is_object())
        countdown->restore(answer.value("seconds", 0), answer.value("completed", false));
    else
        countdown->restore(0, false);
}

} // namespace

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

TimerCard::TimerCard(const content::Card& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent)
{
    m_countdown = new CountdownPanel(card.seconds > 0 ? card.seconds : 30,
                                     card.label.empty() ? tr("remaining") : qs(card.label), this);
    content()->addWidget(m_countdown);
    connect(m_countdown, &CountdownPanel::changed, this, &CardWidget::answerChanged);
    addFooter(false);
}

engine::Answer TimerCard::answer() const
{
    return timeAnswer(m_countdown);
}
void TimerCard::setAnswer(const engine::Answer& answer)
{
    restoreTime(m_countdown, answer);
}
QWidget* TimerCard::focusTarget() const
{
    return m_countdown->startButton();
}

} // namespace tend::ui
