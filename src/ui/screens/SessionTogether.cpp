// SessionScreen, the parts that only matter together or alone: the privacy curtain when the keyboard changes
// hands, "did we keep this?" before a repair together, the earlier round's commitments, and the end of a
// reflection written alone (with the way to bring it into a repair together).
#include <set>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "tend/common/Log.h"
#include "tend/content/ContentLibrary.h"
#include "tend/modes/EarlierAnswers.h"
#include "tend/repair/RoundCommitments.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/app/SessionController.h"
#include "ui/screens/BringReflectionDialog.h"
#include "ui/screens/CommitmentReview.h"
#include "ui/screens/RecordFormatter.h"
#include "ui/screens/SessionScreen.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/PrivacyCurtain.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

bool SessionScreen::needsCurtain(const std::string& from, const std::string& to) const
{
    if (!m_controller->hasSession() || !m_controller->together() || from.empty() || from == to)
        return false;
    const engine::Session& session = m_controller->session();
    if (session.partners().size() < 2 || session.status() == engine::SessionStatus::Completed)
        return false;
    // In the shared step both see the same card; anywhere else the screen shows one person's own work.
    return !(session.position(from).place == engine::PartnerPlace::Together &&
             session.position(to).place == engine::PartnerPlace::Together);
}

void SessionScreen::raiseCurtain(const std::string& next)
{
    m_pendingWriter = next;
    // Take the previous person's words off the screen before anything else is shown.
    clearStage();
    m_view = View::Curtain;
    m_eyebrow->clear();
    m_stepTitle->clear();
    m_stepTitle->setAccessibleName(QString());
    m_why->clear();
    m_why->setVisible(false);
    m_whyToggle->setChecked(false);
    m_whyToggle->setVisible(false);
    showMessage(QString());
    m_navBar->setVisible(false);
    m_topBar->setVisible(false);
    m_curtain->raiseFor(partnerName(next), partnerName(m_writer));
    tend::log::get("ui")->info("privacy curtain raised");
    Q_EMIT stateChanged();
}

void SessionScreen::onCurtainConfirmed()
{
    if (!m_pendingWriter.empty())
        m_writer = m_pendingWriter;
    m_pendingWriter.clear();
    app()->setAtKeyboard(m_writer);
    m_view = View::Empty;
    render();
}

void SessionScreen::onCurtainCancelled()
{
    m_pendingWriter.clear();
    m_view = View::Empty;
    render();
}

