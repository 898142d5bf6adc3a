#pragma once
// How a repair in the engine becomes rows of the journal, and how its rows come back: the recorder's rules, kept out
// of the window so the demo, the command line and tests record a repair exactly as the app does. The window's
// SessionController does the writing (through the journal service) and says what happened in the person's words.

#include <optional>
#include <string>

#include "tend/content/Program.h"
#include "tend/engine/Answer.h"
#include "tend/engine/Session.h"
#include "tend/journal/Model.h"

namespace tend::repair {

/// The engine's state saved in a session row, or nothing when it cannot be read (then the repair cannot resume).
std::optional<nlohmann::json> savedEngineState(const journal::Session& row);

/// Who owns the entry for an answer on `cardId`: the partner in their own steps, nobody ("") in a together step.
std::string entryOwner(const engine::Session& session, const std::string& partner, const std::string& cardId);

/// One entry per owner, card and round of its step: "owner|card|round". A later round of a step writes new entries
/// and leaves the earlier round's as they were.
std::string entryKey(const engine::Session& session, const std::string& partner, const std::string& cardId);

/// The same key for a row already in the journal (an entry or a draft), from its partner, card and payload's round.
std::string storedEntryKey(const std::optional<std::string>& partner, const std::string& cardId,
                           const std::string& payload);

/// The payload of a draft row: what was typed so far, with the card's kind, the round and who typed it.
std::string draftPayloadText(const content::Card& card, const engine::Answer& draft, int round, const std::string& by);

/// The typing a draft row keeps (what draftPayloadText stored), or nothing for a payload that holds none.
std::optional<engine::Answer> draftFromPayload(const std::string& payload);

/// The check-in row a check-in card's answer makes, or nothing when no body state was chosen: the journal's
/// check-ins always carry one, and none is invented (the level stays in the card's own entry). The row's id and
/// time are left for the caller. The window and the demo's seeder both write check-ins with it.
std::optional<journal::CheckIn> checkInRow(const content::Program& program, const std::string& sessionId,
                                           const std::string& partner, const content::Card& card,
                                           const engine::Answer& answer);

/// True when one person alone has done their own steps: the reflection ends where the together step begins
/// (docs/modes.md, "Alone").
bool soloReflectionDone(const engine::Session& session, bool together);

/// Brings a session row up to date with the engine: its state, status, pause and end, at `now` (RFC 3339 UTC).
void updateSessionRow(journal::Session& row, const engine::Session& session, bool together, const std::string& now);

} // namespace tend::repair
