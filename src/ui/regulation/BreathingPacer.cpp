#include "ui/regulation/BreathingPacer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

#include "tend/common/Log.h"
#include "ui/regulation/BreathingOrb.h"
#include "ui/regulation/RegulationControls.h"
#include "ui/regulation/RegulationQt.h"

namespace tend::ui::regulation {

using namespace tend::regulation;

namespace {

QString minutesText(int minutes)
{
    return minutes == 1 ? BreathingPacer::tr("1 minute") : BreathingPacer::tr("%1 minutes").arg(minutes);
}

QString breathsText(int breaths)
{
    return breaths == 1 ? BreathingPacer::tr("1 breath") : BreathingPacer::tr("%1 breaths").arg(breaths);
}

StartPauseWords startPauseWords()
{
    return {BreathingPacer::tr("&Start"),       BreathingPacer::tr("Start breathing"),
            BreathingPacer::tr("&Pause"),       BreathingPacer::tr("Pause breathing"),
            BreathingPacer::tr("Res&ume"),      BreathingPacer::tr("Resume breathing"),
            BreathingPacer::tr("&Start again"), BreathingPacer::tr("Start breathing again")};
}

} // namespace

BreathingPacer::BreathingPacer(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("breathingPacer"));
    setAccessibleName(tr("Breathing pacer"));

    m_title = makeText(this, QStringLiteral("pacerTitle"), tr("Breathing pattern"), Qt::AlignCenter, true);
    m_title->setFont(scaledFont(font(), 1.15, QFont::DemiBold));

    m_orb = new BreathingOrb(this);

    m_phase = makeText(this, QStringLiteral("pacerPhase"), tr("Breathing phase"), Qt::AlignCenter);
    m_phase->setFont(scaledFont(font(), 1.75));
    m_phase->setTextFormat(Qt::PlainText);

    m_count = makeText(this, QStringLiteral("pacerCount"), tr("Seconds left in this phase"), Qt::AlignCenter);
    m_count->setFont(scaledFont(font(), 1.3, QFont::Light));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("00")));
    muteText(m_count);

    m_progress = makeText(this, QStringLiteral("pacerProgress"), tr("Breaths and time left"), Qt::AlignCenter, true);
    muteText(m_progress);

    auto* lengthLabel = new QLabel(tr("&Length"), this);
    lengthLabel->setObjectName(QStringLiteral("pacerLengthLabel"));
    m_length = new QComboBox(this);
    m_length->setObjectName(QStringLiteral("pacerLength"));
    m_length->setAccessibleName(tr("Length in minutes"));
    for (int minutes = PatternLimits::kMinMinutes; minutes <= PatternLimits::kMaxMinutes; ++minutes)
        m_length->addItem(minutesText(minutes), minutes);
    lengthLabel->setBuddy(m_length);

    m_reduced = new QCheckBox(tr("&Reduced motion"), this);
    m_reduced->setObjectName(QStringLiteral("pacerReducedMotion"));
    m_reduced->setAccessibleName(tr("Reduced motion"));
    m_reduced->setToolTip(tr("Keep the circle still and follow a slow change of brightness instead."));

    m_startPause = makeStartPause(this, QStringLiteral("pacerStartPause"));
    m_end = makeControl(this, QStringLiteral("pacerEnd"), tr("&End"), tr("End the breathing practice"));

    m_safety = makeText(this, QStringLiteral("pacerSafety"), tr("Safety note"), Qt::AlignCenter, true);
    m_caution = makeText(this, QStringLiteral("pacerCaution"), tr("Caution"), Qt::AlignCenter, true);
    m_caution->setFont(scaledFont(font(), 0.92));
    muteText(m_caution);

    // The phase word stays centred whatever its length; the count sits just to its right.
    auto* words = new QGridLayout;
    words->setHorizontalSpacing(14);
    words->addWidget(m_phase, 0, 1, Qt::AlignCenter);
    words->addWidget(m_count, 0, 2, Qt::AlignLeft | Qt::AlignVCenter);
    words->setColumnStretch(0, 1);
    words->setColumnStretch(2, 1);

    // Two short rows rather than one long one, so a narrow window at the largest text still has room: Start and
    // End first, then the settings.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_startPause);
    buttons->addWidget(m_end);
    buttons->addStretch(1);
    auto* settings = new QHBoxLayout;
    settings->addWidget(lengthLabel);
    settings->addWidget(m_length);
    settings->addSpacing(12);
    settings->addWidget(m_reduced);
    settings->addStretch(1);
    auto* controls = new QVBoxLayout;
    controls->setSpacing(8);
    controls->addLayout(buttons);
    controls->addLayout(settings);

    // The controls come first, under the title: Start is in view without scrolling on a short window, and the
    // circle below it is what the eyes rest on once it runs.
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addLayout(controls);
    layout->addSpacing(6);
    layout->addWidget(m_orb, 1);
    layout->addLayout(words);
    layout->addWidget(m_progress);
    layout->addSpacing(4);
    layout->addWidget(m_safety);
    layout->addWidget(m_caution);

    setTabOrder(m_startPause, m_end);
    setTabOrder(m_end, m_length);
    setTabOrder(m_length, m_reduced);

    m_frame = new QTimer(this);
    m_frame->setTimerType(Qt::PreciseTimer);
    connect(m_frame, &QTimer::timeout, this, &BreathingPacer::advance);
    connect(m_startPause, &QPushButton::clicked, this, &BreathingPacer::togglePause);
    connect(m_end, &QPushButton::clicked, this, &BreathingPacer::stop);
    connect(m_length, &QComboBox::activated, this, [this](int index) {
        setMinutes(m_length->itemData(index).toInt());
        Q_EMIT minutesChanged(m_minutes);
    });
    connect(m_reduced, &QCheckBox::toggled, this, [this](bool on) {
        setReducedMotion(on);
        Q_EMIT reducedMotionChanged(on);
    });

    m_length->setCurrentIndex(m_minutes - PatternLimits::kMinMinutes);
    refreshStatic();
    refreshControls();
}

