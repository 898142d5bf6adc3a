#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "CompiledCoach.h"
#include "tend/common/Result.h"

namespace tend::coach::detail {

/// Validates coach JSON and compiles it. The first problem found is returned as
/// "<source>: <JSON pointer>: <what is wrong>"; nothing is partially loaded.
Result<std::shared_ptr<const CompiledCoach>> readCoachFile(std::string_view jsonText, const std::string& sourceName);

} // namespace tend::coach::detail
