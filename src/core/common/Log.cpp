#include "tend/common/Log.h"

#include <mutex>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "tend/common/Paths.h"

namespace tend::log {
namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
bool g_initialized = false;
// Info unless --verbose: debug lines carry ids that, over a session, could say more than counts do, so they
// are written only when someone asks for them.
spdlog::level::level_enum g_level = spdlog::level::info;

constexpr std::size_t kMaxFileBytes = 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;

void ensureDefaultSinksLocked()
{
    if (g_initialized)
        return;
    auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    err->set_level(spdlog::level::warn);
    g_sinks = {err};
    g_initialized = true;
}

// Log files are the owner's only (0600), whoever else shares the machine: created that way before spdlog
// opens them, and tightened again after every open (a file left by an older version, or a rotation).
spdlog::file_event_handlers privateFileHandlers()
{
    spdlog::file_event_handlers handlers;
    handlers.before_open = [](const spdlog::filename_t& name) {
        const int fd = ::open(name.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd >= 0)
            ::close(fd);
    };
    handlers.after_open = [](const spdlog::filename_t&, std::FILE* file) {
        if (file)
            (void)::fchmod(::fileno(file), S_IRUSR | S_IWUSR);
    };
    return handlers;
}

} // namespace

void initialize(const Options& options)
{
    std::lock_guard lock(g_mutex);
    g_level = options.verbose ? spdlog::level::debug : spdlog::level::info;
    auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    err->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
    std::vector<spdlog::sink_ptr> sinks{err};

    if (!options.directory.empty()) {
        // Logs hold ids and counts only, but the folder is still the owner's alone (0700).
        if (auto made = tend::paths::ensurePrivateDirectory(options.directory); !made)
            err->log(spdlog::details::log_msg("log", spdlog::level::warn, made.error().message));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                (options.directory / "tend.log").string(), kMaxFileBytes, kMaxFiles, false, privateFileHandlers());
            file->set_level(g_level);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex& ex) {
            err->log(spdlog::details::log_msg("log", spdlog::level::warn,
                                              std::string("cannot open log file: ") + ex.what()));
        }
    }
    g_sinks = std::move(sinks);
    g_initialized = true;

    // Re-point loggers created before initialisation at the new sinks.
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger>& logger) {
        logger->sinks() = g_sinks;
        logger->set_level(g_level);
    });
}

std::shared_ptr<spdlog::logger> get(const std::string& module)
{
    std::lock_guard lock(g_mutex);
    ensureDefaultSinksLocked();
    if (auto existing = spdlog::get(module))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(module, g_sinks.begin(), g_sinks.end());
    logger->set_level(g_level);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

bool verbose()
{
    std::lock_guard lock(g_mutex);
    return g_level <= spdlog::level::debug;
}

void shutdown()
{
    std::lock_guard lock(g_mutex);
    spdlog::shutdown();
    g_sinks.clear();
    g_initialized = false;
    g_level = spdlog::level::info;
}

} // namespace tend::log
