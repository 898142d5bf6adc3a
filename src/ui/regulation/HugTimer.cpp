#include "ui/regulation/HugTimer.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "tend/common/Log.h"
#include "ui/regulation/FillRing.h"
#include "ui/regulation/RegulationControls.h"
#include "ui/regulation/RegulationQt.h"

namespace tend::ui::regulation {

using namespace tend::regulation;

namespace {
constexpr double kEndFadeSeconds = 1.5;
constexpr int kFrameMs = 33; // a 30-second ring needs no more than 30 frames a second

StartPauseWords startPauseWords()
{
    return {HugTimer::tr("&Start"),     HugTimer::tr("Start the timer"),
            HugTimer::tr("&Pause"),     HugTimer::tr("Pause the timer"),
            HugTimer::tr("Res&ume"),    HugTimer::tr("Resume the timer"),
            HugTimer::tr("Once &more"), HugTimer::tr("Run the timer once more")};
}
} // namespace

HugTimer::HugTimer(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("hugTimer"));
    setAccessibleName(tr("Re-bonding timer"));

    m_title = makeText(this, QStringLiteral("hugTitle"), tr("Title"), Qt::AlignCenter);
    m_title->setFont(scaledFont(font(), 1.15, QFont::DemiBold));
    m_body = makeText(this, QStringLiteral("hugBody"), tr("Invitation"), Qt::AlignCenter, true);

    m_ring = new FillRing(this);
    m_ring->setObjectName(QStringLiteral("hugRing"));

    m_lengthLabel = makeText(this, QStringLiteral("hugLengthLabel"), tr("Length"));
    m_lengthLabel->setText(tr("&Length"));
    m_length = new QSpinBox(this);
    m_length->setObjectName(QStringLiteral("hugLength"));
    m_length->setAccessibleName(tr("Length in seconds"));
    m_length->setRange(kMinSeconds, kMaxSeconds);
    m_length->setSingleStep(5);
    m_length->setSuffix(tr(" seconds"));
    m_length->setValue(m_seconds);
    m_lengthLabel->setBuddy(m_length);

    m_startPause = makeStartPause(this, QStringLiteral("hugStartPause"));
    m_reset = makeControl(this, QStringLiteral("hugReset"), tr("Start &over"), tr("Start the timer over"));

    m_optional = makeText(this, QStringLiteral("hugOptional"), tr("Touch is optional"), Qt::AlignCenter, true);
    m_alternatives =
        makeText(this, QStringLiteral("hugAlternatives"), tr("Other ways to reconnect"), Qt::AlignCenter, true);

    m_lengthRow = new QHBoxLayout;
    m_lengthRow->addStretch(1);
    m_lengthRow->addWidget(m_lengthLabel);
    m_lengthRow->addWidget(m_length);
    m_lengthRow->addStretch(1);
    m_buttonRow = new QHBoxLayout;
    m_buttonRow->addStretch(1);
    m_buttonRow->addWidget(m_reset);
    m_buttonRow->addWidget(m_startPause);
    m_buttonRow->addStretch(1);
    m_controls = new QBoxLayout(QBoxLayout::LeftToRight);
    m_controls->setSpacing(8);
    m_controls->addLayout(m_lengthRow);
    m_controls->addLayout(m_buttonRow);
    auto* controls = m_controls;

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_ring, 1);
    layout->addLayout(controls);
    layout->addSpacing(4);
    layout->addWidget(m_optional);
    layout->addWidget(m_alternatives);
    setTabOrder(m_startPause, m_reset);
    setTabOrder(m_reset, m_length);

    m_frame = new QTimer(this);
    m_frame->setInterval(kFrameMs);
    connect(m_frame, &QTimer::timeout, this, &HugTimer::advance);
    connect(m_startPause, &QPushButton::clicked, this, &HugTimer::togglePause);
    connect(m_reset, &QPushButton::clicked, this, &HugTimer::reset);
    connect(m_length, &QSpinBox::valueChanged, this, [this](int value) {
        if (value == m_seconds)
            return;
        setSeconds(value);
        Q_EMIT secondsChanged(value);
    });

    rebuild();
    refreshTexts();
}

void HugTimer::setTexts(const RegulationTexts& texts)
{
    m_texts = texts;
    refreshTexts();
    advance();
}

void HugTimer::setIdeas(const std::vector<RebondingIdea>& ideas)
{
    m_ideas = ideas;
    refreshTexts();
}

void HugTimer::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &m_steady;
    rebuild();
}

void HugTimer::setSeconds(int seconds)
{
    seconds = std::clamp(seconds, kMinSeconds, kMaxSeconds);
    if (m_length->value() != seconds)
        m_length->setValue(seconds);
    if (seconds == m_seconds)
        return;
    m_seconds = seconds;
    if (m_state == State::Idle || m_state == State::Finished)
        rebuild();
    refreshTexts();
}

void HugTimer::setIntroVisible(bool visible)
{
    m_title->setVisible(visible);
    m_body->setVisible(visible);
}

