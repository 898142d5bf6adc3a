#include "ui/screens/RecordFormatter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <map>

#include "tend/content/Program.h"
#include "tend/journal/Journal.h"
#include "ui/app/AppContext.h"
#include "ui/theme/RichText.h"

namespace tend::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tend::ui::RecordFormatter", text);
}

QString esc(const std::string& text)
{
    QString out = qs(text).toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

QString optionLabel(const nlohmann::json& card, const std::string& id)
{
    if (card.is_object() && card.contains("options") && card["options"].is_array()) {
        for (const auto& option : card["options"]) {
            if (option.is_object() && option.value("id", std::string()) == id)
                return qs(option.value("label", id)).toHtmlEscaped();
        }
    }
    return qs(id).toHtmlEscaped();
}

QString nameOf(const Profile& profile, const std::string& id)
{
    const QString name = profile.partner(id).name;
    return name.isEmpty() ? qs(id).toHtmlEscaped() : name.toHtmlEscaped();
}

} // namespace

QString highlightSnippet(const std::string& snippet)
{
    QString text = qs(snippet).toHtmlEscaped();
    text.replace(QLatin1String(journal::kHighlightStart), QStringLiteral("<b><u>"));
    text.replace(QLatin1String(journal::kHighlightEnd), QStringLiteral("</u></b>"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString formatAnswer(const nlohmann::json& answer, const std::string& kind, const nlohmann::json& card,
                     const Profile& profile)
{
    if (answer.is_null())
        return tr("<i>(skipped)</i>");
    if (answer.is_string()) {
        if (kind == "gate")
            return optionLabel(card, answer.get<std::string>());
        return esc(answer.get<std::string>());
    }
    if (answer.is_number_integer())
        return tr("%1 of %2").arg(answer.get<int>()).arg(card.value("max", 10));
    if (kind == "choice" && answer.is_object()) {
        QStringList parts;
        for (const auto& id : answer.value("selected", nlohmann::json::array()))
            parts << optionLabel(card, id.is_string() ? id.get<std::string>() : std::string());
        if (answer.contains("other") && answer["other"].is_string())
            parts << esc(answer["other"].get<std::string>());
        return parts.join(QStringLiteral(", "));
    }
    if (kind == "checkin" && answer.is_object()) {
        QStringList parts;
        if (answer.contains("level"))
            parts << tr("%1 of 10").arg(answer.value("level", 0));
        if (answer.contains("state")) {
            const std::string state = answer.value("state", std::string());
            parts << (state == "racing" ? tr("racing") : state == "shut-down" ? tr("shut down") : tr("steady"));
        }
        QStringList words;
        for (const auto& w : answer.value("emotions", nlohmann::json::array()))
            words << (w.is_string() ? esc(w.get<std::string>()) : QString());
        if (!words.isEmpty())
            parts << words.join(QStringLiteral(", "));
        return parts.join(QStringLiteral(" · "));
    }
    if (kind == "checklist" && answer.is_array()) {
        QStringList parts;
        for (const auto& id : answer) {
            QString label = qs(id.is_string() ? id.get<std::string>() : std::string()).toHtmlEscaped();
            for (const auto& item : card.value("items", nlohmann::json::array())) {
                if (item.is_object() && id.is_string() && item.value("id", std::string()) == id.get<std::string>())
                    label = qs(item.value("label", std::string())).toHtmlEscaped();
            }
            parts << label;
        }
        return parts.isEmpty() ? tr("<i>(nothing ticked)</i>") : parts.join(QStringLiteral(", "));
    }
    if ((kind == "timer" || kind == "breathing") && answer.is_object()) {
        const int seconds = answer.value("seconds", 0);
        return tr("%1 min %2 s%3")
            .arg(seconds / 60)
            .arg(seconds % 60)
            .arg(answer.value("completed", false) ? tr(", the full time") : QString());
    }
    if (kind == "practice" && answer.is_object())
        return tr("%1%2").arg(esc(answer.value("practice", std::string())),
                              answer.value("completed", false) ? tr(" — done") : QString());
    if (kind == "schedule" && answer.is_object()) {
        const QDateTime at = QDateTime::fromString(qs(answer.value("at", std::string())), Qt::ISODate).toLocalTime();
        QString text = friendlyDateTime(at);
        if (!answer.value("place", std::string()).empty())
            text += tr(", at ") + esc(answer.value("place", std::string()));
        return text;
    }
    if (kind == "gate" && answer.is_object()) {
        QStringList parts;
        for (const auto& [partner, option] : answer.items())
            parts << tr("%1: %2").arg(
                nameOf(profile, partner),
                optionLabel(card, option.is_string() ? option.get<std::string>() : std::string()));
        return parts.join(QStringLiteral("; "));
    }
    if (kind == "turns" && answer.is_object()) {
        QString out;
        for (const auto& turn : answer.value("turns", nlohmann::json::array())) {
            const std::string speaker = turn.value("speaker", std::string());
            out += tr("<p><b>%1 speaks</b></p>").arg(nameOf(profile, speaker));
            int number = 1;
            for (const auto& round : turn.value("rounds", nlohmann::json::array())) {
                out += QStringLiteral("<p>");
                if (turn.value("rounds", nlohmann::json::array()).size() > 1)
                    out += tr("<i>Round %1</i><br>").arg(number);
                if (!round.value("shared", std::string()).empty())
                    out += tr("Shared: %1<br>").arg(esc(round.value("shared", std::string())));
                if (!round.value("reflected", std::string()).empty())
                    out += tr("Heard: %1<br>").arg(esc(round.value("reflected", std::string())));
                if (!round.value("noticed", std::string()).empty())
                    out += tr("Noticed while listening: %1<br>").arg(esc(round.value("noticed", std::string())));
                if (round.value("confirmed", false))
                    out += tr("“Yes, that's it.”");
                else if (!round.value("correction", std::string()).empty())
                    out += tr("Added: %1").arg(esc(round.value("correction", std::string())));
                out += QStringLiteral("</p>");
                ++number;
            }
        }
        return out;
    }
    return esc(answer.dump());
}

QString formatRecord(const journal::Session& session, const std::vector<journal::Entry>& entries,
                     const content::Program* program, const Profile& profile)
{
    QString html;
    const QDateTime started = QDateTime::fromString(qs(session.startedAt), Qt::ISODate).toLocalTime();
    html += QStringLiteral("<h2>%1</h2>").arg(friendlyDateTime(started).toHtmlEscaped());
    QStringList facts;
    facts << (session.mode == journal::SessionMode::Together ? tr("Together") : tr("On my own"));
    if (session.status == journal::SessionStatus::Completed)
        facts << tr("complete");
    else if (session.status == journal::SessionStatus::Paused)
        facts << tr("paused");
    else
        facts << tr("in progress");
    if (session.returnAt) {
        const QDateTime at = QDateTime::fromString(qs(*session.returnAt), Qt::ISODate).toLocalTime();
        facts << tr("agreed to come back %1").arg(friendlyDateTime(at));
    }
    if (session.returnPlace)
        facts << tr("at %1").arg(esc(*session.returnPlace));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    if (entries.empty())
        html += tr("<p><i>Nothing written in this repair yet.</i></p>");

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
        const content::Step* step = program ? program->findStep(stepId) : nullptr;
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
        html += QStringLiteral("<h3>%1. %2</h3>").arg(number++).arg(step ? esc(step->title) : esc(stepId));
        for (const std::string& who : whoOrder) {
            html += QStringLiteral("<h4>%1</h4>").arg(who.empty() ? tr("Together") : nameOf(profile, who));
            int lastRound = 1;
            for (const journal::Entry* entry : byWho[who]) {
                const nlohmann::json payload = nlohmann::json::parse(entry->payload, nullptr, false);
                if (!payload.is_object())
                    continue;
                const int round = payload.value("round", 1);
                if (round != lastRound) {
                    html += tr("<p><i>Round %1</i></p>").arg(round);
                    lastRound = round;
                }
                const content::Card* card = program ? program->findCard(entry->card) : nullptr;
                QString heading = card && !card->title.empty() ? esc(card->title) : esc(entry->card);
                if (entry->visibility == journal::Visibility::Private)
                    heading += tr(" <small>(kept private)</small>");
                html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                            .arg(heading, formatAnswer(payload.value("answer", nlohmann::json()),
                                                       payload.value("kind", std::string()),
                                                       card ? card->raw : nlohmann::json(), profile));
            }
        }
    }
    return html;
}

} // namespace tend::ui
