#include "ui/regulation/LiftPractice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "tend/common/Log.h"
#include "ui/regulation/RegulationControls.h"
#include "ui/regulation/RegulationQt.h"

namespace tend::ui::regulation {

using namespace tend::regulation;

namespace {
constexpr int kTickMs = 100; // a step lasts tens of seconds; ten updates a second keep the line smooth
constexpr int kBarSteps = 1000;

StartPauseWords startPauseWords()
{
    return {LiftPractice::tr("&Start"),       LiftPractice::tr("Start the practice"),
            LiftPractice::tr("&Pause"),       LiftPractice::tr("Pause the practice"),
            LiftPractice::tr("Res&ume"),      LiftPractice::tr("Resume the practice"),
            LiftPractice::tr("Start &again"), LiftPractice::tr("Start the practice again")};
}
} // namespace

LiftPractice::LiftPractice(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("liftPractice"));
    setAccessibleName(tr("Guided practice"));

    m_title = makeText(this, QStringLiteral("practiceTitle"), tr("Practice"), Qt::AlignLeft | Qt::AlignVCenter, true);
    m_title->setFont(scaledFont(font(), 1.15, QFont::DemiBold));
    m_counter = makeText(this, QStringLiteral("practiceStepCounter"), tr("Step number"));
    muteText(m_counter);

    m_text =
        makeText(this, QStringLiteral("practiceStepText"), tr("Current step"), Qt::AlignLeft | Qt::AlignVCenter, true);
    m_text->setMinimumHeight(96);
    m_text->setFont(scaledFont(font(), 1.3));

    m_stepProgress = new QProgressBar(this);
    m_stepProgress->setObjectName(QStringLiteral("practiceStepProgress"));
    m_stepProgress->setAccessibleName(tr("Time in this step"));
    m_stepProgress->setRange(0, kBarSteps);
    m_stepProgress->setTextVisible(false);
    m_stepProgress->setMaximumHeight(6);

    m_timeLeft = makeText(this, QStringLiteral("practiceTimeLeft"), tr("Time left"));
    muteText(m_timeLeft);

    // The practice's own step buttons sit just above the session's Back and Next: they say "step" and are quiet,
    // so nobody takes them for the session's (or the session's for them).
    m_back =
        makeControl(this, QStringLiteral("practiceBack"), tr("Pre&vious step"), tr("Previous step of the practice"));
    m_back->setProperty("kind", QStringLiteral("quiet"));
    m_startPause = makeStartPause(this, QStringLiteral("practiceStartPause"));
    m_next = makeControl(this, QStringLiteral("practiceNext"));
    m_next->setProperty("kind", QStringLiteral("quiet"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_timeLeft);
    controls->addStretch(1);
    controls->addWidget(m_back);
    controls->addWidget(m_startPause);
    controls->addWidget(m_next);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_counter);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_stepProgress);
    layout->addLayout(controls);
    setTabOrder(m_startPause, m_next);
    setTabOrder(m_next, m_back);

    m_frame = new QTimer(this);
    m_frame->setInterval(kTickMs);
    connect(m_frame, &QTimer::timeout, this, &LiftPractice::advance);
    connect(m_startPause, &QPushButton::clicked, this, &LiftPractice::togglePause);
    connect(m_next, &QPushButton::clicked, this, &LiftPractice::next);
    connect(m_back, &QPushButton::clicked, this, &LiftPractice::back);
    setState(State::Idle);
}

void LiftPractice::setTexts(const RegulationTexts& texts)
{
    m_texts = texts;
    advance();
}

bool LiftPractice::setPractice(const Practice& practice)
{
    if (practice.steps.empty())
        return false;
    m_practice = practice;
    m_title->setText(qtext(practice.title));
    rebuild();
    return true;
}

void LiftPractice::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &m_steady;
    rebuild();
}

QString LiftPractice::stepText() const
{
    return m_text->text();
}

QString LiftPractice::practiceId() const
{
    return m_practice ? qtext(m_practice->id) : QString();
}

double LiftPractice::elapsedSeconds() const
{
    return m_timeline ? m_timeline->elapsedSeconds() : 0.0;
}

QWidget* LiftPractice::focusTarget() const
{
    return m_startPause;
}

