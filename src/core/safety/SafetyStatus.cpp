#include "tend/safety/SafetyStatus.h"

#include "tend/engine/Clock.h"

namespace tend::safety {
namespace {

std::string str(const nlohmann::json& object, const char* key)
{
    return object.is_object() && object.contains(key) && object[key].is_string() ? object[key].get<std::string>()
                                                                                 : std::string();
}

} // namespace

bool SafetyStatus::due(TimePoint now) const
{
    if (!taken || postponed || !checkedAt || recheckDays <= 0)
        return true;
    return now - *checkedAt >= std::chrono::hours(24) * recheckDays;
}

SafetyStatus statusFromRecord(const nlohmann::json& record)
{
    SafetyStatus status;
    if (!record.is_object())
        return status;
    status.postponed = str(record, "status") == "postponed";
    status.taken = str(record, "status") == "done";
    const nlohmann::json effects =
        record.contains("effects") && record["effects"].is_object() ? record["effects"] : nlohmann::json::object();
    status.jointLocked = str(effects, "joint") == "locked";
    status.takeSpaceOff = str(effects, "take_space") == "off";
    status.calmingOnly = str(effects, "programs") == "calming-only";
    if (effects.contains("recheck_days") && effects["recheck_days"].is_number_integer())
        status.recheckDays = effects["recheck_days"].get<int>();
    if (record.contains("routes") && record["routes"].is_array() && !record["routes"].empty() &&
        record["routes"][0].is_string())
        status.route = record["routes"][0].get<std::string>();
    status.nextTimeRoute = str(record, "next_time");
    if (auto when = engine::parseIso(str(record, "checked_at")))
        status.checkedAt = *when;
    return status;
}

} // namespace tend::safety
