// Regulation widgets on a fake clock: the pacer's words follow the phases, reduced motion keeps the orb still,
// the hug timer completes gently, a lifting practice walks its steps, and reminders reach the shell once.
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>

#include <chrono>
#include <cmath>
#include <filesystem>

#include "RegulationTestSupport.h"
#include "tend/regulation/ReminderScheduler.h"
#include "ui/regulation/BreathingOrb.h"
#include "ui/regulation/BreathingPacer.h"
#include "ui/regulation/HugTimer.h"
#include "ui/regulation/LiftPractice.h"
#include "ui/regulation/RegulationQt.h"
#include "ui/regulation/ReminderService.h"

using namespace tend::regulation;
using namespace tend::ui::regulation;
using namespace std::chrono_literals;

namespace {

RegulationContent shippedContent()
{
    auto content = loadRegulationContent(std::filesystem::path(TEND_SOURCE_DIR) / "content");
    REQUIRE(content.ok());
    return std::move(content.value());
}

BreathingPattern slowSix()
{
    BreathingPattern p;
    p.id = "slow-six";
    p.title = "Slow breathing";
    p.phases = {{Phase::Inhale, 4}, {Phase::Exhale, 6}};
    return p;
}

// Every control a person can reach must carry a name for tests and screen readers.
void requireNamedControls(const QWidget& root)
{
    for (auto* control : root.findChildren<QWidget*>()) {
        const bool interactive = qobject_cast<QAbstractButton*>(control) || qobject_cast<QComboBox*>(control) ||
                                 qobject_cast<QAbstractSpinBox*>(control);
        if (!interactive)
            continue;
        INFO("control " << control->metaObject()->className() << " '" << control->objectName().toStdString() << "'");
        CHECK_FALSE(control->objectName().isEmpty());
        CHECK_FALSE(control->accessibleName().isEmpty());
        CHECK((control->focusPolicy() & Qt::TabFocus));
    }
}

} // namespace

TEST_CASE("pacer: the phase words follow every shipped pattern within 1 % over 10 cycles", "[regulation][ui][pacer]")
{
    const auto content = shippedContent();
    for (const auto& pattern : content.library.patterns) {
        INFO("pattern " << pattern.id);
        ManualClock clock;
        BreathingPacer pacer;
        pacer.setTexts(content.texts);
        pacer.setClock(&clock);
        REQUIRE(pacer.setPattern(pattern));
        pacer.setMinutes(10);
        pacer.start();
        REQUIRE(pacer.state() == BreathingPacer::State::Running);

        std::vector<std::pair<double, QString>> changes{{0.0, pacer.phaseText()}};
        double t = 0.0;
        const double end = 10 * pattern.cycleSeconds();
        while (t < end - 1e-9) {
            clock.advance(5ms);
            t += 0.005;
            pacer.advance();
            if (pacer.phaseText() != changes.back().second || pacer.currentSample().cycle >= 10)
                changes.emplace_back(t, pacer.phaseText());
            if (pacer.currentSample().cycle >= 10)
                break;
        }
        REQUIRE(changes.size() == pattern.phases.size() * 10 + 1);
        for (std::size_t i = 0; i + 1 < changes.size(); ++i) {
            const auto& phase = pattern.phases[i % pattern.phases.size()];
            INFO("change " << i);
            CHECK(changes[i].second == phaseLabel(content.texts, phase.phase));
            const double measured = changes[i + 1].first - changes[i].first;
            CHECK(std::abs(measured - phase.seconds) <= phase.seconds * 0.01);
        }
    }
}