BreathingPacer::~BreathingPacer() = default;

void BreathingPacer::setTexts(const RegulationTexts& texts)
{
    m_texts = texts;
    refreshStatic();
    advance();
}

bool BreathingPacer::setPattern(const BreathingPattern& pattern, QString* error)
{
    if (auto checked = validatePattern(pattern); !checked) {
        if (error)
            *error = qtext(checked.error().message);
        log::get("regulation")->warn("pacer refused an unsafe pattern");
        m_pattern.reset();
        m_timeline.reset();
        setState(State::Idle);
        refreshStatic();
        return false;
    }
    m_pattern = pattern;
    if (m_state == State::Idle || m_state == State::Finished)
        setMinutes(std::clamp(pattern.defaultMinutes, PatternLimits::kMinMinutes, PatternLimits::kMaxMinutes));
    rebuildTimeline();
    return true;
}

void BreathingPacer::setClock(const Clock* clock)
{
    m_clock = clock ? clock : &m_steady;
    rebuildTimeline();
}

void BreathingPacer::setMinutes(int minutes)
{
    minutes = std::clamp(minutes, PatternLimits::kMinMinutes, PatternLimits::kMaxMinutes);
    m_length->setCurrentIndex(minutes - PatternLimits::kMinMinutes);
    if (minutes == m_minutes && m_timeline)
        return;
    m_minutes = minutes;
    if (m_state == State::Idle || m_state == State::Finished)
        rebuildTimeline();
}

void BreathingPacer::rebuildTimeline()
{
    m_timeline.reset();
    m_elapsedAtStop = 0.0;
    if (m_pattern) {
        auto made = BreathingTimeline::create(*m_pattern, m_minutes, *m_clock);
        if (made)
            m_timeline.emplace(std::move(made.value()));
    }
    setState(State::Idle);
    refreshStatic();
    advance();
}

void BreathingPacer::setReducedMotion(bool reduced)
{
    if (m_reduced->isChecked() != reduced)
        m_reduced->setChecked(reduced); // comes back here through toggled()
    m_orb->setReducedMotion(reduced);
    updateFrameTimer();
}

bool BreathingPacer::reducedMotion() const
{
    return m_orb->reducedMotion();
}

void BreathingPacer::setTitleVisible(bool visible)
{
    m_title->setVisible(visible);
}

double BreathingPacer::elapsedSeconds() const
{
    if (!m_timeline)
        return 0.0;
    if (m_state == State::Idle)
        return m_elapsedAtStop;
    return std::min(m_timeline->elapsedSeconds(), m_timeline->totalSeconds());
}

BreathSample BreathingPacer::currentSample() const
{
    return m_timeline ? m_timeline->sample() : BreathSample{};
}

QString BreathingPacer::phaseText() const
{
    return m_phase->text();
}

QString BreathingPacer::countText() const
{
    return m_count->text();
}

int BreathingPacer::frameIntervalMs() const
{
    // A slow brightness fade needs far fewer frames than a moving orb.
    if (reducedMotion())
        return 50;
    const QScreen* display = screen();
    const double hz = display && display->refreshRate() >= 30.0 ? display->refreshRate() : 60.0;
    return std::max(8, static_cast<int>(std::floor(1000.0 / hz)));
}

QWidget* BreathingPacer::focusTarget() const
{
    return m_startPause;
}

void BreathingPacer::start()
{
    if (!m_timeline)
        return;
    m_timeline->start();
    m_lastPhaseIndex = -1;
    m_lastCycle = -1;
    setState(State::Running);
    log::get("regulation")->info("breathing started: {} minutes", m_minutes);
    Q_EMIT started();
    advance();
}

void BreathingPacer::pause()
{
    if (m_state != State::Running)
        return;
    m_timeline->pause();
    setState(State::Paused);
    advance();
    Q_EMIT pausedChanged(true);
}

void BreathingPacer::resume()
{
    if (m_state != State::Paused)
        return;
    m_timeline->resume();
    setState(State::Running);
    advance();
    Q_EMIT pausedChanged(false);
}

void BreathingPacer::togglePause()
{
    toggleRun(
        m_state, [this] { start(); }, [this] { pause(); }, [this] { resume(); });
}

