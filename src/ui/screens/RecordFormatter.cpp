#include "ui/screens/RecordFormatter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <algorithm>
#include <map>

#include "tend/content/Program.h"
#include "tend/journal/Journal.h"
#include "ui/app/AppContext.h"
#include "ui/theme/RichText.h"

namespace tend::ui {
namespace {

// The formatting below is free functions; this gives their sentences a translation context lupdate can see.
class RecordFormatter {
    Q_DECLARE_TR_FUNCTIONS(tend::ui::RecordFormatter)
};

QString esc(const std::string& text)
{
    QString out = qs(text).toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

} // namespace

// The reader's own words in the person's language ({n} and {max} are numbers or words it fills in).
auto readerWords()
{
    tend::reading::Words words;
    words.together = ss(RecordFormatter::tr("Together"));
    words.someone = ss(RecordFormatter::tr("Someone"));
    words.onMyOwn = ss(RecordFormatter::tr("On my own"));
    words.repairTogether = ss(RecordFormatter::tr("A repair together"));
    words.inProgress = ss(RecordFormatter::tr("in progress"));
    words.paused = ss(RecordFormatter::tr("paused"));
    words.complete = ss(RecordFormatter::tr("complete"));
    words.setAside = ss(RecordFormatter::tr("set aside"));
    //: A scale answer: "6 of 10". Keep {n} and {max}.
    words.outOf = ss(RecordFormatter::tr("{n} of {max}"));
    words.nothingTicked = ss(RecordFormatter::tr("Nothing ticked"));
    words.racing = ss(RecordFormatter::tr("racing"));
    words.steady = ss(RecordFormatter::tr("steady"));
    words.shutDown = ss(RecordFormatter::tr("shut down"));
    words.oneMinute = ss(RecordFormatter::tr("1 minute"));
    words.minutes = ss(RecordFormatter::tr("{n} minutes"));
    words.oneSecond = ss(RecordFormatter::tr("1 second"));
    words.seconds = ss(RecordFormatter::tr("{n} seconds"));
    words.theFullTime = ss(RecordFormatter::tr("the full time"));
    words.done = ss(RecordFormatter::tr("done"));
    words.saidAloud = ss(RecordFormatter::tr("(said aloud)"));
    words.noticingInBody = ss(RecordFormatter::tr("(noticing in my body) {n}"));
    words.yesThatsIt = ss(RecordFormatter::tr("Yes, that's it."));
    words.notQuite = ss(RecordFormatter::tr("Not quite: {n}"));
    words.earlierCard = ss(RecordFormatter::tr("A card from an earlier version of the program"));
    // The Markdown export's own headings and sentences.
    words.journalTitle = ss(RecordFormatter::tr("Tend journal"));
    words.noRepairsYet = ss(RecordFormatter::tr("No repairs yet."));
    words.oneRepair = ss(RecordFormatter::tr("1 repair."));
    words.repairs = ss(RecordFormatter::tr("{n} repairs."));
    words.asSeenBy = ss(RecordFormatter::tr("As {n} sees it: what someone else kept private is not here."));
    words.sharedOnly = ss(RecordFormatter::tr("Shared answers only: nothing anyone kept private is here."));
    words.agreements = ss(RecordFormatter::tr("Agreements"));
    words.anAgreement = ss(RecordFormatter::tr("An agreement"));
    words.togetherWith = ss(RecordFormatter::tr("Together, {n}"));
    words.ended = ss(RecordFormatter::tr("Ended: {n}"));
    words.pausedToAskFor = ss(RecordFormatter::tr("Paused to ask for: {n}"));
    words.comingBack = ss(RecordFormatter::tr("Coming back:"));
    words.comingBackToStep = ss(RecordFormatter::tr("Coming back to this step:"));
    words.keptPrivate = ss(RecordFormatter::tr("(kept private)"));
    words.checkIns = ss(RecordFormatter::tr("Check-ins"));
    words.before = ss(RecordFormatter::tr("before"));
    words.after = ss(RecordFormatter::tr("after"));
    words.notFinishedYet = ss(RecordFormatter::tr("Not finished yet"));
    words.skipped = ss(RecordFormatter::tr("Skipped."));
    words.open = ss(RecordFormatter::tr("open"));
    words.kept = ss(RecordFormatter::tr("kept"));
    words.partlyKept = ss(RecordFormatter::tr("partly kept"));
    words.notKept = ss(RecordFormatter::tr("not kept"));
    words.letGo = ss(RecordFormatter::tr("let go"));
    return words;
}

reading::Reader readerFor(const AppContext& app)
{
    reading::Reader reader(app.library(), app.options().locale);
    reader.setWords(readerWords());
    reader.setTimeFormatter([](std::time_t when, reading::TimeStyle style) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(qint64(when)).toLocalTime();
        switch (style) {
        case reading::TimeStyle::TimeOnly:
            return ss(friendlyTime(at.time()));
        case reading::TimeStyle::DateOnly:
            return ss(friendlyDate(at.date()));
        case reading::TimeStyle::DateAndTime:
            break;
        }
        return ss(friendlyDateTime(at));
    });
    std::vector<reading::Person> people;
    for (const PartnerInfo& p : app.profile().partners)
        people.push_back({p.id, ss(p.name)});
    reader.setPeople(std::move(people));
    return reader;
}

QString answerHtml(const reading::Answer& answer)
{
    using Form = reading::Answer::Form;
    switch (answer.form) {
    case Form::Nothing:
        return RecordFormatter::tr("<i>(skipped)</i>");
    case Form::Words:
    case Form::Written:
        return esc(answer.lines.front().text);
    case Form::List: {
        QStringList items;
        for (const reading::Line& line : answer.lines)
            items << esc(line.text);
        return items.join(QStringLiteral("<br>"));
    }
    case Form::Dialogue: {
        QStringList lines;
        for (const reading::Line& line : answer.lines)
            lines << QStringLiteral("<b>%1:</b> %2").arg(esc(line.speaker), esc(line.text));
        return lines.join(QStringLiteral("<br>"));
    }
    }
    return {};
}

QString entryAnchor(const QString& entryId)
{
    return QStringLiteral("entry-") + entryId;
}

QStringList matchedWords(const std::string& snippet)
{
    QStringList words;
    std::size_t at = 0;
    while ((at = snippet.find(journal::kHighlightStart, at)) != std::string::npos) {
        const std::size_t end = snippet.find(journal::kHighlightEnd, at + 1);
        if (end == std::string::npos)
            break;
        const QString word = qs(snippet.substr(at + 1, end - at - 1)).trimmed();
        if (!word.isEmpty() && !words.contains(word, Qt::CaseInsensitive))
            words << word;
        at = end + 1;
    }
    return words;
}

QString highlightSnippet(const std::string& snippet)
{
    QString text = qs(snippet).toHtmlEscaped();
    text.replace(QLatin1String(journal::kHighlightStart), QStringLiteral("<b><u>"));
    text.replace(QLatin1String(journal::kHighlightEnd), QStringLiteral("</u></b>"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString formatAnswer(const reading::Reader& reader, const content::Card& card, const engine::Answer& answer)
{
    return answerHtml(reader.answer(&card, {}, answer));
}

QString formatRecord(const reading::Reader& reader, const journal::Session& session,
                     const std::vector<journal::Entry>& entries, const content::Program* program)
{
    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(esc(reader.when(session.startedAt)));
    QStringList facts;
    facts << esc(reader.sessionFacts(session));
    if (session.returnAt)
        facts << RecordFormatter::tr("agreed to come back %1").arg(esc(reader.when(*session.returnAt)));
    if (session.returnPlace)
        facts << RecordFormatter::tr("at %1").arg(esc(*session.returnPlace));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    if (entries.empty())
        html += RecordFormatter::tr("<p><i>Nothing written in this repair yet.</i></p>");

    // By step in the program's order; within a step, by who wrote it.
    std::vector<std::string> stepOrder;
    if (program) {
        for (const auto& step : program->steps)
            stepOrder.push_back(step.id);
    }
    for (const auto& entry : entries) {
        if (std::find(stepOrder.begin(), stepOrder.end(), entry.step) == stepOrder.end())
            stepOrder.push_back(entry.step);
    }
    int number = 1;
    for (const std::string& stepId : stepOrder) {
        std::map<std::string, std::vector<const journal::Entry*>> byWho;
        std::vector<std::string> whoOrder;
        for (const auto& entry : entries) {
            if (entry.step != stepId)
                continue;
            const std::string who = entry.partnerId.value_or(std::string());
            if (!byWho.count(who))
                whoOrder.push_back(who);
            byWho[who].push_back(&entry);
        }
        if (byWho.empty()) {
            ++number;
            continue;
        }
        html += QStringLiteral("<h3>%1. %2</h3>").arg(number++).arg(esc(reader.stepTitle(program, stepId)));
        for (const std::string& who : whoOrder) {
            html += QStringLiteral("<h4>%1</h4>")
                        .arg(esc(reader.name(who.empty() ? std::nullopt : std::optional<std::string>(who))));
            int lastRound = 1;
            for (const journal::Entry* entry : byWho[who]) {
                const nlohmann::json payload = nlohmann::json::parse(entry->payload, nullptr, false);
                if (!payload.is_object())
                    continue;
                const int round =
                    payload.contains("round") && payload["round"].is_number() ? payload["round"].get<int>() : 1;
                if (round > lastRound) // the step started over
                    html += RecordFormatter::tr("<p><i>Coming back to this step</i></p>");
                lastRound = std::max(lastRound, round);
                QString heading = esc(reader.cardTitle(program, entry->card));
                if (entry->visibility == journal::Visibility::Private)
                    heading += RecordFormatter::tr(" <small>(kept private)</small>");
                html += QStringLiteral("<p><a name=\"%1\"><b>%2</b></a><br>%3</p>")
                            .arg(entryAnchor(qs(entry->id)), heading,
                                 answerHtml(reader.payload(program, entry->card, payload)));
            }
        }
    }
    return html;
}

} // namespace tend::ui
