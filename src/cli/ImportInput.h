#pragma once
// Where `tend import` reads from, piece by piece: a file, a pipe or a FIFO alike, decrypted on the way when it is an
// encrypted export. Memory holds one piece at a time, whatever the file's size.

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>

#include "tend/common/Result.h"
#include "tend/journal/Exchange.h"

namespace tend::cli {

class ImportInput {
public:
    /// Opens `file` and reads its first bytes, enough to tell an encrypted export from plain JSON.
    static Result<std::unique_ptr<ImportInput>> open(const std::filesystem::path& file);
    ~ImportInput();
    ImportInput(const ImportInput&) = delete;
    ImportInput& operator=(const ImportInput&) = delete;

    bool isEncryptedExport() const;
    /// An encrypted export whose first bytes are damaged (to be called that, not "not valid UTF-8").
    bool looksLikeDamagedExport() const;
    /// Starts decrypting with `passphrase`: derives the key from the header now, so a wrong passphrase is said before
    /// any import begins. The error is one sentence ending "Nothing was imported."
    Result<void> unlock(std::string_view passphrase);
    /// The reader for journal::exchange::importJson. An encrypted export ends only once its last chunk authenticated,
    /// so the import never commits a file cut short.
    journal::exchange::ImportReader reader();

private:
    struct Impl;
    explicit ImportInput(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace tend::cli
