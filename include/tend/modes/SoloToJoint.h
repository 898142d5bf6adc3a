#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tend/common/Result.h"
#include "tend/content/Program.h"
#include "tend/engine/Clock.h"
#include "tend/engine/Session.h"
#include "tend/journal/Journal.h"

namespace tend::modes {

// Solo → joint. Someone can work steps 1–4 alone (a Solo-mode session: their own profile, or one partner of
// a couple journaling between therapy sessions) and later bring that reflection into a joint step 5.
//
// Bringing copies the entries the person picks from the solo session into a Together-mode session of the
// couple, as that partner's entries: the ones they choose to share as shared entries, the ones they only want
// in front of themselves as private entries. Each copy's payload gets
//   "carriedFrom": {"sessionId": solo session, "entryId": original entry, "createdAt": original time}
// so the link is kept without a schema change. The solo session is left exactly as it was.
//
// With a program, the joint session also gets an engine state in which that partner has finished the `each`
// steps and waits at the first card of the first `together` step; the other partner can still do their own
// steps 1–4 in the joint session (or bring their own solo reflection the same way), and step 5 opens when
// both have.

/// A solo session and what could be brought from it.
struct SoloReflection {
    journal::Session session;
    std::string partnerId;               ///< the person who wrote it (the only partner with entries)
    std::vector<journal::Entry> entries; ///< their entries, private ones included (it is their own view)
};

/// Reads a Solo-mode session as its writer sees it. Fails when it is not a solo session or has entries of
/// more than one person.
Result<SoloReflection> soloReflection(journal::Journal& journal, const std::string& soloSessionId);

/// What to bring, and where.
struct BringRequest {
    std::string soloSessionId;
    std::string coupleId;                      ///< the couple meeting for step 5
    std::string partnerId;                     ///< who the reflection belongs to in that couple
    std::vector<std::string> share;            ///< solo entry ids to bring as shared entries
    std::vector<std::string> keepPrivate;      ///< solo entry ids to bring as the partner's private entries
    std::optional<std::string> jointSessionId; ///< add to this existing joint session instead of starting one
    std::string at;                            ///< when (ISO-8601 UTC); required
    /// The program of the joint session; it must be the solo session's program (same id). With a program the
    /// joint session's engine state is created or updated (see above); without, the engine state is left alone.
    std::shared_ptr<const content::Program> program;
    /// Ids for new rows (journal::newId unless set; the demo passes a seeded source).
    std::function<std::string()> newId;
};

/// The rows bringing will write, computed without writing anything.
struct BringPlan {
    journal::Session joint; ///< new (when `createsSession`) or the existing one, updated
    bool createsSession = false;
    std::vector<journal::Entry> carried; ///< new entries of the joint session
};

/// Checks the request and computes the rows: the solo session must be Solo-mode and hold entries of one
/// person only; every id to bring must be one of that person's entries in it, and no id may be brought twice
/// into the same joint session; `partnerId` must belong to `coupleId` (a couple, not a solo profile); an
/// existing joint session must be a Together-mode session of that couple that is not completed or abandoned.
Result<BringPlan> planBringIntoJoint(journal::Journal& journal, const BringRequest& request,
                                     std::shared_ptr<const engine::Clock> clock = nullptr);

/// Writes a plan in one transaction (adds or updates the session, adds the entries).
Result<void> applyBringPlan(journal::Journal& journal, const BringPlan& plan);

/// planBringIntoJoint, then applyBringPlan. Returns what was written.
Result<BringPlan> bringIntoJoint(journal::Journal& journal, const BringRequest& request,
                                 std::shared_ptr<const engine::Clock> clock = nullptr);

/// An entry of a joint session that was brought from a solo reflection.
struct CarriedEntry {
    journal::Entry entry;
    std::string fromSessionId;
    std::string fromEntryId;
    std::string fromCreatedAt;
};

/// The entries of a joint session that came from solo reflections, as `viewer` may see them.
Result<std::vector<CarriedEntry>> carriedEntries(journal::Journal& journal, const std::string& jointSessionId,
                                                 const journal::Viewer& viewer);

/// Moves `partner` of an engine session to the first card of the program's first `together` step, as if
/// they had finished the `each` steps before it (they wait there, or the step opens when everyone is there).
/// Uses jumpTo to the last card before that step and, when that card is a gate or choice, the option that
/// routes into the together step. Fails without changing the session when the program gives no such route.
Result<void> finishEachSteps(engine::Session& session, const std::string& partner);

} // namespace tend::modes
