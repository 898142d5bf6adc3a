#pragma once

#include <filesystem>

#include "tend/crypto/CryptoError.h"
#include "tend/crypto/SecureBytes.h"

namespace tend::crypto {

/// Reads a passphrase for `--passphrase-file FILE` straight into locked memory.
/// One trailing newline ("\n" or "\r\n") is removed; anything else is kept exactly. Refused: an empty passphrase
/// (InvalidInput), a regular file that group or others may read or write (InsecureFile — the message suggests
/// chmod 600), a file over 64 KiB or a directory (InvalidInput), an unreadable file (Io). Pipes and process
/// substitution (/dev/fd/N) are accepted. Never logs or echoes the content.
CryptoResult<SecureBytes> readPassphraseFile(const std::filesystem::path& file);

} // namespace tend::crypto
