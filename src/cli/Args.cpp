#include "cli/Args.h"

namespace tend::cli {

Result<Args> Args::parse(const std::vector<std::string>& words, const Spec& spec, GlobalOptions& globals)
{
    Args args;
    bool onlyPositional = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string word = words[i];
        if (onlyPositional || word == "-" || word.rfind("-", 0) != 0) {
            args.m_positional.push_back(word);
            continue;
        }
        if (word == "--") {
            onlyPositional = true;
            continue;
        }
        std::optional<std::string> inlineValue;
        if (auto eq = word.find('='); eq != std::string::npos) {
            inlineValue = word.substr(eq + 1);
            word = word.substr(0, eq);
        }
        const bool isGlobalValue = word == "--data-dir" || word == "--content-dir";
        const bool isGlobalFlag = word == "--verbose" || word == "--demo";
        if (isGlobalFlag || spec.flags.count(word)) {
            if (inlineValue)
                return makeError("option " + word + " takes no value");
            if (word == "--verbose")
                globals.verbose = true;
            else if (word == "--demo")
                globals.demo = true;
            else
                args.m_flags.insert(word);
            continue;
        }
        if (isGlobalValue || spec.valueOptions.count(word)) {
            std::string value;
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < words.size()) {
                value = words[++i];
            } else {
                return makeError("option " + word + " needs a value");
            }
            if (word == "--data-dir")
                globals.dataDir = value;
            else if (word == "--content-dir")
                globals.contentDir = value;
            else
                args.m_values[word] = value;
            continue;
        }
        return makeError("unknown option " + word);
    }
    return args;
}

std::optional<std::string> Args::value(const std::string& option) const
{
    auto it = m_values.find(option);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

} // namespace tend::cli
