#pragma once
// Where `tend export` writes, piece by piece: a private temporary file renamed into place only once complete, or
// standard output; encrypted on the way when asked. Memory holds one piece at a time.

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string_view>

#include "tend/common/Result.h"

namespace tend::cli {

class ExportOutput {
public:
    /// `file` empty: standard output. `passphrase` set: an encrypted export (needs a file).
    static Result<std::unique_ptr<ExportOutput>> open(const std::optional<std::filesystem::path>& file,
                                                      std::ostream& out, std::optional<std::string_view> passphrase);
    ~ExportOutput();
    ExportOutput(const ExportOutput&) = delete;
    ExportOutput& operator=(const ExportOutput&) = delete;

    Result<void> write(std::string_view piece);
    /// Ends the export: the last encrypted chunk, fsync and the rename into place. Without it nothing appears.
    Result<void> finish();

private:
    struct Impl;
    explicit ExportOutput(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace tend::cli
