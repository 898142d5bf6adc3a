#include "tend/coach/CoachContent.h"

#include <fstream>
#include <sstream>

#include "CoachFileReader.h"
#include "CompiledCoach.h"
#include "LinearModel.h"
#include "SafetyModel.h"
#include "tend/common/Log.h"

namespace tend::coach {

CoachContent::CoachContent(std::shared_ptr<const detail::CompiledCoach> compiled) : m_compiled(std::move(compiled))
{
}

Result<CoachContent> CoachContent::parse(std::string_view jsonText, const std::string& sourceName)
{
    auto compiled = detail::readCoachFile(jsonText, sourceName);
    if (!compiled)
        return compiled.error();
    return CoachContent(std::move(*compiled));
}

namespace {

Result<std::string> readWhole(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return makeError("cannot open the coach file " + file.string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return makeError("cannot read the coach file " + file.string());
    return buffer.str();
}

} // namespace

Result<CoachContent> CoachContent::withModel(std::string_view modelJson, const std::string& sourceName) const
{
    auto model = detail::LinearModel::parse(modelJson, sourceName);
    if (!model)
        return model.error();
    CoachContent copy = *this;
    copy.m_model = std::move(*model);
    return copy;
}

Result<CoachContent> CoachContent::withSafetyModel(std::string_view modelJson, const std::string& sourceName) const
{
    auto model = detail::SafetyModel::parse(modelJson, sourceName);
    if (!model)
        return model.error();
    CoachContent copy = *this;
    copy.m_safetyModel = std::move(*model);
    return copy;
}

CoachContent CoachContent::withoutModel() const
{
    CoachContent copy = *this;
    copy.m_model.reset();
    copy.m_safetyModel.reset();
    return copy;
}

std::filesystem::path CoachContent::safetyModelFileFor(const std::filesystem::path& contentDir,
                                                       const std::string& locale)
{
    return contentDir / "coach" / ("safety-model." + locale + ".json");
}

std::filesystem::path CoachContent::modelFileFor(const std::filesystem::path& contentDir, const std::string& locale)
{
    return contentDir / "coach" / ("model." + locale + ".json");
}

Result<CoachContent> CoachContent::load(const std::filesystem::path& file)
{
    const std::string name = file.filename().string();
    auto text = readWhole(file);
    if (!text)
        return text.error();
    auto content = parse(*text, name);
    // The learned layer's weights and the disclosure model, when the language has them, sit beside the coach file.
    for (const char* prefix : {"model.", "safety-model."}) {
        if (!content)
            break;
        const auto modelFile = file.parent_path() / (prefix + content->locale() + ".json");
        std::error_code ec;
        if (!std::filesystem::is_regular_file(modelFile, ec))
            continue;
        auto modelText = readWhole(modelFile);
        if (!modelText)
            return modelText.error();
        const std::string modelName = modelFile.filename().string();
        content = std::string_view(prefix) == "model." ? content->withModel(*modelText, modelName)
                                                       : content->withSafetyModel(*modelText, modelName);
    }
    if (content) {
        const auto& c = content->compiled();
        log::get("coach")->debug("loaded {}: {} words, {} lists, {} patterns, {} hints", name, c.words.size(),
                                 c.listNames.size(), c.patterns.size(), c.hints.size());
    }
    return content;
}

bool CoachContent::isValidLocale(std::string_view locale)
{
    if (locale.empty() || locale.size() > 16 || locale.front() == '-' || locale.back() == '-')
        return false;
    for (char c : locale) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok)
            return false;
    }
    return true;
}

std::filesystem::path CoachContent::fileFor(const std::filesystem::path& contentDir, const std::string& locale)
{
    return contentDir / "coach" / ("coach." + locale + ".json");
}

Result<CoachContent> CoachContent::loadLocale(const std::filesystem::path& contentDir, const std::string& locale)
{
    if (!isValidLocale(locale))
        return makeError("\"" + locale + "\" is not a locale (expected something like \"en\")");
    const auto file = fileFor(contentDir, locale);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return makeError("there is no language coach for locale \"" + locale + "\" (looked for " + file.string() + ")");
    auto content = load(file);
    if (content && content->locale() != locale)
        return makeError(file.string() + ": declares locale \"" + content->locale() + "\" but is named for \"" +
                         locale + "\"");
    return content;
}

const std::string& CoachContent::locale() const
{
    return m_compiled->locale;
}

std::vector<std::string> CoachContent::emotionIds() const
{
    std::vector<std::string> ids;
    for (const auto& group : m_compiled->emotionGroups)
        ids.push_back(group.id);
    return ids;
}

std::string CoachContent::emotionLabel(std::string_view id) const
{
    for (const auto& group : m_compiled->emotionGroups) {
        if (group.id == id)
            return group.label;
    }
    return std::string(id);
}

int CoachContent::maxHints() const
{
    return std::min(m_compiled->maxHints, 2);
}

} // namespace tend::coach
