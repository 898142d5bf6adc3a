#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tend/common/Result.h"

namespace tend::cli {

/// Options every command honours, whether given before or after the subcommand.
struct GlobalOptions {
    std::filesystem::path dataDir;
    std::filesystem::path contentDir;
    bool verbose = false;
    bool demo = false;
    /// --locale: the language to read content in ("es"); empty means English.
    std::string locale;

    /// The language content is read in: --locale, else English.
    std::string contentLocale() const { return locale.empty() ? "en" : locale; }
};

/// A parsed subcommand line: `--name value` options, `--flag` switches and positional words.
/// Options are declared up front so that an unknown one is a usage error, not silently ignored.
class Args {
public:
    struct Spec {
        std::set<std::string> valueOptions; ///< e.g. "--format", "--out"
        std::set<std::string> flags;        ///< e.g. "--json", "--merge"
    };

    /// Parses `words`; the global options (--data-dir, --content-dir, --verbose, --demo) are
    /// always accepted and written into `globals`.
    static Result<Args> parse(const std::vector<std::string>& words, const Spec& spec, GlobalOptions& globals);

    bool has(const std::string& flag) const { return m_flags.count(flag) != 0; }
    std::optional<std::string> value(const std::string& option) const;
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

} // namespace tend::cli
