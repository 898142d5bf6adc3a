// Build-time tool: writes tend.1 from the option tables that `tend --help` prints (cli/HelpText.cpp).
//
// usage: tend_manpage OUTPUT.1 RELEASE-DATE
#include <cstdio>
#include <fstream>

#include "cli/HelpText.h"
#include "tend/common/Version.h"

int main(int argc, char* argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: tend_manpage OUTPUT.1 RELEASE-DATE\n");
        return 2;
    }
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out << tend::cli::manPage(tend::kVersion, argv[2]);
    out.close();
    if (!out) {
        std::fprintf(stderr, "tend_manpage: cannot write %s\n", argv[1]);
        return 1;
    }
    return 0;
}