void BreathingPacer::stop()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    const double spent = elapsedSeconds();
    m_timeline->reset();
    m_elapsedAtStop = spent;
    setState(State::Idle);
    advance();
    log::get("regulation")->info("breathing ended early after {:.0f} s", spent);
    Q_EMIT stopped(spent);
}

void BreathingPacer::advance()
{
    if (!m_timeline) {
        m_orb->setBreath(0.0, Phase::Rest, 0.0);
        return;
    }
    const BreathSample s = m_timeline->sample();
    if (m_state == State::Idle) {
        m_orb->setBreath(0.0, Phase::Rest, 0.0);
        setLabel(m_phase, QString());
        setLabel(m_count, QString());
        return;
    }

    m_orb->setBreath(s.lungLevel, s.phase, s.phaseProgress);
    if (m_state == State::Running && s.finished) {
        setState(State::Finished);
        setLabel(m_phase, textOf(m_texts, "pacer.done"));
        setLabel(m_count, QString());
        setLabel(m_progress, textOf(m_texts, "pacer.finished") % QStringLiteral("\n") % breathsText(s.totalCycles) %
                                 QStringLiteral(" · ") % clockText(s.elapsedSeconds));
        log::get("regulation")->info("breathing completed: {} breaths", s.totalCycles);
        Q_EMIT finished(s.elapsedSeconds);
        return;
    }
    if (m_state == State::Finished)
        return;

    const QString label = phaseLabel(m_texts, s.phase);
    const bool newPhase = static_cast<int>(s.phaseIndex) != m_lastPhaseIndex || s.cycle != m_lastCycle;
    setLabel(m_phase, label);
    setLabel(m_count, QString::number(std::max(1, static_cast<int>(std::ceil(s.phaseSecondsLeft - 1e-6)))));
    setLabel(m_progress, m_state == State::Paused ? textOf(m_texts, "pacer.paused")
                                                  : tr("Breath %1 of %2 · %3 left")
                                                        .arg(std::min(s.cycle + 1, s.totalCycles))
                                                        .arg(s.totalCycles)
                                                        .arg(clockText(s.remainingSeconds)));
    if (newPhase) {
        m_lastPhaseIndex = static_cast<int>(s.phaseIndex);
        m_lastCycle = s.cycle;
        Q_EMIT phaseChanged(label);
    }
}

void BreathingPacer::setLabel(QLabel* label, const QString& text)
{
    if (label->text() != text)
        label->setText(text); // QLabel relayouts on every setText; skip the unchanged ones
}

void BreathingPacer::setState(State state)
{
    m_state = state;
    refreshControls();
    updateFrameTimer();
    if (state == State::Idle || state == State::Finished)
        refreshStatic();
}

void BreathingPacer::refreshControls()
{
    const bool practising = m_state == State::Running || m_state == State::Paused;
    showRunState(m_startPause, m_state, startPauseWords());
    m_startPause->setEnabled(m_timeline.has_value());
    m_end->setEnabled(practising);
    m_length->setEnabled(!practising);
}

void BreathingPacer::refreshStatic()
{
    // Room for the longest phase word, so the words never shift the layout mid-breath.
    int widest = 0;
    for (auto phase : {Phase::Inhale, Phase::InhaleTop, Phase::Hold, Phase::Exhale, Phase::Rest})
        widest = std::max(widest, m_phase->fontMetrics().horizontalAdvance(phaseLabel(m_texts, phase)));
    widest = std::max(widest, m_phase->fontMetrics().horizontalAdvance(textOf(m_texts, "pacer.done")));
    m_phase->setMinimumWidth(widest + 4);
    m_title->setText(m_pattern ? qtext(m_pattern->title) : QString());
    // The pattern's own caution carries the stop-if-dizzy note in its words (a test holds the content to that);
    // without one, the built-in safety note and general caution stand in.
    if (m_pattern && !m_pattern->caution.empty()) {
        m_safety->setText(qtext(m_pattern->caution));
        m_caution->hide();
    } else {
        m_safety->setText(textOf(m_texts, "pacer.safety"));
        m_caution->setText(textOf(m_texts, "pacer.caution"));
        m_caution->show();
    }
    if (m_state == State::Idle && m_timeline) {
        setLabel(m_progress, textOf(m_texts, "pacer.ready") % QStringLiteral("\n") %
                                 breathsText(m_timeline->totalCycles()) % QStringLiteral(" · ") %
                                 clockText(m_timeline->totalSeconds()));
    } else if (!m_timeline) {
        setLabel(m_progress, QString());
    }
}

void BreathingPacer::updateFrameTimer()
{
    const bool animate = m_state == State::Running && isVisible();
    if (!animate) {
        m_frame->stop();
        return;
    }
    m_frame->setInterval(frameIntervalMs());
    if (!m_frame->isActive())
        m_frame->start();
}

void BreathingPacer::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    updateFrameTimer();
    advance();
}

void BreathingPacer::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    updateFrameTimer(); // the timeline keeps its own time; nothing is drawn while hidden
}

void BreathingPacer::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        muteText(m_count);
        muteText(m_progress);
        muteText(m_caution);
    }
}

} // namespace tend::ui::regulation
