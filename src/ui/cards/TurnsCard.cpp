#include "ui/cards/TurnsCard.h"

#include <algorithm>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "tend/engine/Turns.h"
#include "ui/cards/TextCards.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

/// "2:05": minutes and seconds, as the turn timer shows them.
QString clockText(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

TurnsCard::TurnsCard(const content::Card& card, const CardContext& context, QWidget* parent)
    : CardWidget(card, context, parent)
{
    m_status = makeLabel(QString(), "eyebrow", this);
    m_status->setObjectName(QStringLiteral("turnsStatus"));
    content()->addWidget(m_status);
    if (const int minutes = card.turnMinutes; minutes > 0) {
        // Equal airtime, offered, never imposed: off until someone ticks it, and it stops nobody.
        // Each count picks its English form: no English translation with plural forms is loaded (PluralTests).
        m_timerToggle = new QCheckBox(minutes == 1 ? tr("Time each turn: %n minute for each of you", nullptr, minutes)
                                                   : tr("Time each turn: %n minutes for each of you", nullptr, minutes),
                                      this);
        name(m_timerToggle, QStringLiteral("turnsTimerToggle"), m_timerToggle->text(),
             tr("A quiet clock for the speaker's turn. It says when a turn runs long; it never stops anyone."));
        content()->addWidget(m_timerToggle);
        m_tick = new QTimer(this);
        m_tick->setInterval(1000);
        connect(m_tick, &QTimer::timeout, this, &TurnsCard::updateTimer);
        connect(m_timerToggle, &QCheckBox::toggled, this, [this](bool on) {
            m_timed = on;
            if (on && !m_turnStarted.isValid() && phase() == Phase::Share) {
                m_turnStarted = this->context().now();
                m_timedSpeaker.clear();
            }
            rebuild();
        });
    }
    m_stage = makeFrame("soft", this, QStringLiteral("turnsStage"));
    m_stageLayout = new QVBoxLayout(m_stage);
    m_stageLayout->setContentsMargins(20, 18, 20, 18);
    m_stageLayout->setSpacing(12);
    content()->addWidget(m_stage);
    m_error = makeLabel(QString(), "warmNote", this);
    m_error->setObjectName(QStringLiteral("turnsError"));
    m_error->setVisible(false);
    content()->addWidget(m_error);
    QLabel* pause = makeLabel(
        tr("Either of you can pause at any moment: Pause at the top, or Ctrl+P. Nothing is lost."), "small", this);
    pause->setObjectName(QStringLiteral("turnsPauseHint"));
    content()->addWidget(pause);
    addFooter(true);
    rebuild();
}

std::vector<std::string> TurnsCard::ids() const
{
    std::vector<std::string> out;
    for (const PartnerInfo& p : context().partners)
        out.push_back(p.id);
    if (out.empty())
        out.push_back(context().writer.id);
    return out;
}

QString TurnsCard::nameOf(const std::string& id) const
{
    const QString name = context().partner(id).name;
    return name.isEmpty() ? tr("You") : name;
}

TurnsCard::Phase TurnsCard::phase() const
{
    auto status = engine::turnStatus(m_answer, ids());
    if (!status || status->complete)
        return Phase::Done;
    switch (status->phase) {
    case engine::TurnPhase::Share:
        if (status->round > 1)
            return Phase::Share;
        if (m_chosen.empty())
            return status->heard.empty() ? Phase::ChooseFirst : Phase::Swap;
        return Phase::Share;
    case engine::TurnPhase::Reflect:
        return Phase::Reflect;
    case engine::TurnPhase::Confirm:
        return m_correcting ? Phase::Correct : Phase::Confirm;
    case engine::TurnPhase::Complete:
        return Phase::Done;
    }
    return Phase::Done;
}

QString TurnsCard::incompleteReason() const
{
    if (ids().size() < 2)
        return {};
    auto status = engine::turnStatus(m_answer, ids());
    if (!status || status->complete || m_answer.is_null())
        return {};
    QStringList waiting;
    for (const std::string& id : ids()) {
        if (std::find(status->heard.begin(), status->heard.end(), id) == status->heard.end())
            waiting << nameOf(id);
    }
    return tr("Each of you takes a turn as the speaker before moving on. Still to be heard: %1.")
        .arg(waiting.join(tr(" and ")));
}

void TurnsCard::apply(const engine::Answer& next, const QString& error)
{
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    m_error->setVisible(false);
    m_answer = next;
    rebuild();
    if (m_focus)
        m_focus->setFocus();
    Q_EMIT answerChanged();
}

QPlainTextEdit* TurnsCard::addWriting(const QString& objectName, const QString& label, QString* target,
                                      const QString& placeholder)
{
    m_stageLayout->addWidget(makeLabel(label, "body", m_stage));
    QPlainTextEdit* editor = makeWritingArea(m_stage, objectName, label, placeholder, 3);
    editor->setPlainText(*target);
    connect(editor, &QPlainTextEdit::textChanged, this, [this, editor, target] {
        *target = editor->toPlainText();
        Q_EMIT answerChanged();
    });
    watchFocus(editor);
    m_stageLayout->addWidget(editor);
    // The coach listens to what the speaker shares, not to the listener saying it back.
    if (objectName == QLatin1String("turnsShared") || objectName == QLatin1String("turnsCorrection")) {
        if (QWidget* note = makeCoachNote(editor, m_stage))
            m_stageLayout->addWidget(note);
    }
    if (!m_focus)
        m_focus = editor;
    return editor;
}

void TurnsCard::addPrompts(const std::vector<std::string>& prompts)
{
    for (const std::string& prompt : prompts)
        m_stageLayout->addWidget(makeLabel(QStringLiteral("•  ") + contentToHtml(prompt), "body", m_stage, true));
}

QString TurnsCard::latest(const char* field) const
{
    // The newest round of the newest turn: what was just shared, reflected or noticed.
    if (!m_answer.is_object() || !m_answer.contains("turns") || !m_answer["turns"].is_array() ||
        m_answer["turns"].empty())
        return {};
    const engine::Answer& rounds = m_answer["turns"].back().value("rounds", engine::Answer::array());
    if (!rounds.is_array() || rounds.empty() || !rounds.back().is_object())
        return {};
    const auto it = rounds.back().find(field);
    return it != rounds.back().end() && it->is_string() ? qs(it->get<std::string>()).trimmed() : QString();
}

void TurnsCard::addQuote(const QString& label, const QString& text, const QString& objectName)
{
    if (text.isEmpty())
        return;
    auto* quote = makeFrame("card", m_stage, objectName);
    auto* layout = new QVBoxLayout(quote);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(2);
    layout->addWidget(makeLabel(label, "small", quote));
    layout->addWidget(makeLabel(text, "body", quote));
    quote->setAccessibleName(label + QStringLiteral(": ") + text);
    m_stageLayout->addWidget(quote);
}

void TurnsCard::rebuild()
{
    m_focus = nullptr;
    m_timerLine = nullptr;
    if (m_tick)
        m_tick->stop();
    while (QLayoutItem* item = m_stageLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        } else if (QLayout* l = item->layout()) {
            while (QLayoutItem* inner = l->takeAt(0)) {
                if (inner->widget()) {
                    inner->widget()->hide();
                    inner->widget()->deleteLater();
                }
                delete inner;
            }
        }
        delete item;
    }
    const std::vector<std::string> partners = ids();
    auto status = engine::turnStatus(m_answer, partners);
    if (!status) {
        // A stored answer the rules no longer accept: start the exchange afresh rather than guess.
        m_answer = nullptr;
        status = engine::turnStatus(m_answer, partners);
    }
    const Phase current = phase();
    const std::string speaker = current == Phase::Share && status->round == 1 ? m_chosen : status->speaker;
    const std::string listener = [&] {
        if (current == Phase::Share && status->round == 1 && !m_chosen.empty()) {
            for (const std::string& id : partners) {
                if (id != m_chosen)
                    return id;
            }
            return m_chosen;
        }
        return status->listener;
    }();

    QStringList heardLine;
    for (const std::string& id : partners) {
        const bool heard = std::find(status->heard.begin(), status->heard.end(), id) != status->heard.end();
        heardLine << (heard ? tr("%1: heard").arg(nameOf(id)) : tr("%1: not yet").arg(nameOf(id)));
    }
    if (current == Phase::ChooseFirst || current == Phase::Done || current == Phase::Swap)
        m_status->setText(heardLine.join(QStringLiteral("   ·   ")));
    else
        m_status->setText(
            tr("Round %1  ·  %2 speaks, %3 listens").arg(status->round).arg(nameOf(speaker), nameOf(listener)));

    // The turn's buttons wrap rather than squeeze their words on a narrow window or at a large text size.
    auto* actionRow = new QWidget(m_stage);
    actionRow->setObjectName(QStringLiteral("turnsActions"));
    auto* actions = new FlowLayout(actionRow, 10);
    actions->setContentsMargins(0, 0, 0, 0);
    auto action = [this, actions](const QString& text, const QString& objectName, const char* kind,
                                  const QString& icon) {
        QPushButton* button = makeButton(text, objectName, m_stage, kind, icon);
        actions->addWidget(button);
        return button;
    };

    switch (current) {
    case Phase::ChooseFirst:
    case Phase::Swap: {
        if (current == Phase::ChooseFirst) {
            m_stageLayout->addWidget(makeLabel(tr("Who would like to speak first?"), "heading", m_stage));
            m_stageLayout->addWidget(
                makeLabel(tr("The speaker shares; the listener only listens, then reflects back. You will swap after."),
                          "muted", m_stage));
        } else {
            m_stageLayout->addWidget(makeLabel(tr("Take a breath together. Now you swap roles."), "heading", m_stage));
        }
        for (const std::string& id : partners) {
            if (std::find(status->heard.begin(), status->heard.end(), id) != status->heard.end())
                continue;
            QPushButton* b = action(current == Phase::ChooseFirst ? tr("%1 speaks first").arg(nameOf(id))
                                                                  : tr("%1 speaks now").arg(nameOf(id)),
                                    QStringLiteral("turnsFirst-") + qs(id), "chip", QStringLiteral("solo"));
            connect(b, &QPushButton::clicked, this, [this, id] {
                m_chosen = id;
                rebuild();
                if (m_focus)
                    m_focus->setFocus();
                Q_EMIT writerChangeRequested(id);
            });
            if (!m_focus)
                m_focus = b;
        }
        break;
    }
    case Phase::Share: {
        m_stageLayout->addWidget(makeLabel(
            status->round > 1 ? tr("%1, share it again with what you added.").arg(nameOf(speaker))
                              : tr("%1, share what you would like %2 to hear.").arg(nameOf(speaker), nameOf(listener)),
            "heading", m_stage));
        addPrompts(card().speakerPrompts);
        addWriting(QStringLiteral("turnsShared"), tr("What you share (writing it down is optional)"), &m_shared,
                   tr("Speak from your own experience: what you felt, and feel now in your body…"));
        QPushButton* done = action(tr("Done — %1 reflects back").arg(nameOf(listener)),
                                   QStringLiteral("turnsToReflect"), "primary", QStringLiteral("next"));
        if (m_timed) {
            m_timerLine = makeLabel(QString(), "small", m_stage);
            m_timerLine->setObjectName(QStringLiteral("turnsTimer"));
            m_stageLayout->addWidget(m_timerLine);
            if (m_timedSpeaker != speaker || !m_turnStarted.isValid()) {
                m_timedSpeaker = speaker;
                m_turnStarted = context().now();
            }
            updateTimer();
            m_tick->start();
        }
        connect(done, &QPushButton::clicked, this, [this, speaker, partners, listener] {
            auto next = engine::turnShare(m_answer, partners, speaker, ss(m_shared));
            if (next) {
                m_shared.clear();
                m_chosen.clear();
                if (m_timed && m_turnStarted.isValid())
                    m_spoken[speaker] += turnSeconds();
                m_turnStarted = QDateTime();
                m_timedSpeaker.clear();
            }
            apply(next ? *next : m_answer, next ? QString() : qs(next.error().message));
            Q_EMIT writerChangeRequested(listener);
        });
        break;
    }
    case Phase::Reflect: {
        m_stageLayout->addWidget(
            makeLabel(tr("%1, say back what you heard, in your own words.").arg(nameOf(listener)), "heading", m_stage));
        addQuote(tr("What %1 wrote down").arg(nameOf(speaker)), latest("shared"), QStringLiteral("turnsSharedQuote"));
        addPrompts(card().listenerPrompts);
        addWriting(QStringLiteral("turnsReflected"), tr("What I heard you say"), &m_reflected, tr("What I heard is…"));
        addWriting(QStringLiteral("turnsNoticed"), tr("What I noticed in my body while listening"), &m_noticed,
                   tr("While you spoke, I noticed…"));
        // Understanding, not agreement: what makes sense about how the speaker felt.
        if (const std::string& validate = card().validate; !validate.empty())
            addWriting(QStringLiteral("turnsValidated"), qs(validate), &m_validated, tr("What makes sense to me is…"));
        const std::string& confirm = card().confirm;
        QPushButton* ask =
            action(tr("Ask %1: “%2”").arg(nameOf(speaker), confirm.empty() ? tr("Did I hear you right?") : qs(confirm)),
                   QStringLiteral("turnsToConfirm"), "primary", QStringLiteral("next"));
        connect(ask, &QPushButton::clicked, this, [this, partners, listener, speaker] {
            auto next =
                engine::turnReflect(m_answer, partners, listener, ss(m_reflected), ss(m_noticed), ss(m_validated));
            if (next) {
                m_reflected.clear();
                m_noticed.clear();
                m_validated.clear();
            }
            apply(next ? *next : m_answer, next ? QString() : qs(next.error().message));
            Q_EMIT writerChangeRequested(speaker);
        });
        break;
    }
    case Phase::Confirm: {
        const std::string& confirm = card().confirm;
        addQuote(tr("What %1 heard").arg(nameOf(listener)), latest("reflected"), QStringLiteral("turnsReflectedQuote"));
        addQuote(tr("What %1 noticed in their body").arg(nameOf(listener)), latest("noticed"),
                 QStringLiteral("turnsNoticedQuote"));
        addQuote(tr("What makes sense to %1").arg(nameOf(listener)), latest("validated"),
                 QStringLiteral("turnsValidatedQuote"));
        m_stageLayout->addWidget(makeLabel(tr("%1 asks:").arg(nameOf(listener)), "muted", m_stage));
        m_stageLayout->addWidget(
            makeLabel(confirm.empty() ? tr("Did I hear you right?") : qs(confirm), "title", m_stage));
        m_stageLayout->addWidget(makeLabel(tr("%1, was that it?").arg(nameOf(speaker)), "body", m_stage));
        QPushButton* yes = action(tr("Yes, that's it"), QStringLiteral("turnsYes"), "primary", QStringLiteral("check"));
        QPushButton* notQuite = action(tr("Not quite — I'd like to add something"), QStringLiteral("turnsNotQuite"),
                                       nullptr, QStringLiteral("edit"));
        connect(yes, &QPushButton::clicked, this, [this, partners, speaker] {
            auto next = engine::turnConfirm(m_answer, partners, speaker, true, {});
            apply(next ? *next : m_answer, next ? QString() : qs(next.error().message));
        });
        connect(notQuite, &QPushButton::clicked, this, [this] {
            m_correcting = true;
            rebuild();
            if (m_focus)
                m_focus->setFocus();
        });
        m_focus = yes;
        break;
    }
    case Phase::Correct: {
        m_stageLayout->addWidget(
            makeLabel(tr("%1, what would you add or put differently?").arg(nameOf(speaker)), "heading", m_stage));
        addWriting(QStringLiteral("turnsCorrection"), tr("What I'd add"), &m_correction,
                   tr("What I meant was… / What I'd add is…"));
        QPushButton* again =
            action(tr("Start another round"), QStringLiteral("turnsAnotherRound"), "primary", QStringLiteral("reset"));
        connect(again, &QPushButton::clicked, this, [this, partners, speaker] {
            auto next = engine::turnConfirm(m_answer, partners, speaker, false, ss(m_correction));
            if (next) {
                m_correction.clear();
                m_correcting = false;
            }
            apply(next ? *next : m_answer, next ? QString() : qs(next.error().message));
        });
        break;
    }
    case Phase::Done: {
        m_stageLayout->addWidget(makeLabel(tr("You have both been heard."), "heading", m_stage));
        m_stageLayout->addWidget(makeLabel(
            tr("Thank you for listening to each other. Press Next when you are ready to go on."), "body", m_stage));
        if (!m_spoken.empty()) {
            QStringList times;
            for (const std::string& id : partners)
                if (auto it = m_spoken.find(id); it != m_spoken.end())
                    times << tr("%1 %2").arg(nameOf(id), clockText(it->second));
            QLabel* airtime =
                makeLabel(tr("Speaking time: %1").arg(times.join(QStringLiteral("  ·  "))), "small", m_stage);
            airtime->setObjectName(QStringLiteral("turnsAirtime"));
            m_stageLayout->addWidget(airtime);
        }
        break;
    }
    }
    m_stageLayout->addWidget(actionRow);
}

