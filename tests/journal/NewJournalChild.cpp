// The child the new-journal kill test kills: a protected import into an empty data folder, as `tend import
// FILE --passphrase-file P` makes it, with the test's cheap key derivation. Exit 0 when the import succeeded.
#include <fstream>
#include <iostream>
#include <sstream>

#include "tend/journal/NewJournal.h"

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::cerr << "usage: tend_journal_new_journal_child DATA_DIR EXPORT_FILE PASSPHRASE\n";
        return 2;
    }
    std::ifstream in(argv[2], std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    tend::journal::NewJournalOptions options;
    options.passphrase = argv[3];
    options.kdfPolicy = tend::crypto::KdfPolicy::minimum();
    const auto report = tend::journal::importIntoNewJournal(argv[1], text.str(), options);
    if (!report.ok) {
        std::cerr << report.describe();
        return 1;
    }
    return 0;
}
