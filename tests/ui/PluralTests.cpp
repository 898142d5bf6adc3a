// Counts in the shell read right in English for one and for several. No English translation with plural forms is
// loaded, so a "%n file(s)" source string would show its "(s)" as is: each count picks its English form instead.
#include <catch2/catch.hpp>

#include "ui/lock/JournalExport.h"
#include "ui/presenter/UserProgramsSection.h"

using namespace tend;

TEST_CASE("the user programs summary says program and file for one, programs and files for several")
{
    using ui::UserProgramsSection;
    CHECK(UserProgramsSection::summaryText(1, 0) == QStringLiteral("1 program loaded."));
    CHECK(UserProgramsSection::summaryText(2, 0) == QStringLiteral("2 programs loaded."));
    CHECK(UserProgramsSection::summaryText(1, 1) == QStringLiteral("1 program loaded, 1 file with problems."));
    CHECK(UserProgramsSection::summaryText(0, 3) == QStringLiteral("0 programs loaded, 3 files with problems."));
    for (int loaded : {0, 1, 2})
        for (int rejected : {0, 1, 2})
            CHECK_FALSE(UserProgramsSection::summaryText(loaded, rejected).contains(QStringLiteral("(s)")));
}

TEST_CASE("an export's note on what it left out is worded for one and for several")
{
    CHECK(ui::omittedText(0, 0).isEmpty());
    CHECK(ui::omittedText(1, 0) == QStringLiteral("1 private answer was left out: its owner's own key is closed."));
    const QString several = ui::omittedText(2, 0);
    CHECK(several.startsWith(QStringLiteral("2 private answers were left out")));
    CHECK(ui::omittedText(0, 1) == QStringLiteral("1 damaged item was left out (the journal keeps it)."));
    CHECK(ui::omittedText(0, 4) == QStringLiteral("4 damaged items were left out (the journal keeps them)."));
    // Both at once: two sentences, each with its own count.
    const QString both = ui::omittedText(3, 1);
    CHECK(both.startsWith(QStringLiteral("3 private answers were left out")));
    CHECK(both.endsWith(QStringLiteral(" 1 damaged item was left out (the journal keeps it).")));
}
