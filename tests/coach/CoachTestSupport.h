#pragma once

#include <catch2/catch.hpp>

#include "LabelledSet.h"

namespace tend::coach::test {

/// The shipped English coach, loaded once for all tests.
inline const CoachContent& english()
{
    static const CoachContent coach = [] {
        auto loaded = CoachContent::loadLocale(eval::contentDir(), "en");
        if (!loaded)
            FAIL(loaded.error().message);
        return *loaded;
    }();
    return coach;
}

inline Analysis hear(const std::string& text)
{
    return analyze(text, english());
}

/// The rules alone, without the learned layer.
inline Analysis hearRules(const std::string& text)
{
    static const CoachContent rules = english().withoutModel();
    return analyze(text, rules);
}

inline bool hasKind(const Analysis& a, const std::string& kind)
{
    return std::find(a.blameKinds.begin(), a.blameKinds.end(), kind) != a.blameKinds.end();
}

inline bool hasEmotion(const Analysis& a, const std::string& id)
{
    return std::find(a.emotions.begin(), a.emotions.end(), id) != a.emotions.end();
}

} // namespace tend::coach::test