int TurnsCard::turnSeconds() const
{
    return m_turnStarted.isValid() ? int(std::max<qint64>(0, m_turnStarted.secsTo(context().now()))) : 0;
}

void TurnsCard::updateTimer()
{
    if (!m_timerLine || !m_timed || phase() != Phase::Share) {
        if (m_tick)
            m_tick->stop();
        return;
    }
    const int limit = card().turnMinutes * 60;
    const int used = turnSeconds();
    const QString clock = clockText(used);
    const int minutes = limit / 60;
    if (used <= limit) {
        m_timerLine->setText(
            (minutes == 1 ? tr("%1 of %n minute", nullptr, minutes) : tr("%1 of %n minutes", nullptr, minutes))
                .arg(clock));
    } else {
        // Said kindly, and it stops nobody: the speaker decides when they are done.
        m_timerLine->setText(
            (minutes == 1 ? tr("This turn has run past %n minute (%1). When you are ready, let the other one reflect "
                               "back; there is the same time for them.",
                               nullptr, minutes)
                          : tr("This turn has run past %n minutes (%1). When you are ready, let the other one reflect "
                               "back; there is the same time for them.",
                               nullptr, minutes))
                .arg(clock));
    }
}

bool TurnsCard::leadsItself() const
{
    const Phase now = phase();
    return now == Phase::Share || now == Phase::Reflect || now == Phase::Confirm || now == Phase::Correct;
}

