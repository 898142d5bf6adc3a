#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <spdlog/logger.h>

namespace tend::log {

/// Where log lines go. Journal text never goes anywhere: log ids and counts, not content. By default the file
/// takes info and above, and nothing at info or above may carry a fact derived from what someone wrote or
/// answered (no route, answer, card or program id, name or safety outcome).
struct Options {
    std::filesystem::path directory; ///< rotating file lives here; empty = no file (demo mode, tests)
    bool verbose = false;            ///< opt-in: debug lines too, in the file and on stderr
};

/// Sets up the shared sinks once per process. Safe to call again (e.g. after --data-dir is known).
void initialize(const Options& options);

/// A named logger per module ("journal", "engine", "ui", ...), sharing the configured sinks.
std::shared_ptr<spdlog::logger> get(const std::string& module);

/// True after initialize() with `verbose`: the screens say so while it is on.
bool verbose();

/// Flushes and drops every logger; used at exit and in tests.
void shutdown();

} // namespace tend::log