TEST_CASE("pacer: count, pause and resume, end early, finish", "[regulation][ui][pacer]")
{
    ManualClock clock;
    BreathingPacer pacer;
    pacer.setClock(&clock);
    REQUIRE(pacer.setPattern(slowSix()));
    pacer.setMinutes(1);
    QSignalSpy finished(&pacer, &BreathingPacer::finished);
    QSignalSpy stopped(&pacer, &BreathingPacer::stopped);
    QSignalSpy phases(&pacer, &BreathingPacer::phaseChanged);

    pacer.start();
    CHECK(pacer.phaseText() == QStringLiteral("Breathe in"));
    CHECK(pacer.countText() == QStringLiteral("4"));
    clock.advance(1500ms);
    pacer.advance();
    CHECK(pacer.countText() == QStringLiteral("3"));

    pacer.pause();
    CHECK(pacer.state() == BreathingPacer::State::Paused);
    const double atPause = pacer.elapsedSeconds();
    clock.advance(60s);
    pacer.advance();
    CHECK(pacer.elapsedSeconds() == Approx(atPause));
    CHECK(pacer.findChild<QLabel*>(QStringLiteral("pacerProgress"))->text().contains(QStringLiteral("Paused")));
    pacer.togglePause();
    CHECK(pacer.state() == BreathingPacer::State::Running);
    clock.advance(3s);
    pacer.advance();
    CHECK(pacer.phaseText() == QStringLiteral("Breathe out"));
    CHECK(pacer.elapsedSeconds() == Approx(4.5));

    clock.advance(60s);
    pacer.advance();
    CHECK(pacer.state() == BreathingPacer::State::Finished);
    CHECK(pacer.completed());
    REQUIRE(finished.count() == 1);
    CHECK(finished.at(0).at(0).toDouble() == Approx(60.0));
    CHECK(phases.count() == 2); // each phase the pacer was shown in: in (at the start), out (after resuming)

    pacer.start(); // start again, then end early
    clock.advance(7s);
    pacer.advance();
    pacer.stop();
    REQUIRE(stopped.count() == 1);
    CHECK(stopped.at(0).at(0).toDouble() == Approx(7.0));
    CHECK(pacer.state() == BreathingPacer::State::Idle);
    CHECK_FALSE(pacer.completed());
    CHECK(pacer.elapsedSeconds() == Approx(7.0));
}

TEST_CASE("pacer: reduced motion keeps the orb's size and breathes with brightness", "[regulation][ui][pacer]")
{
    ManualClock clock;
    BreathingPacer pacer;
    pacer.setClock(&clock);
    REQUIRE(pacer.setPattern(slowSix()));
    pacer.resize(480, 600);
    pacer.show();

    const auto sweep = [&](double& minRadius, double& maxRadius, double& minBright, double& maxBright) {
        pacer.start();
        minRadius = minBright = 1e9;
        maxRadius = maxBright = -1;
        for (int i = 0; i < 600; ++i) { // one 10-second breath at 60 frames a second
            clock.advance(16667us);
            pacer.advance();
            minRadius = std::min(minRadius, pacer.orb()->orbRadius());
            maxRadius = std::max(maxRadius, pacer.orb()->orbRadius());
            minBright = std::min(minBright, pacer.orb()->brightness());
            maxBright = std::max(maxBright, pacer.orb()->brightness());
        }
        pacer.stop();
    };

    double r0, r1, b0, b1;
    sweep(r0, r1, b0, b1);
    CHECK(r1 - r0 > pacer.orb()->fullRadius() * 0.4); // the orb really swells
    CHECK(b1 - b0 > 0.5);

    pacer.setReducedMotion(true);
    CHECK(pacer.reducedMotion());
    CHECK(pacer.findChild<QAbstractButton*>(QStringLiteral("pacerReducedMotion"))->isChecked());
    sweep(r0, r1, b0, b1);
    CHECK(r1 == r0);                      // no scaling at all
    CHECK(b1 - b0 > 0.7);                 // a wide, slow brightness fade instead
    CHECK(pacer.frameIntervalMs() >= 33); // and fewer frames
}