double HugTimer::elapsedSeconds() const
{
    return m_timeline ? m_timeline->elapsedSeconds() : 0.0;
}

double HugTimer::progress() const
{
    return m_timeline ? m_timeline->sample().progress : 0.0;
}

double HugTimer::endBlend() const
{
    return m_ring->doneBlend();
}

QString HugTimer::ringText() const
{
    return m_ring->centreText();
}

QString HugTimer::alternativesText() const
{
    return m_alternatives->text();
}

QWidget* HugTimer::focusTarget() const
{
    return m_startPause;
}

void HugTimer::rebuild()
{
    m_timeline.reset();
    m_endFade.reset();
    auto made = PracticeTimeline::create(1, m_seconds, *m_clock);
    if (made)
        m_timeline.emplace(std::move(made.value()));
    m_ring->setDoneBlend(0.0);
    setState(State::Idle);
    advance();
}

void HugTimer::start()
{
    if (!m_timeline)
        return;
    m_endFade.reset();
    m_ring->setDoneBlend(0.0);
    m_timeline->start();
    setState(State::Running);
    Q_EMIT started();
    advance();
}

void HugTimer::pause()
{
    if (m_state != State::Running)
        return;
    m_timeline->pause();
    setState(State::Paused);
    advance();
}

void HugTimer::resume()
{
    if (m_state != State::Paused)
        return;
    m_timeline->resume();
    setState(State::Running);
    advance();
}

void HugTimer::togglePause()
{
    toggleRun(
        m_state, [this] { start(); }, [this] { pause(); }, [this] { resume(); });
}

void HugTimer::reset()
{
    rebuild();
}

void HugTimer::advance()
{
    if (!m_timeline)
        return;
    const auto s = m_timeline->sample();
    m_ring->setProgress(s.progress);
    if (m_state == State::Running && s.finished) {
        m_endFade.emplace(*m_clock);
        m_endFade->start();
        setState(State::Finished);
        log::get("regulation")->info("re-bonding timer completed: {} s", m_seconds);
        Q_EMIT finished(s.elapsedSeconds);
    }
    if (m_state == State::Finished) {
        const double fade =
            m_endFade ? std::chrono::duration<double>(m_endFade->elapsed()).count() / kEndFadeSeconds : 1.0;
        // Eased, so the colour drifts rather than switches.
        const double eased = (1.0 - std::cos(3.14159265358979 * std::clamp(fade, 0.0, 1.0))) / 2.0;
        m_ring->setDoneBlend(eased);
        m_ring->setCentreText(textOf(m_texts, "hug.end"));
        if (fade >= 1.0)
            m_frame->stop();
        return;
    }
    const int left = static_cast<int>(std::ceil(s.remainingSeconds - 1e-6));
    m_ring->setCentreText(m_state == State::Paused ? tr("Paused") : QString::number(left));
}

void HugTimer::setState(State state)
{
    m_state = state;
    showRunState(m_startPause, state, startPauseWords());
    m_length->setEnabled(state == State::Idle || state == State::Finished);
    m_reset->setEnabled(state != State::Idle);
    updateTimer();
}

void HugTimer::updateTimer()
{
    const bool animate = (m_state == State::Running || (m_state == State::Finished && m_endFade)) && isVisible();
    if (animate && !m_frame->isActive())
        m_frame->start();
    else if (!animate)
        m_frame->stop();
}

void HugTimer::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

void HugTimer::fitControls()
{
    const int lengthWidth = m_lengthRow->sizeHint().width();
    const int buttonWidth = m_buttonRow->sizeHint().width();
    const int oneRow = lengthWidth + m_controls->spacing() + buttonWidth;
    const auto direction = width() >= oneRow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_controls->direction() != direction)
        m_controls->setDirection(direction);
    const QMargins margins = layout()->contentsMargins();
    setMinimumWidth(std::max({lengthWidth, buttonWidth, m_ring->minimumSizeHint().width()}) + margins.left() +
                    margins.right());
}

void HugTimer::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitControls();
}

void HugTimer::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitControls();
}

void HugTimer::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateTimer();
    advance();
}

void HugTimer::refreshTexts()
{
    m_title->setText(textOf(m_texts, "hug.title"));
    m_body->setText(qtext(m_texts.format("hug.body", {{"seconds", std::to_string(m_seconds)}})));
    m_optional->setText(textOf(m_texts, "hug.optional"));

    // Alternatives to the hug itself, in the ideas' order (lighter touch like holding hands, and ideas with no
    // touch at all); else the texts' short list.
    QStringList items;
    for (const auto& idea : m_ideas)
        if (idea.id.find("hug") == std::string::npos && !idea.title.empty() && items.size() < 4)
            items << qtext(idea.title);
    if (items.isEmpty())
        for (const auto& item : m_texts.list("hug.alternatives"))
            items << qtext(item);
    m_alternatives->setText(items.isEmpty() ? QString()
                                            : textOf(m_texts, "hug.alternatives_intro") % QLatin1Char('\n') %
                                                  items.join(QStringLiteral(" · ")));
}

} // namespace tend::ui::regulation
