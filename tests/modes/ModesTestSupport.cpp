#include "ModesTestSupport.h"

#include <random>
#include <stdexcept>

namespace tend::modes::test {

const content::ContentLibrary& shippedLibrary()
{
    static const content::ContentLibrary library = [] {
        content::ContentLibrary loaded;
        if (!loaded.addFolder(contentDir()))
            throw std::runtime_error("the shipped content folder cannot be read");
        return loaded;
    }();
    return library;
}

std::shared_ptr<const content::Program> repairProgram()
{
    return shippedLibrary().program("rupture-to-repair", "en");
}

SmallJournal smallJournal()
{
    SmallJournal j;
    auto opened = journal::Journal::openInMemory();
    if (!opened)
        throw std::runtime_error(opened.error().message);
    j.journal = std::move(*opened);
    journal::Couple couple;
    couple.name = "Sam & Alex";
    couple.createdAt = "2026-10-01T10:00:00Z";
    if (!j.journal->addCouple(couple))
        throw std::runtime_error("cannot add the couple");
    j.coupleId = couple.id;
    int position = 0;
    for (std::string* id : {&j.sam, &j.alex}) {
        journal::Partner partner;
        partner.coupleId = couple.id;
        partner.displayName = position == 0 ? "Sam" : "Alex";
        partner.position = position++;
        partner.createdAt = couple.createdAt;
        if (!j.journal->addPartner(partner))
            throw std::runtime_error("cannot add a partner");
        *id = partner.id;
    }
    return j;
}

std::string addSession(SmallJournal& j, journal::SessionMode mode, const std::string& startedAt,
                       const std::string& programId)
{
    journal::Session session;
    session.coupleId = j.coupleId;
    session.programId = programId;
    session.programVersion = repairProgram()->version;
    session.mode = mode;
    session.startedAt = startedAt;
    session.updatedAt = startedAt;
    if (!j.journal->addSession(session))
        throw std::runtime_error("cannot add a session");
    return session.id;
}

} // namespace tend::modes::test
