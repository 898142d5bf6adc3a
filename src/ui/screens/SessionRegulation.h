#pragma once

#include <QString>

#include <string>

#include "tend/engine/Answer.h"

namespace tend::content {
struct Card;
}
namespace tend::engine {
class Session;
}

namespace tend::ui {

class AppContext;
class CardWidget;

/// The session screen's few links to regulation: the "before" check-in an "after" one compares with, and the
/// come-back reminders a `schedule` card or the Pause dialog agrees. Kept apart so the screen stays small.

/// For an "after" check-in: `writer`'s latest answer to a "before" check-in of the same step (null when none).
engine::Answer earlierCheckin(const engine::Session& session, const std::string& writer, const content::Card& card);

/// When `card` is a `schedule` card with a time agreed: stores the come-back reminder for the session (replacing
/// an earlier one of the same session). Empty when stored or nothing to store; else the sentence to show.
QString agreeReturnFromCard(AppContext* app, const CardWidget* card, const std::string& sessionId);

/// The Pause dialog agreed `returnAt` (UTC ISO, empty: no time) and `place`: stores the reminder. Empty or a
/// sentence.
QString agreeReturnFromPause(AppContext* app, const QString& returnAt, const QString& place,
                             const std::string& sessionId);

/// The partners came back to a paused session: its pending come-back reminder will not fire.
void settleReturn(AppContext* app, const std::string& sessionId);

} // namespace tend::ui
