#include "tend/safety/ProgramAccess.h"

namespace tend::safety {

ProgramAccess programAccess(const SafetyStatus& writer, const std::vector<SafetyStatus>& everyone, bool togetherStep)
{
    // Calming only (R1, R2, R5, R6): the program's steps ask for deep, vulnerable work, so none of them opens
    // for this person, alone or together.
    if (writer.calmingOnly)
        return ProgramAccess::CalmingOnly;
    if (togetherStep) {
        for (const SafetyStatus& person : everyone) {
            if (person.jointLocked || person.calmingOnly)
                return ProgramAccess::JointClosed;
        }
    }
    return ProgramAccess::Open;
}

bool comeBackPlanAllowed(const std::vector<SafetyStatus>& couple)
{
    for (const SafetyStatus& person : couple) {
        if (person.takeSpaceOff)
            return false;
    }
    return true;
}

} // namespace tend::safety
