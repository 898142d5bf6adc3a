#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tend/common/Result.h"

namespace tend::coach {

namespace detail {
struct CompiledCoach;
struct LinearModel;
struct SafetyModel;
} // namespace detail

/// One language's coach file (content/coach/coach.<locale>.json), validated and compiled for fast matching.
/// Load once and keep it: copies share the compiled tables, and analysing is read-only, so one instance can
/// serve every thread.
class CoachContent {
public:
    /// Parses and validates coach JSON. Errors name `sourceName`, the JSON pointer and the problem.
    static Result<CoachContent> parse(std::string_view jsonText, const std::string& sourceName);

    /// Reads and parses one coach file, and beside it, when they exist, the learned layer's weights
    /// (`model.<locale>.json`) and the disclosure model (`safety-model.<locale>.json`); a broken model file is an
    /// error like a broken coach file.
    static Result<CoachContent> load(const std::filesystem::path& file);

    /// This coach with the learned layer's weights from `modelJson` (the trainer and tests use it).
    Result<CoachContent> withModel(std::string_view modelJson, const std::string& sourceName) const;

    /// This coach with the disclosure model from `modelJson` (the trainer and tests use it).
    Result<CoachContent> withSafetyModel(std::string_view modelJson, const std::string& sourceName) const;

    /// This coach with its rules alone: what analyze() hears before either model speaks.
    CoachContent withoutModel() const;

    /// Where the weights for `locale` live: `<contentDir>/coach/model.<locale>.json`.
    static std::filesystem::path modelFileFor(const std::filesystem::path& contentDir, const std::string& locale);
    /// Where the disclosure model for `locale` lives: `<contentDir>/coach/safety-model.<locale>.json`.
    static std::filesystem::path safetyModelFileFor(const std::filesystem::path& contentDir, const std::string& locale);

    /// The coach for `locale` under a content folder; an unknown or malformed locale is an error that says so.
    static Result<CoachContent> loadLocale(const std::filesystem::path& contentDir, const std::string& locale);

    /// Where the coach for `locale` lives: `<contentDir>/coach/coach.<locale>.json`.
    static std::filesystem::path fileFor(const std::filesystem::path& contentDir, const std::string& locale);

    /// True for locale tags Tend accepts in file names ("en", "de", "pt-br"): letters, digits and '-' only.
    static bool isValidLocale(std::string_view locale);

    /// The locale the file declares ("en").
    const std::string& locale() const;

    /// Every emotion group id, in file order.
    std::vector<std::string> emotionIds() const;

    /// The display label of an emotion group ("fear"), or the id itself if unknown.
    std::string emotionLabel(std::string_view id) const;

    /// The most hints any analysis returns (never more than two).
    int maxHints() const;

    const detail::CompiledCoach& compiled() const { return *m_compiled; }
    const detail::LinearModel* model() const { return m_model.get(); }             ///< null: rules alone
    const detail::SafetyModel* safetyModel() const { return m_safetyModel.get(); } ///< null: safety patterns alone

private:
    explicit CoachContent(std::shared_ptr<const detail::CompiledCoach> compiled);
    std::shared_ptr<const detail::CompiledCoach> m_compiled;
    std::shared_ptr<const detail::LinearModel> m_model;
    std::shared_ptr<const detail::SafetyModel> m_safetyModel;
};

} // namespace tend::coach