TEST_CASE("pacer: an unsafe pattern is refused and cannot start", "[regulation][ui][pacer]")
{
    BreathingPacer pacer;
    BreathingPattern fast;
    fast.id = "fast";
    fast.phases = {{Phase::Inhale, 1}, {Phase::Exhale, 1}};
    QString error;
    CHECK_FALSE(pacer.setPattern(fast, &error));
    CHECK(error.contains(QStringLiteral("too fast")));
    CHECK_FALSE(pacer.hasPattern());
    pacer.start();
    CHECK(pacer.state() == BreathingPacer::State::Idle);
    CHECK_FALSE(pacer.findChild<QAbstractButton*>(QStringLiteral("pacerStartPause"))->isEnabled());
}

TEST_CASE("pacer: the safety note, length picker and named controls", "[regulation][ui][pacer]")
{
    const auto content = shippedContent();
    BreathingPacer pacer;
    pacer.setTexts(content.texts);
    // Every shipped pattern shows a note that says to stop if dizzy.
    for (const auto& pattern : content.library.patterns) {
        REQUIRE(pacer.setPattern(pattern));
        INFO("pattern " << pattern.id);
        CHECK(pacer.findChild<QLabel*>(QStringLiteral("pacerSafety"))->text().contains(QStringLiteral("dizzy")));
    }
    BreathingPattern bare = slowSix();
    bare.caution.clear();
    REQUIRE(pacer.setPattern(bare));
    CHECK(pacer.findChild<QLabel*>(QStringLiteral("pacerSafety"))->text() ==
          QStringLiteral("If you feel dizzy or tingly, stop and breathe normally."));

    auto* length = pacer.findChild<QComboBox*>(QStringLiteral("pacerLength"));
    REQUIRE(length);
    CHECK(length->count() == 10);
    CHECK(length->itemText(0) == QStringLiteral("1 minute"));
    CHECK(length->itemText(9) == QStringLiteral("10 minutes"));
    pacer.setMinutes(3);
    CHECK(length->currentIndex() == 2);
    pacer.setMinutes(42);
    CHECK(pacer.minutes() == 10);
    requireNamedControls(pacer);
    CHECK(pacer.focusTarget() == pacer.findChild<QWidget*>(QStringLiteral("pacerStartPause")));
}

TEST_CASE("pacer: only the orb's changed area is repainted, and nothing when nothing changed",
          "[regulation][ui][pacer]")
{
    ManualClock clock;
    BreathingPacer pacer;
    pacer.setClock(&clock);
    REQUIRE(pacer.setPattern(slowSix()));
    pacer.resize(480, 600);
    pacer.show();
    pacer.start();
    QApplication::processEvents();
    const int before = pacer.orb()->paintCount();
    for (int i = 0; i < 10; ++i) {
        pacer.advance(); // the clock has not moved
        QApplication::processEvents();
    }
    CHECK(pacer.orb()->paintCount() == before);
    clock.advance(500ms);
    pacer.advance();
    QApplication::processEvents();
    CHECK(pacer.orb()->paintCount() == before + 1);
}

