#include "tend/journal/Model.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <mutex>
#include <random>

namespace tend::journal {
namespace {

template <typename E, std::size_t N>
bool parseFrom(const std::array<std::string_view, N>& names, std::string_view text, E& out)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == text) {
            out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

constexpr std::array<std::string_view, 2> kCoupleKinds{"couple", "solo"};
constexpr std::array<std::string_view, 4> kStatuses{"active", "paused", "completed", "abandoned"};
constexpr std::array<std::string_view, 2> kModes{"together", "solo"};
constexpr std::array<std::string_view, 2> kVisibilities{"shared", "private"};
constexpr std::array<std::string_view, 3> kMoments{"before", "during", "after"};
constexpr std::array<std::string_view, 3> kBodyStates{"racing", "shut_down", "steady"};
constexpr std::array<std::string_view, 5> kCommitmentStatuses{"open", "kept", "partly_kept", "not_kept", "released"};
constexpr std::array<std::string_view, 2> kReminderKinds{"return", "follow_up"};

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

std::string_view toString(CoupleKind v)
{
    return kCoupleKinds.at(static_cast<std::size_t>(v));
}
std::string_view toString(SessionStatus v)
{
    return kStatuses.at(static_cast<std::size_t>(v));
}
std::string_view toString(SessionMode v)
{
    return kModes.at(static_cast<std::size_t>(v));
}
std::string_view toString(Visibility v)
{
    return kVisibilities.at(static_cast<std::size_t>(v));
}
std::string_view toString(CheckInMoment v)
{
    return kMoments.at(static_cast<std::size_t>(v));
}
std::string_view toString(BodyState v)
{
    return kBodyStates.at(static_cast<std::size_t>(v));
}
std::string_view toString(CommitmentStatus v)
{
    return kCommitmentStatuses.at(static_cast<std::size_t>(v));
}
std::string_view toString(ReminderKind v)
{
    return kReminderKinds.at(static_cast<std::size_t>(v));
}

bool parse(std::string_view t, CoupleKind& out)
{
    return parseFrom(kCoupleKinds, t, out);
}
bool parse(std::string_view t, SessionStatus& out)
{
    return parseFrom(kStatuses, t, out);
}
bool parse(std::string_view t, SessionMode& out)
{
    return parseFrom(kModes, t, out);
}
bool parse(std::string_view t, Visibility& out)
{
    return parseFrom(kVisibilities, t, out);
}
bool parse(std::string_view t, CheckInMoment& out)
{
    return parseFrom(kMoments, t, out);
}
bool parse(std::string_view t, BodyState& out)
{
    return parseFrom(kBodyStates, t, out);
}
bool parse(std::string_view t, CommitmentStatus& out)
{
    return parseFrom(kCommitmentStatuses, t, out);
}
bool parse(std::string_view t, ReminderKind& out)
{
    return parseFrom(kReminderKinds, t, out);
}

std::string newId()
{
    // std::random_device reads the kernel's random source (getrandom / /dev/urandom) on Linux.
    static std::mutex mutex;
    static std::random_device device;
    std::array<unsigned char, 16> bytes{};
    {
        std::lock_guard lock(mutex);
        for (std::size_t i = 0; i < bytes.size(); i += 4) {
            const unsigned int word = device();
            for (std::size_t j = 0; j < 4; ++j)
                bytes[i + j] = static_cast<unsigned char>(word >> (8 * j));
        }
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out.push_back('-');
        out.push_back(kHex[bytes[i] >> 4]);
        out.push_back(kHex[bytes[i] & 0x0F]);
    }
    return out;
}

bool isValidId(std::string_view t)
{
    if (t.size() != 36)
        return false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (t[i] != '-')
                return false;
        } else if (!isHex(t[i])) {
            return false;
        }
    }
    return true;
}

std::string isoUtc(std::chrono::system_clock::time_point when)
{
    using namespace std::chrono;
    const auto whole = floor<std::chrono::seconds>(when);
    const std::time_t seconds = system_clock::to_time_t(whole);
    const auto millis = duration_cast<milliseconds>(when - whole).count();
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec, static_cast<int>(millis));
    return buffer;
}

std::string nowUtc()
{
    return isoUtc(std::chrono::system_clock::now());
}

bool isValidTimestamp(std::string_view t)
{
    // YYYY-MM-DDTHH:MM:SSZ or with .f to .fffffffff fraction.
    if (t.size() < 20 || t.back() != 'Z')
        return false;
    static constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:dd";
    for (std::size_t i = 0; i < kShape.size(); ++i) {
        if (kShape[i] == 'd' ? !isDigit(t[i]) : t[i] != kShape[i])
            return false;
    }
    const std::string_view rest = t.substr(kShape.size(), t.size() - kShape.size() - 1);
    if (!rest.empty()) {
        if (rest[0] != '.' || rest.size() < 2 || rest.size() > 10)
            return false;
        for (char c : rest.substr(1))
            if (!isDigit(c))
                return false;
    }
    const int month = (t[5] - '0') * 10 + (t[6] - '0');
    const int day = (t[8] - '0') * 10 + (t[9] - '0');
    const int hour = (t[11] - '0') * 10 + (t[12] - '0');
    const int minute = (t[14] - '0') * 10 + (t[15] - '0');
    const int second = (t[17] - '0') * 10 + (t[18] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60;
}

} // namespace tend::journal
