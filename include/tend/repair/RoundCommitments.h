#pragma once

#include <string>
#include <vector>

#include "tend/engine/Session.h"

namespace tend::repair {

/// Commitment lines of every round of a session: earlier rounds first (a step started over keeps what was
/// committed before it), then the current rounds. The same line written in two rounds is listed once.
std::vector<engine::Commitment> commitmentsOfAllRounds(const engine::Session& session);

/// Lines written on `cardId` in earlier rounds of its step (for the "already agreed" note in round 2 and later).
std::vector<std::string> earlierRoundLines(const engine::Session& session, const std::string& cardId);

/// The answer `cardId` had in the latest earlier round of a together step (null when none): what a card that
/// carries its answer over (`"carry_over": true`) starts from in the next round.
engine::Answer latestEarlierAnswer(const engine::Session& session, const std::string& cardId);

} // namespace tend::repair