TEST_CASE("hug timer: the ring fills, the end is gentle, touch is optional", "[regulation][ui][hug]")
{
    const auto content = shippedContent();
    ManualClock clock;
    HugTimer hug;
    hug.setTexts(content.texts);
    hug.setIdeas(content.ideas);
    hug.setClock(&clock);
    hug.show();
    QSignalSpy finished(&hug, &HugTimer::finished);

    CHECK(hug.seconds() == 30);
    CHECK(hug.findChild<QLabel*>(QStringLiteral("hugOptional"))->text().contains(QStringLiteral("optional")));
    CHECK(hug.alternativesText().contains(QStringLiteral("Hold hands")));
    CHECK(hug.alternativesText().contains(QStringLiteral("Kind words")));
    CHECK(hug.alternativesText().contains(QStringLiteral("Sit close")));
    CHECK_FALSE(hug.alternativesText().contains(QStringLiteral("hug"), Qt::CaseInsensitive));

    hug.start();
    CHECK(hug.ringText() == QStringLiteral("30"));
    clock.advance(15s);
    hug.advance();
    CHECK(hug.progress() == Approx(0.5));
    CHECK(hug.ringText() == QStringLiteral("15"));
    hug.pause();
    clock.advance(100s);
    hug.advance();
    CHECK(hug.progress() == Approx(0.5));
    hug.resume();
    clock.advance(15s);
    hug.advance();
    CHECK(hug.state() == HugTimer::State::Finished);
    REQUIRE(finished.count() == 1);
    CHECK(hug.completed());
    CHECK(hug.ringText() == QStringLiteral("Take your time letting go."));
    CHECK(hug.endBlend() < 0.05); // the colour change has only begun
    clock.advance(750ms);
    hug.advance();
    CHECK(hug.endBlend() == Approx(0.5).margin(0.02));
    clock.advance(1s);
    hug.advance();
    CHECK(hug.endBlend() == Approx(1.0));

    hug.setSeconds(45); // adjustable; a finished timer starts fresh at the new length
    CHECK(hug.state() == HugTimer::State::Idle);
    CHECK(hug.findChild<QSpinBox*>(QStringLiteral("hugLength"))->value() == 45);
    hug.setSeconds(5);
    CHECK(hug.seconds() == HugTimer::kMinSeconds);
    requireNamedControls(hug);
}

TEST_CASE("hug timer: without ideas the texts' alternatives are offered", "[regulation][ui][hug]")
{
    HugTimer hug;
    CHECK(hug.alternativesText().contains(QStringLiteral("Hold hands")));
    CHECK(hug.alternativesText().contains(QStringLiteral("Sit close together")));
}

TEST_CASE("lift practice: one step at a time, paced gently, back and next", "[regulation][ui][practice]")
{
    const auto content = shippedContent();
    const auto lifts = content.library.practicesTagged("lift");
    REQUIRE_FALSE(lifts.empty());
    const Practice& practice = *lifts.front();
    const auto stepSeconds = practice.minutes * 60.0 / static_cast<double>(practice.steps.size());

    ManualClock clock;
    LiftPractice card;
    card.setTexts(content.texts);
    card.setClock(&clock);
    REQUIRE(card.setPractice(practice));
    QSignalSpy finished(&card, &LiftPractice::finished);

    CHECK(card.stepText() == QString::fromStdString(practice.steps[0]));
    card.start();
    clock.advance(std::chrono::milliseconds(static_cast<long long>(stepSeconds * 1000 + 100)));
    card.advance();
    CHECK(card.currentStep() == 1);
    CHECK(card.stepText() == QString::fromStdString(practice.steps[1]));
    card.back();
    CHECK(card.currentStep() == 0);
    card.next();
    card.next();
    CHECK(card.currentStep() == 2);
    // Its counter names the practice, so it is never read as the session's "Step 2 of 5" just above it.
    auto* counter = card.findChild<QLabel*>(QStringLiteral("practiceStepCounter"));
    REQUIRE(counter);
    CHECK(counter->text() == QStringLiteral("Practice step 3 of %1").arg(static_cast<int>(practice.steps.size())));
    card.pause();
    clock.advance(1h);
    card.advance();
    CHECK(card.currentStep() == 2);
    card.resume();
    clock.advance(1h);
    card.advance();
    CHECK(card.state() == LiftPractice::State::Finished);
    REQUIRE(finished.count() == 1);
    CHECK(finished.at(0).at(0).toString() == QString::fromStdString(practice.id));
    CHECK(finished.at(0).at(1).toBool());
    card.back(); // after the end, going back shows the last step again
    CHECK(card.stepText() == QString::fromStdString(practice.steps.back()));
    requireNamedControls(card);

    Practice empty;
    empty.id = "empty";
    CHECK_FALSE(card.setPractice(empty));
}