void SessionScreen::showReview()
{
    if (m_view == View::Review && m_cardHolder->findChild<CommitmentReview*>())
        return;
    const auto items = CommitmentReview::itemsToReview(app(), m_controller->row().id);
    if (items.empty()) {
        m_reviewPending = false;
        render();
        return;
    }
    clearStage();
    m_view = View::Review;
    m_eyebrow->setText(tr("BEFORE YOU BEGIN  ·  TOGETHER"));
    m_stepTitle->setText(tr("Did we keep this?"));
    m_stepTitle->setAccessibleName(m_stepTitle->text());
    m_whyToggle->setVisible(false);
    m_why->setVisible(false);
    m_navBar->setVisible(false);
    auto* review = new CommitmentReview(app(), items, m_cardHolder);
    connect(review, &CommitmentReview::finished, this, [this] {
        m_reviewPending = false;
        m_view = View::Empty;
        render();
    });
    m_cardLayout->addWidget(review);
    if (isVisible())
        review->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void SessionScreen::showReflected(QVBoxLayout* layout, QWidget* panel, QLayout* buttons, QPushButton*& focus)
{
    m_eyebrow->setText(tr("ON YOUR OWN  ·  STEPS 1–4 DONE"));
    m_stepTitle->setText(tr("Your reflection is kept"));
    const bool couple = app()->profile().partners.size() > 1;
    layout->addWidget(makeLabel(tr("Well done for taking this time. Everything you wrote is in the journal, and "
                                   "private answers stay yours."),
                                "body", panel));
    if (couple) {
        layout->addWidget(makeLabel(tr("Step 5 happens together. When you both feel ready to meet, bring this "
                                       "reflection into a repair together — you choose what to share."),
                                    "muted", panel));
        QPushButton* bring = makeButton(tr("Bring it into a repair together"), QStringLiteral("sessionBring"), panel,
                                        "primary", QStringLiteral("together"),
                                        tr("Choose what to share, then your partner does their own steps and you "
                                           "meet at step 5."));
        connect(bring, &QPushButton::clicked, this, &SessionScreen::bringReflection);
        buttons->addWidget(bring);
        focus = bring;
    } else {
        layout->addWidget(
            makeLabel(tr("You can read it back in the journal, on your own or with your therapist."), "muted", panel));
    }
    QPushButton* journal = makeButton(tr("Read it in the journal"), QStringLiteral("sessionOpenJournal"), panel,
                                      focus ? nullptr : "primary", QStringLiteral("journal"));
    connect(journal, &QPushButton::clicked, this, [this] { Q_EMIT navigate(ScreenId::Journal); });
    buttons->addWidget(journal);
    if (!focus)
        focus = journal;
}

void SessionScreen::bringReflection()
{
    if (!m_controller->hasSession() || !app()->journal())
        return;
    auto* dialog = new BringReflectionDialog(app(), m_controller->row().id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BringReflectionDialog::brought, this, [this] {
        if (continueStored())
            Q_EMIT navigate(ScreenId::Session);
    });
    dialog->open();
}

void SessionScreen::addEarlierCommitmentsNote(const std::string& cardId)
{
    const std::vector<std::string> lines = repair::earlierRoundLines(m_controller->session(), cardId);
    if (lines.empty())
        return;
    QVBoxLayout* layout = addNote(QStringLiteral("earlierCommitments"));
    QWidget* note = layout->parentWidget();
    layout->addWidget(makeLabel(tr("Already agreed in the round before — these are kept"), "heading", note));
    for (const std::string& line : lines)
        layout->addWidget(makeLabel(QStringLiteral("•  ") + qs(line), "body", note));
    layout->addWidget(
        makeLabel(tr("Add anything new below; you can let one go later from your commitments."), "muted", note));
}

// Step 5 builds on what each person found on their own: a card with `"look_back"` shows, for each partner, their
// shared answers to those cards of steps 1–4. A private answer is never shown, not even to its writer here, since
// the screen is shared.
void SessionScreen::addLookBackNote(const content::Card& card)
{
    const std::vector<std::string>& ids = card.lookBack;
    if (ids.empty())
        return;
    const engine::Session& session = m_controller->session();
    QVBoxLayout* layout = addNote(QStringLiteral("lookBack"));
    QWidget* note = layout->parentWidget();
    layout->addWidget(makeLabel(tr("What you each wrote on your own"), "heading", note));
    bool any = false;
    const reading::Reader reader = readerFor(*app());
    for (const std::string& partner : session.partners()) {
        QStringList lines;
        for (const std::string& id : ids) {
            const content::Card* earlier = session.program().findCard(id);
            const engine::AnswerRecord* record = earlier ? session.answerFor(partner, earlier->id) : nullptr;
            if (!record || record->keptPrivate || record->value.is_null())
                continue;
            const QString text = formatAnswer(reader, *earlier, record->value);
            if (!text.isEmpty())
                lines << text;
        }
        if (lines.isEmpty())
            continue;
        any = true;
        QLabel* who = makeLabel(partnerName(partner), "eyebrow", note);
        who->setObjectName(QStringLiteral("lookBackWho-") + qs(partner));
        layout->addWidget(who);
        QLabel* words = makeLabel(lines.join(QStringLiteral("<br>")), "body", note, true);
        words->setObjectName(QStringLiteral("lookBack-") + qs(partner));
        layout->addWidget(words);
    }
    if (!any) {
        layout->addWidget(makeLabel(tr("Neither of you wrote down needs or requests on your own, or you kept them to "
                                       "yourselves. You can say them to each other now."),
                                    "muted", note));
    }
}

// "Our cycle" starts each partner from what they wrote about their own pattern in earlier repairs. Shared
// answers only: the screen may be seen by both.
void SessionScreen::addEarlierAnswersNote(const content::Card& card, bool together)
{
    JournalService* journal = app()->journal();
    if (card.earlierAnswers.empty() || !journal)
        return;
    const std::set<std::string> ids(card.earlierAnswers.begin(), card.earlierAnswers.end());
    const std::vector<std::string> people =
        together ? m_controller->session().partners() : std::vector<std::string>{m_writer};
    QVBoxLayout* layout = nullptr;
    for (const std::string& partner : people) {
        auto found = modes::latestSharedAnswer(journal->reader(), app()->profile().coupleId, ids, partner,
                                               m_controller->row().id);
        if (!found || !found.value())
            continue;
        if (!layout) {
            layout = addNote(QStringLiteral("earlierAnswers"));
            layout->addWidget(makeLabel(together ? tr("What you each wrote in an earlier repair")
                                                 : tr("What you wrote in an earlier repair"),
                                        "heading", layout->parentWidget()));
        }
        QWidget* note = layout->parentWidget();
        if (together) {
            QLabel* who = makeLabel(partnerName(partner), "eyebrow", note);
            who->setObjectName(QStringLiteral("earlierWho-") + qs(partner));
            layout->addWidget(who);
        }
        QLabel* words = makeLabel(qs(found.value()->text), "body", note);
        words->setObjectName(QStringLiteral("earlierAnswer-") + qs(partner));
        words->setTextFormat(Qt::PlainText);
        layout->addWidget(words);
    }
}

// Back at the start of a together step for another round: one calm sentence on why, and what to try.
QVBoxLayout* SessionScreen::addNote(const QString& name, bool first)
{
    auto* note = makeFrame("soft", m_cardHolder, name);
    auto* layout = new QVBoxLayout(note);
    layout->setContentsMargins(20, 14, 20, 14);
    layout->setSpacing(4);
    if (first)
        m_cardLayout->insertWidget(0, note);
    else
        m_cardLayout->addWidget(note);
    return layout;
}

void SessionScreen::addRecallNote(const content::Card& card)
{
    const engine::Session& session = m_controller->session();
    const content::Card* chosen = card.recall.empty() ? nullptr : session.program().findCard(card.recall);
    const engine::AnswerRecord* record = chosen ? session.answerFor(m_writer, chosen->id) : nullptr;
    if (!record || record->value.is_null())
        return;
    const QString text = formatAnswer(readerFor(*app()), *chosen, record->value);
    if (text.isEmpty())
        return;
    QVBoxLayout* layout = addNote(QStringLiteral("recall"));
    QWidget* note = layout->parentWidget();
    layout->addWidget(makeLabel(tr("You chose"), "eyebrow", note));
    QLabel* words = makeLabel(text, "body", note, true);
    words->setObjectName(QStringLiteral("recallText"));
    layout->addWidget(words);
}

void SessionScreen::addRoundAgainNote(const content::Step& step, int round)
{
    const engine::Session& session = m_controller->session();
    // A round of this step that ended at a question able to send the couple back here ("are you clear?") ended in a
    // "not yet"; a round that ended in a pause has no such answer.
    auto endedNotYet = [&](const engine::PastRound& past) {
        for (const auto& [cardId, record] : past.answers) {
            const content::Card* card = session.program().findCard(cardId);
            if (!card || card->kind != content::CardKind::Gate)
                continue;
            for (const content::Option& option : card->options)
                if (option.next && option.next->type == content::Target::Type::Step && option.next->id == step.id)
                    return true;
        }
        return false;
    };
    bool notYet = false;
    int notYets = 0;
    for (const engine::PastRound& past : session.pastRounds()) {
        if (past.stepId != step.id || !past.partner.empty() || !endedNotYet(past))
            continue;
        ++notYets;
        notYet = notYet || past.number == round - 1;
    }
    QVBoxLayout* layout = addNote(QStringLiteral("roundAgain"));
    QWidget* note = layout->parentWidget();
    layout->addWidget(makeLabel(
        notYet ? tr("You are back at the start of this step because one of you said “not yet”. That is the repair "
                    "doing its work, not a failure.")
               : tr("You are starting this step again after your pause."),
        "body", note));
    layout->addWidget(makeLabel(tr("This time, begin with what still feels unsettled. Your intention and agreements "
                                   "from the round before are filled in — change them if you like."),
                                "muted", note));
    if (notYets >= 2)
        addReferralNote();
}

// After the second "not yet" in one repair: an invitation, never a verdict, to bring in a couples therapist. Tend
// opens no links; it says how people usually find one.
namespace {

QLabel* findingATherapist(QWidget* note)
{
    return makeLabel(
        SessionScreen::tr("To find one: your doctor can often refer you; professional bodies for counselling and "
                          "psychotherapy in your country keep registers you can search for couples work; and many "
                          "counselling services offer couples sessions. You can bring what you wrote here, if you "
                          "both want to."),
        "muted", note);
}

} // namespace

void SessionScreen::addReferralNote()
{
    QVBoxLayout* layout = addNote(QStringLiteral("referral"));
    QWidget* note = layout->parentWidget();
    layout->setSpacing(6);
    layout->addWidget(makeLabel(tr("When the same place keeps bringing you back"), "heading", note));
    layout->addWidget(makeLabel(
        tr("Going round more than once is common, and you are still here, trying. If this keeps happening, in this "
           "repair or from one repair to the next, a couples therapist can help you both see what keeps pulling you "
           "back, with someone beside you who is on neither side."),
        "body", note));
    layout->addWidget(findingATherapist(note));
}

void SessionScreen::updateOldPainNote()
{
    QWidget* shown = m_cardHolder->findChild<QWidget*>(QStringLiteral("oldPainReferral"), Qt::FindDirectChildrenOnly);
    bool wanted = false;
    JournalService* journal = app()->journal();
    if (m_card && m_controller->hasSession() && journal && app()->library()) {
        const engine::Session& session = m_controller->session();
        const content::Card* card = session.program().findCard(ss(m_card->cardId()));
        const engine::AnswerRecord* record = card ? session.answerFor(m_writer, card->id) : nullptr;
        if (record && modes::marksOldPain(*card, record->value)) {
            const auto key = std::make_pair(m_controller->row().id, m_writer);
            auto known = m_oldPainEarlier.find(key);
            if (known == m_oldPainEarlier.end()) {
                auto marks = modes::earlierOldPainMarks(journal->reader(), *app()->library(), app()->profile().coupleId,
                                                        m_writer, m_controller->row().id);
                known = m_oldPainEarlier.emplace(key, marks ? marks.value() : 0).first;
            }
            wanted = known->second > 0;
        }
    }
    if (!wanted) {
        if (shown)
            shown->deleteLater();
        return;
    }
    if (shown)
        return;
    QVBoxLayout* layout = addNote(QStringLiteral("oldPainReferral"));
    QWidget* note = layout->parentWidget();
    layout->setSpacing(6);
    layout->addWidget(makeLabel(tr("An old hurt, again"), "heading", note));
    layout->addWidget(makeLabel(tr("You have marked an old hurt in an earlier repair too. Pain that keeps coming "
                                   "back often needs more room than one evening can give. A couples therapist, or "
                                   "a therapist of your own, can help you look at where it comes from, with someone "
                                   "beside you who is on neither side."),
                                "body", note));
    layout->addWidget(findingATherapist(note));
    note->show();
}

} // namespace tend::ui
