// Fuzz target for the journal importer: any bytes go through validation and, when valid, an import
// into an in-memory journal. Must never crash, hang, or leave a half-written journal.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "tend/journal/Exchange.h"
#include "tend/journal/Journal.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static auto journal = tend::journal::Journal::openInMemory();
    if (!journal)
        return 0;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    tend::journal::Journal& j = **journal;
    auto& db = j.database();
    static constexpr const char* kCount =
        "SELECT (SELECT count(*) FROM couples) + (SELECT count(*) FROM partners) + (SELECT count(*) FROM sessions)"
        " + (SELECT count(*) FROM entries) + (SELECT count(*) FROM drafts) + (SELECT count(*) FROM check_ins)"
        " + (SELECT count(*) FROM commitments) + (SELECT count(*) FROM reminders)"
        " + (SELECT count(*) FROM safety_answers) + (SELECT count(*) FROM entries_fts)";
    const auto before = db.queryInt(kCount);
    auto report = tend::journal::exchange::importJson(j, text, {true, false});
    if (!report.ok) {
        // A refused import must not have written anything.
        const auto after = db.queryInt(kCount);
        if (before && after && before->value_or(0) != after->value_or(0))
            __builtin_trap();
    }
    // Keep the journal small between inputs.
    if (report.ok && report.added > 0)
        (void)db.exec("DELETE FROM entries_fts; DELETE FROM couples;");
    return 0;
}
