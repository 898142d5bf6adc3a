#include "tend/engine/Events.h"

namespace tend::engine {

std::string_view toString(EventType type)
{
    switch (type) {
    case EventType::Started:
        return "started";
    case EventType::StepEntered:
        return "step-entered";
    case EventType::CardEntered:
        return "card-entered";
    case EventType::Answered:
        return "answered";
    case EventType::Routed:
        return "routed";
    case EventType::Waiting:
        return "waiting";
    case EventType::TogetherOpened:
        return "together-opened";
    case EventType::RoundStarted:
        return "round-started";
    case EventType::Paused:
        return "paused";
    case EventType::Resumed:
        return "resumed";
    case EventType::Finished:
        return "finished";
    case EventType::Completed:
        return "completed";
    }
    return "unknown";
}

} // namespace tend::engine
