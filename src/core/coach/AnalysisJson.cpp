#include <nlohmann/json.hpp>

#include "tend/coach/Coach.h"

namespace tend::coach {

std::string_view stageName(Stage stage)
{
    switch (stage) {
    case Stage::Describing:
        return "describing";
    case Stage::Expressing:
        return "expressing";
    case Stage::Neutral:
        break;
    }
    return "neutral";
}

namespace {

std::string quoted(const std::string& text)
{
    // nlohmann escapes quotes, backslashes and control characters; "replace" keeps odd bytes from throwing.
    return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string array(const std::vector<std::string>& items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += quoted(items[i]);
    }
    return out + "]";
}

} // namespace

std::string toJsonLine(const Analysis& analysis)
{
    // Written by hand to keep the documented key order and spacing exactly.
    std::string out = "{\"blame\": ";
    out += analysis.blame ? "true" : "false";
    out += ", \"stage\": \"";
    out += stageName(analysis.stage);
    out += "\", \"emotions\": ";
    out += array(analysis.emotions);
    out += ", \"ownership\": ";
    out += analysis.ownership ? "true" : "false";
    out += ", \"hints\": ";
    out += array(analysis.hints);
    out += ", \"safety\": ";
    out += analysis.safety ? "true" : "false";
    out += "}";
    return out;
}

} // namespace tend::coach