void LiftPractice::rebuild()
{
    m_timeline.reset();
    m_step = -1;
    if (m_practice) {
        const double total = std::max(1, m_practice->minutes) * 60.0;
        auto made = PracticeTimeline::create(m_practice->steps.size(), total, *m_clock);
        if (made)
            m_timeline.emplace(std::move(made.value()));
    }
    setState(State::Idle);
    advance();
}

void LiftPractice::start()
{
    if (!m_timeline)
        return;
    m_timeline->start();
    setState(State::Running);
    log::get("regulation")->info("guided practice started");
    Q_EMIT started();
    advance();
}

void LiftPractice::pause()
{
    if (m_state != State::Running)
        return;
    m_timeline->pause();
    setState(State::Paused);
    advance();
}

void LiftPractice::resume()
{
    if (m_state != State::Paused)
        return;
    m_timeline->resume();
    setState(State::Running);
    advance();
}

void LiftPractice::togglePause()
{
    toggleRun(
        m_state, [this] { start(); }, [this] { pause(); }, [this] { resume(); });
}

void LiftPractice::next()
{
    if (!m_timeline || m_state == State::Finished)
        return;
    if (m_state == State::Idle) {
        m_timeline->start();
        setState(State::Running);
        Q_EMIT started();
    }
    m_timeline->nextStep();
    advance();
}

void LiftPractice::back()
{
    if (!m_timeline || m_state == State::Idle)
        return;
    if (m_state == State::Finished)
        setState(State::Paused); // going back after the end: stay on that step until they choose to go on
    m_timeline->previousStep();
    if (m_state == State::Paused && !m_timeline->paused())
        m_timeline->pause();
    advance();
}

void LiftPractice::advance()
{
    if (!m_timeline || !m_practice) {
        m_text->clear();
        return;
    }
    const auto s = m_timeline->sample();
    if ((m_state == State::Running || m_state == State::Paused) && s.finished) {
        setState(State::Finished);
        m_step = -1; // so going back shows the step text again
        m_text->setText(textOf(m_texts, "lift.finished"));
        m_counter->setText(tr("Done"));
        m_stepProgress->setValue(kBarSteps);
        m_timeLeft->clear();
        log::get("regulation")->info("guided practice completed");
        Q_EMIT finished(practiceId(), true);
        return;
    }
    if (m_state == State::Finished)
        return;
    showStep(static_cast<int>(s.step));
    m_stepProgress->setValue(m_state == State::Idle ? 0 : static_cast<int>(std::lround(s.stepProgress * kBarSteps)));
    const QString left =
        m_state == State::Idle
            ? (m_practice->minutes <= 1 ? tr("About 1 minute") : tr("About %1 minutes").arg(m_practice->minutes))
            : (m_state == State::Paused ? tr("Paused") : tr("%1 left").arg(clockText(s.remainingSeconds)));
    if (m_timeLeft->text() != left)
        m_timeLeft->setText(left);
}

void LiftPractice::showStep(int step)
{
    if (step == m_step)
        return;
    m_step = step;
    const int count = static_cast<int>(m_practice->steps.size());
    m_counter->setText(tr("Practice step %1 of %2").arg(step + 1).arg(count));
    m_text->setText(qtext(m_practice->steps[static_cast<std::size_t>(step)]));
    const bool last = step + 1 >= count;
    m_next->setText(last ? tr("&Finish practice") : tr("&Next step"));
    m_next->setAccessibleName(last ? tr("Finish the practice") : tr("Next step of the practice"));
    m_back->setEnabled(m_state != State::Idle && step > 0);
    Q_EMIT stepChanged(step);
}

void LiftPractice::setState(State state)
{
    m_state = state;
    showRunState(m_startPause, state, startPauseWords());
    m_startPause->setEnabled(m_timeline.has_value());
    m_next->setEnabled(m_timeline.has_value() && state != State::Finished);
    m_back->setEnabled(state != State::Idle && state != State::Finished && m_step > 0);
    if (state == State::Finished)
        m_back->setEnabled(true);
    if (state == State::Idle)
        m_step = -1; // show the first step again
    updateTimer();
}

void LiftPractice::updateTimer()
{
    const bool animate = m_state == State::Running && isVisible();
    if (animate && !m_frame->isActive())
        m_frame->start();
    else if (!animate)
        m_frame->stop();
}

void LiftPractice::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

void LiftPractice::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        muteText(m_counter);
        muteText(m_timeLeft);
    }
}

void LiftPractice::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateTimer();
    advance();
}

} // namespace tend::ui::regulation