QWidget* TurnsCard::focusTarget() const
{
    return m_focus ? m_focus : CardWidget::focusTarget();
}

engine::Answer TurnsCard::answer() const
{
    return m_answer;
}

void TurnsCard::setAnswer(const engine::Answer& answer)
{
    m_answer = engine::turnStatus(answer, ids()) ? answer : engine::Answer(nullptr);
    m_chosen.clear();
    m_correcting = false;
    m_shared.clear();
    m_reflected.clear();
    m_noticed.clear();
    m_validated.clear();
    m_correction.clear();
    rebuild();
}

engine::Answer TurnsCard::draft() const
{
    return {{"answer", m_answer},
            {"pending",
             {{"shared", ss(m_shared)},
              {"reflected", ss(m_reflected)},
              {"noticed", ss(m_noticed)},
              {"validated", ss(m_validated)},
              {"correction", ss(m_correction)}}},
            {"chosen", m_chosen},
            {"correcting", m_correcting}};
}

void TurnsCard::setDraft(const engine::Answer& draft)
{
    if (!draft.is_object() || !draft.contains("pending")) {
        setAnswer(draft);
        return;
    }
    const engine::Answer answer = draft.value("answer", engine::Answer());
    m_answer = engine::turnStatus(answer, ids()) ? answer : engine::Answer(nullptr);
    const engine::Answer pending = draft["pending"];
    m_shared = qs(pending.value("shared", std::string()));
    m_reflected = qs(pending.value("reflected", std::string()));
    m_noticed = qs(pending.value("noticed", std::string()));
    m_validated = qs(pending.value("validated", std::string()));
    m_correction = qs(pending.value("correction", std::string()));
    m_chosen = draft.value("chosen", std::string());
    m_correcting = draft.value("correcting", false);
    rebuild();
}

} // namespace tend::ui