TEST_CASE("reminder service: overdue returns at launch, due ones once, nothing twice after a restart",
          "[regulation][ui][reminders]")
{
    using namespace std::chrono;
    InMemoryReminderStore store; // the journal's stand-in, alive across "restarts"
    ManualClock clock(floor<seconds>(system_clock::now()));

    {
        ReminderScheduler scheduler(store, clock);
        REQUIRE(scheduler.schedule({wallNow(clock) + 30min, "The sofa", "session-1", "couple-1"}).ok());
    } // Tend closes; time passes
    clock.advance(2h);

    {
        ReminderScheduler scheduler(store, clock);
        ReminderService service(scheduler);
        QSignalSpy overdue(&service, &ReminderService::overdueAtLaunch);
        QSignalSpy due(&service, &ReminderService::reminderDue);
        service.start();
        REQUIRE(overdue.count() == 1);
        const auto notices = overdue.at(0).at(0).value<QList<ReminderNotice>>();
        REQUIRE(notices.size() == 1);
        CHECK(notices[0].overdue);
        CHECK(notices[0].place == QStringLiteral("The sofa"));
        CHECK(notices[0].sessionId == QStringLiteral("session-1"));
        CHECK(notices[0].body.startsWith(QStringLiteral("You had agreed to come back at")));
        CHECK_FALSE(service.trayVisible()); // offscreen: no tray, and no crash
        CHECK(service.nextPollInMs() >= 0);
        CHECK(service.nextPollInMs() <= ReminderService::kDefaultPollMs * 21 / 20); // a coarse timer: 5 % slack

        // A new one comes due while Tend runs.
        REQUIRE(scheduler.schedule({wallNow(clock) + 20min, "", "session-2", "couple-1"}).ok());
        service.poll();
        CHECK(due.count() == 0);
        clock.advance(21min);
        service.poll();
        REQUIRE(due.count() == 1);
        const auto notice = due.at(0).at(0).value<ReminderNotice>();
        CHECK_FALSE(notice.overdue);
        CHECK(notice.title == QStringLiteral("Time to come back together"));
        CHECK(notice.body == QStringLiteral("You agreed to come back to your conversation now."));
        service.poll();
        CHECK(due.count() == 1);
    }

    {
        ReminderScheduler scheduler(store, clock); // Tend starts again
        ReminderService service(scheduler);
        QSignalSpy overdue(&service, &ReminderService::overdueAtLaunch);
        QSignalSpy due(&service, &ReminderService::reminderDue);
        service.start();
        REQUIRE(overdue.count() == 1);
        CHECK(overdue.at(0).at(0).value<QList<ReminderNotice>>().isEmpty());
        clock.advance(-3h); // and even with the clock set back and forward again
        service.poll();
        clock.advance(6h);
        service.poll();
        CHECK(due.count() == 0);
    }
}

TEST_CASE("reminder service: the timer wakes at the due time, not only every 30 s", "[regulation][ui][reminders]")
{
    using namespace std::chrono;
    InMemoryReminderStore store;
    SystemClock clock;
    ReminderScheduler scheduler(store, clock);
    ReminderService service(scheduler);
    service.setPollInterval(60'000);
    // Due in 20 minutes and 1 s is too far for one wait: the cap applies.
    REQUIRE(scheduler.schedule({wallNow(clock) + 20min + 1s, "", "s", "c"}).ok());
    service.start();
    CHECK(service.nextPollInMs() <= 63'000); // a coarse timer may add 5 %
    CHECK(service.nextPollInMs() > 50'000);
    // A short window: the timer is armed for the due time itself.
    REQUIRE(scheduler.schedule({wallNow(clock) + 10s, "", "s", "c"}, ReturnWindow{0min, 1h}).ok());
    service.poll();
    CHECK(service.nextPollInMs() <= 10'500);
    CHECK(service.nextPollInMs() > 8'000);
}
