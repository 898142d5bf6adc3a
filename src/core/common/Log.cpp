#include "tend/common/Log.h"

#include <mutex>
#include <vector>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace tend::log {
namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
bool g_initialized = false;

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

} // namespace

void initialize(const Options& options)
{
    std::lock_guard lock(g_mutex);
    auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    err->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
    std::vector<spdlog::sink_ptr> sinks{err};

    if (!options.directory.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(options.directory, ec);
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                (options.directory / "tend.log").string(), kMaxFileBytes, kMaxFiles);
            file->set_level(spdlog::level::debug);
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
        logger->set_level(spdlog::level::debug);
    });
}

std::shared_ptr<spdlog::logger> get(const std::string& module)
{
    std::lock_guard lock(g_mutex);
    ensureDefaultSinksLocked();
    if (auto existing = spdlog::get(module))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(module, g_sinks.begin(), g_sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

void shutdown()
{
    std::lock_guard lock(g_mutex);
    spdlog::shutdown();
    g_sinks.clear();
    g_initialized = false;
}

} // namespace tend::log
