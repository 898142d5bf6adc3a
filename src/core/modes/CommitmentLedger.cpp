#include "tend/modes/CommitmentLedger.h"
#include "tend/common/Result.h"

#include <algorithm>
#include <array>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "tend/common/Log.h"
#include "tend/engine/AnswerRules.h"
#include "tend/engine/Clock.h"

namespace tend::modes {
namespace {

using journal::Commitment;
using journal::CommitmentStatus;
using nlohmann::json;

constexpr std::array<std::pair<LedgerStatus, std::string_view>, 5> kNames{{{LedgerStatus::New, "new"},
                                                                           {LedgerStatus::Kept, "kept"},
                                                                           {LedgerStatus::InProgress, "in-progress"},
                                                                           {LedgerStatus::LetGo, "let-go"},
                                                                           {LedgerStatus::Revisit, "revisit"}}};

json payloadObject(const std::string& text)
{
    json parsed = json::parse(text, nullptr, false);
    return parsed.is_object() ? parsed : json::object();
}

std::string stringAt(const json& object, const char* key)
{
    auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string{};
}

std::optional<LedgerReview> reviewFrom(const json& value)
{
    if (!value.is_object())
        return std::nullopt;
    auto status = ledgerStatusFromString(stringAt(value, "status"));
    if (!status || *status == LedgerStatus::New)
        return std::nullopt;
    LedgerReview review;
    review.status = *status;
    review.note = stringAt(value, "note");
    review.at = stringAt(value, "at");
    if (auto it = value.find("followUpAt"); it != value.end() && it->is_string())
        review.followUpAt = it->get<std::string>();
    return review;
}

json reviewJson(const LedgerReview& review)
{
    return json{{"at", review.at},
                {"status", toString(review.status)},
                {"note", review.note},
                {"followUpAt", review.followUpAt ? json(*review.followUpAt) : json(nullptr)}};
}

// Journal timestamps come with and without milliseconds, so they are compared as times, not as text.
std::optional<engine::TimePoint> timeOf(const std::string& iso)
{
    if (!journal::isValidTimestamp(iso))
        return std::nullopt;
    return engine::parseIso(iso);
}

bool reached(const std::string& now, const std::string& when)
{
    auto a = timeOf(now);
    auto b = timeOf(when);
    return a && b && *a >= *b;
}

Result<void> checkTime(const std::string& value, const char* what)
{
    if (!timeOf(value))
        return makeError(std::string("The ") + what + " time is not an ISO-8601 UTC timestamp");
    return {};
}

CommitmentStatus columnFor(LedgerStatus status)
{
    switch (status) {
    case LedgerStatus::Kept:
        return CommitmentStatus::Kept;
    case LedgerStatus::LetGo:
        return CommitmentStatus::Released;
    case LedgerStatus::New:
    case LedgerStatus::InProgress:
    case LedgerStatus::Revisit:
        break;
    }
    return CommitmentStatus::Open;
}

// engine::commitmentLines keeps a line that is only a bullet ("- " trims to "-"); it holds no commitment.
bool onlyBullet(const std::string& text)
{
    return text == "-" || text == "*" || text == "\xE2\x80\xA2" /* • */;
}

struct Line {
    std::optional<std::string> partnerId;
    std::string text;
};

Result<std::vector<Commitment>> rowsFromLines(const NewCommitments& made, const std::vector<Line>& lines,
                                              const std::function<std::string()>& newId)
{
    if (made.coupleId.empty())
        return makeError("Commitments need the couple they belong to");
    TEND_TRY(checkTime(made.createdAt, "creation"));
    if (made.followUpAt) {
        TEND_TRY(checkTime(*made.followUpAt, "follow-up"));
        if (!reached(*made.followUpAt, made.createdAt))
            return makeError("The follow-up time is before the commitment was made");
    }
    std::vector<Commitment> rows;
    std::set<std::pair<std::optional<std::string>, std::string>> seen;
    for (const Line& line : lines) {
        if (line.text.empty() || onlyBullet(line.text) || !seen.insert({line.partnerId, line.text}).second)
            continue;
        if (line.text.size() > kMaxCommitmentText)
            return makeError("A commitment is longer than " + std::to_string(kMaxCommitmentText) +
                             " characters; please shorten it");
        Commitment row;
        row.id = newId ? newId() : journal::newId();
        row.coupleId = made.coupleId;
        row.sessionId = made.sessionId;
        row.partnerId = line.partnerId;
        row.status = CommitmentStatus::Open;
        row.payload = json{{"text", line.text}}.dump(-1, ' ', false, json::error_handler_t::replace);
        row.followUpAt = made.followUpAt;
        row.createdAt = made.createdAt;
        row.updatedAt = made.createdAt;
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<std::vector<Commitment>> storeNew(journal::Journal& journal, const NewCommitments& made,
                                         std::vector<Commitment> rows, const std::function<std::string()>& newId)
{
    std::vector<Commitment> added;
    auto done = journal.transaction([&]() -> Result<void> {
        auto existing = journal.commitments(made.coupleId);
        if (!existing)
            return existing.error();
        std::set<std::pair<std::optional<std::string>, std::string>> present;
        for (const Commitment& c : *existing) {
            if (c.sessionId == made.sessionId)
                present.insert({c.partnerId, describeCommitment(c).text});
        }
        for (Commitment& row : rows) {
            if (present.count({row.partnerId, describeCommitment(row).text}))
                continue;
            TEND_TRY(journal.addCommitment(row));
            if (row.followUpAt) {
                journal::Reminder reminder;
                reminder.id = newId ? newId() : journal::newId();
                reminder.coupleId = row.coupleId;
                reminder.commitmentId = row.id;
                reminder.kind = journal::ReminderKind::FollowUp;
                reminder.dueAt = *row.followUpAt;
                reminder.createdAt = row.createdAt;
                TEND_TRY(journal.addReminder(reminder));
            }
            added.push_back(row);
        }
        return {};
    });
    if (!done)
        return done.error();
    log::get("modes")->info("ledger: {} commitments added", added.size());
    return added;
}

} // namespace

std::string_view toString(LedgerStatus status)
{
    for (const auto& [value, name] : kNames)
        if (value == status)
            return name;
    return "new";
}

std::optional<LedgerStatus> ledgerStatusFromString(std::string_view text)
{
    for (const auto& [value, name] : kNames)
        if (name == text)
            return value;
    return std::nullopt;
}

bool isOpen(LedgerStatus status)
{
    return status == LedgerStatus::New || status == LedgerStatus::InProgress || status == LedgerStatus::Revisit;
}

LedgerItem describeCommitment(const Commitment& row, const std::string& now)
{
    LedgerItem item;
    item.row = row;
    const json payload = payloadObject(row.payload);
    item.text = stringAt(payload, "text");
    item.followUpNote = stringAt(payload, "followUp");
    if (auto it = payload.find("reviews"); it != payload.end() && it->is_array()) {
        for (const json& value : *it)
            if (auto review = reviewFrom(value))
                item.reviews.push_back(*review);
    }
    switch (row.status) {
    case CommitmentStatus::Open:
        item.status = LedgerStatus::New;
        if (!item.reviews.empty() && isOpen(item.reviews.back().status))
            item.status = item.reviews.back().status;
        break;
    case CommitmentStatus::Kept:
        item.status = LedgerStatus::Kept;
        break;
    case CommitmentStatus::Released:
        item.status = LedgerStatus::LetGo;
        break;
    case CommitmentStatus::PartlyKept:
        item.status = LedgerStatus::InProgress;
        break;
    case CommitmentStatus::NotKept:
        item.status = LedgerStatus::Revisit;
        break;
    }
    if (isOpen(item.status)) {
        if (row.followUpAt)
            item.due = !now.empty() && reached(now, *row.followUpAt);
        else
            item.due = item.status == LedgerStatus::New;
    }
    return item;
}

Result<std::vector<LedgerItem>> ledger(journal::Journal& journal, const std::string& coupleId, const std::string& now)
{
    auto rows = journal.commitments(coupleId);
    if (!rows)
        return rows.error();
    std::vector<LedgerItem> items;
    items.reserve(rows->size());
    for (const Commitment& row : *rows)
        items.push_back(describeCommitment(row, now));
    return items;
}

Result<std::vector<LedgerItem>> openCommitments(journal::Journal& journal, const std::string& coupleId,
                                                const std::string& now)
{
    auto all = ledger(journal, coupleId, now);
    if (!all)
        return all.error();
    std::vector<LedgerItem> open;
    for (LedgerItem& item : *all)
        if (isOpen(item.status))
            open.push_back(std::move(item));
    return open;
}

Result<std::vector<LedgerItem>> reviewAtStart(journal::Journal& journal, const std::string& coupleId,
                                              const std::string& now, const std::string& currentSessionId)
{
    auto open = openCommitments(journal, coupleId, now);
    if (!open)
        return open.error();
    std::vector<LedgerItem> items;
    for (LedgerItem& item : *open) {
        if (!currentSessionId.empty() && item.row.sessionId && *item.row.sessionId == currentSessionId)
            continue;
        items.push_back(std::move(item));
    }
    // Due first; otherwise the ledger's own order (seq: the order they were made).
    std::stable_sort(items.begin(), items.end(),
                     [](const LedgerItem& a, const LedgerItem& b) { return a.due && !b.due; });
    return items;
}

Result<void> applyReview(Commitment& row, const LedgerReview& review)
{
    TEND_TRY(checkTime(review.at, "review"));
    if (review.status == LedgerStatus::New)
        return makeError("A review says kept, in progress, let go or revisit");
    if (review.note.size() > kMaxLedgerNote)
        return makeError("The follow-up note is longer than " + std::to_string(kMaxLedgerNote) + " characters");
    if (review.status == LedgerStatus::Revisit && !review.followUpAt)
        return makeError("Revisiting a commitment needs a date to look at it again");
    if (review.followUpAt) {
        if (review.status == LedgerStatus::Kept || review.status == LedgerStatus::LetGo)
            return makeError("A kept or released commitment has no follow-up date");
        TEND_TRY(checkTime(*review.followUpAt, "follow-up"));
        if (!reached(*review.followUpAt, review.at))
            return makeError("The follow-up date is before the review");
    }
    const LedgerItem current = describeCommitment(row);
    if (!isOpen(current.status) && review.status != LedgerStatus::Revisit)
        return makeError("This commitment is already closed; it can only be reopened to revisit it");

    json payload = payloadObject(row.payload);
    json reviews = payload.contains("reviews") && payload["reviews"].is_array() ? payload["reviews"] : json::array();
    reviews.push_back(reviewJson(review));
    payload["reviews"] = std::move(reviews);
    payload["followUp"] = review.note;
    if (!payload.contains("text"))
        payload["text"] = current.text;

    row.status = columnFor(review.status);
    row.followUpAt = review.followUpAt;
    row.reviewedAt = review.at;
    row.updatedAt = review.at;
    row.payload = payload.dump(-1, ' ', false, json::error_handler_t::replace);
    return {};
}

Result<Commitment> reviewCommitment(journal::Journal& journal, const std::string& coupleId,
                                    const std::string& commitmentId, const LedgerReview& review,
                                    const std::function<std::string()>& newId)
{
    Commitment saved;
    auto done = journal.transaction([&]() -> Result<void> {
        auto rows = journal.commitments(coupleId);
        if (!rows)
            return rows.error();
        auto found =
            std::find_if(rows->begin(), rows->end(), [&](const Commitment& c) { return c.id == commitmentId; });
        if (found == rows->end())
            return makeError("There is no commitment with this id in this couple's ledger");
        Commitment row = *found;
        TEND_TRY(applyReview(row, review));
        TEND_TRY(journal.updateCommitment(row));
        // A newer review replaces any follow-up still waiting for this commitment.
        auto reminders = journal.reminders(coupleId);
        if (!reminders)
            return reminders.error();
        for (const journal::Reminder& r : *reminders) {
            if (r.commitmentId == commitmentId && !r.deliveredAt)
                TEND_TRY(journal.markReminderDelivered(r.id, review.at));
        }
        if (row.followUpAt) {
            journal::Reminder reminder;
            reminder.id = newId ? newId() : journal::newId();
            reminder.coupleId = coupleId;
            reminder.commitmentId = commitmentId;
            reminder.kind = journal::ReminderKind::FollowUp;
            reminder.dueAt = *row.followUpAt;
            reminder.createdAt = review.at;
            TEND_TRY(journal.addReminder(reminder));
        }
        saved = row;
        return {};
    });
    if (!done)
        return done.error();
    log::get("modes")->info("ledger: a commitment reviewed");
    return saved;
}

Result<std::vector<Commitment>> commitmentRows(const NewCommitments& made, const std::string& answerText,
                                               const std::function<std::string()>& newId)
{
    std::vector<Line> lines;
    for (std::string& text : engine::commitmentLines(answerText))
        lines.push_back({made.partnerId, std::move(text)});
    return rowsFromLines(made, lines, newId);
}

Result<std::vector<Commitment>> recordCommitments(journal::Journal& journal, const NewCommitments& made,
                                                  const std::string& answerText,
                                                  const std::function<std::string()>& newId)
{
    auto rows = commitmentRows(made, answerText, newId);
    if (!rows)
        return rows.error();
    return storeNew(journal, made, std::move(*rows), newId);
}

Result<std::vector<Commitment>> recordCommitments(journal::Journal& journal, const NewCommitments& made,
                                                  const std::vector<engine::Commitment>& lines,
                                                  const std::function<std::string()>& newId)
{
    auto partners = journal.partners(made.coupleId);
    if (!partners)
        return partners.error();
    std::vector<Line> split;
    for (const engine::Commitment& line : lines) {
        if (line.shared) {
            split.push_back({made.partnerId, line.text});
            continue;
        }
        const bool known =
            std::any_of(partners->begin(), partners->end(), [&](const journal::Partner& p) { return p.id == line.by; });
        if (!known)
            return makeError("A commitment was written by someone who is not a partner of this couple");
        split.push_back({line.by, line.text});
    }
    auto rows = rowsFromLines(made, split, newId);
    if (!rows)
        return rows.error();
    return storeNew(journal, made, std::move(*rows), newId);
}

} // namespace tend::modes
