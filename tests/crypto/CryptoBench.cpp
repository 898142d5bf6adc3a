// tend_bench_crypto: unlock time with the production Argon2id costs, field encryption throughput for a large
// journal, and encrypted-export throughput. Exits non-zero when a stated target is missed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "tend/crypto/ExportCipher.h"
#include "tend/crypto/KeyVault.h"

using namespace tend::crypto;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bool report(const char* what, double value, const char* unit, double low, double high)
{
    const bool ok = value >= low && value <= high;
    std::printf("%-44s %10.3f %-8s target %g-%g  %s\n", what, value, unit, low, high, ok ? "ok" : "MISSED");
    return ok;
}

// ~500 bytes of JSON, the size of a typical entry payload.
std::string entryPayload(std::mt19937& random, int index)
{
    static const char* words[] = {"noticed", "tight", "chest", "breathing", "slower", "I",        "needed", "space",
                                  "came",    "back",  "after", "walk",      "we",     "listened", "turns",  "calmer"};
    std::string text;
    while (text.size() < 440) {
        text += words[random() % 16];
        text += ' ';
    }
    return "{\"entry\":" + std::to_string(index) + ",\"step\":4,\"text\":\"" + text + "\"}";
}

} // namespace

int main()
{
    bool ok = true;
    const KdfPolicy production = KdfPolicy::production();
    std::printf("Argon2id13 passphrase cost: %llu passes, %llu MiB; PIN cost: %llu passes, %llu MiB\n\n",
                static_cast<unsigned long long>(production.passphrase.opsLimit),
                static_cast<unsigned long long>(production.passphrase.memLimit >> 20),
                static_cast<unsigned long long>(production.pin.opsLimit),
                static_cast<unsigned long long>(production.pin.memLimit >> 20));

    // 1. Unlock time with production costs (median of 3).
    auto created = KeyVault::create(std::string_view("benchmark passphrase"), production);
    if (!created) {
        std::printf("could not create keys: %s\n", created.error().message.c_str());
        return 1;
    }
    if (!created->addPartner("a", PartnerSecret::pin("246810"))) {
        std::printf("could not add a partner\n");
        return 1;
    }
    const std::string keyring = created->keyringJson();
    std::vector<double> unlocks;
    std::vector<double> pinUnlocks;
    for (int i = 0; i < 3; ++i) {
        auto vault = KeyVault::load(keyring, production);
        const auto start = Clock::now();
        if (!vault || !vault->unlock("benchmark passphrase")) {
            std::printf("unlock failed\n");
            return 1;
        }
        unlocks.push_back(secondsSince(start));
        const auto pinStart = Clock::now();
        if (!vault->unlockPartner("a", PartnerSecret::pin("246810"))) {
            std::printf("partner unlock failed\n");
            return 1;
        }
        pinUnlocks.push_back(secondsSince(pinStart));
    }
    ok &= report("journal unlock, production cost (median of 3)", median(unlocks), "s", 0.3, 1.5);
    std::printf("  (aim 0.5-1.0 s; runs: %.3f %.3f %.3f)\n", unlocks[0], unlocks[1], unlocks[2]);
    ok &= report("partner PIN unlock (median of 3)", median(pinUnlocks), "s", 0.3, 3.0);

    // 2. Field encryption of 200,000 entries of ~500 bytes with the journal key.
    constexpr int kEntries = 200000;
    std::mt19937 random(42);
    std::vector<std::string> payloads;
    std::vector<std::string> rowIds;
    payloads.reserve(kEntries);
    rowIds.reserve(kEntries);
    std::size_t totalBytes = 0;
    for (int i = 0; i < kEntries; ++i) {
        payloads.push_back(entryPayload(random, i));
        totalBytes += payloads.back().size();
        char id[40];
        std::snprintf(id, sizeof id, "00000000-0000-4000-8000-%012d", i);
        rowIds.emplace_back(id);
    }
    std::vector<std::vector<std::uint8_t>> blobs;
    blobs.reserve(kEntries);
    auto start = Clock::now();
    for (int i = 0; i < kEntries; ++i) {
        auto blob = created->encryptShared(payloads[static_cast<std::size_t>(i)],
                                           {"entries", rowIds[static_cast<std::size_t>(i)], "payload"});
        if (!blob)
            return 1;
        blobs.push_back(std::move(*blob));
    }
    const double encryptSeconds = secondsSince(start);
    start = Clock::now();
    std::size_t checked = 0;
    for (int i = 0; i < kEntries; ++i) {
        auto text = created->decryptShared(blobs[static_cast<std::size_t>(i)],
                                           {"entries", rowIds[static_cast<std::size_t>(i)], "payload"});
        if (!text)
            return 1;
        checked += text->size();
    }
    const double decryptSeconds = secondsSince(start);
    if (checked != totalBytes)
        return 1;
    std::printf("\n%d entries, %.1f bytes each on average\n", kEntries, static_cast<double>(totalBytes) / kEntries);
    ok &= report("field encrypt, 200k entries", encryptSeconds, "s", 0.0, 2.0);
    std::printf("  %.0f entries/s, %.1f MB/s\n", kEntries / encryptSeconds, totalBytes / encryptSeconds / 1e6);
    ok &= report("field decrypt, 200k entries", decryptSeconds, "s", 0.0, 2.0);
    std::printf("  %.0f entries/s, %.1f MB/s\n", kEntries / decryptSeconds, totalBytes / decryptSeconds / 1e6);

    // 3. Encrypted export: 64 MiB through secretstream (key derivation timed separately).
    std::vector<std::uint8_t> plain(64u << 20);
    for (std::size_t i = 0; i < plain.size(); ++i)
        plain[i] = static_cast<std::uint8_t>(payloads[i / 512 % payloads.size()][i % 400]);
    std::vector<std::uint8_t> file;
    file.reserve(plain.size() + plain.size() / 1000 + 4096);
    start = Clock::now();
    auto encryptor = exportfile::Encryptor::begin("export passphrase", file, production.passphrase);
    if (!encryptor)
        return 1;
    const double kdfSeconds = secondsSince(start);
    start = Clock::now();
    if (!encryptor->update(plain, file) || !encryptor->finish(file))
        return 1;
    const double exportSeconds = secondsSince(start);
    start = Clock::now();
    exportfile::Decryptor decryptor("export passphrase");
    std::vector<std::uint8_t> back;
    back.reserve(plain.size());
    // Feed 1 MiB at a time, like an importer reading a file.
    for (std::size_t at = 0; at < file.size(); at += 1u << 20) {
        const std::size_t piece = std::min<std::size_t>(1u << 20, file.size() - at);
        if (!decryptor.update(std::span(file).subspan(at, piece), back))
            return 1;
    }
    if (!decryptor.finish(back) || back != plain)
        return 1;
    const double importSeconds = secondsSince(start) - kdfSeconds; // the decryptor derives the key too
    const double megabytes = static_cast<double>(plain.size()) / 1e6;
    std::printf("\nexport of %.1f MB (64 KiB chunks); key derivation %.3f s\n", megabytes, kdfSeconds);
    ok &= report("export encryption throughput", megabytes / exportSeconds, "MB/s", 100.0, 1e9);
    ok &= report("export decryption throughput", megabytes / importSeconds, "MB/s", 100.0, 1e9);

    std::printf("\n%s\n", ok ? "all crypto targets met" : "a crypto target was MISSED");
    return ok ? 0 : 1;
}
