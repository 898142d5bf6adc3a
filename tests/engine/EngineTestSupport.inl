#pragma once

namespace tend::test {

void advanceOnce(engine::Session& session, const std::string& partner);

template <typename Stop> bool driveUntil(engine::Session& session, const std::string& partner, Stop stop, int limit)
{
    for (int i = 0; i < limit; ++i) {
        if (stop(session))
            return true;
        if (session.status() != engine::SessionStatus::Active)
            return false;
        if (session.isWaiting(partner) || session.position(partner).place == engine::PartnerPlace::Finished)
            return stop(session);
        advanceOnce(session, partner);
    }
    return stop(session);
}

} // namespace tend::test
