// tend report: a PDF for a therapist, made only with the agreement of each partner whose answers are in it.
#include <algorithm>
#include <iostream>
#include <ostream>
#include <sstream>

#include <termios.h>
#include <unistd.h>

#include "cli/Commands.h"
#include "cli/JournalAccess.h"
#include "tend/crypto/SecureBytes.h"
#include "tend/report/Report.h"

namespace tend::cli {
namespace {

ReportWriter g_writer = nullptr;

bool interactive(const Invocation& call)
{
    return &call.in == &std::cin && ::isatty(STDIN_FILENO) == 1;
}

// A line typed at the terminal; with `hidden`, not echoed (a partner's passphrase or PIN).
std::string askLine(Invocation& call, const std::string& question, bool hidden)
{
    call.err << question << std::flush;
    termios saved{};
    const bool quiet = hidden && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    std::getline(call.in, line);
    if (quiet) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        call.err << '\n';
    }
    return line;
}

std::vector<std::string> splitNames(const std::string& list)
{
    std::vector<std::string> out;
    std::stringstream words(list);
    std::string name;
    while (std::getline(words, name, ','))
        if (!name.empty())
            out.push_back(name);
    return out;
}

// The partner called `name` (case as written in the journal, compared exactly, or by id).
const report::PartnerShare* byName(const report::Preview& preview, const std::string& name)
{
    for (const auto& p : preview.partners)
        if (p.name == name || p.id == name)
            return &p;
    return nullptr;
}

void describe(Invocation& call, const report::Preview& preview, const report::Request& request)
{
    call.err << "tend report: a report for " << preview.coupleName << " would hold:\n"
             << "  - a cover page: names, dates, " << preview.repairs << (preview.repairs == 1 ? " repair" : " repairs")
             << " (" << preview.completed << " completed, " << preview.paused << " paused)\n";
    for (const auto& p : preview.partners)
        if (p.needed)
            call.err << "  - " << p.name << "'s shared answers (" << p.sharedAnswers << ") and check-ins ("
                     << p.checkIns << "), if " << p.name << " agrees\n";
    if (request.scope == report::Scope::Couple)
        call.err << "  - what you wrote together (" << preview.jointAnswers << " answers), the wording of "
                 << preview.agreements << (preview.agreements == 1 ? " agreement" : " agreements")
                 << " and the charts, if both of you agree\n";
    call.err << "  Never in it: anything kept private";
    if (preview.privateLeftOut > 0)
        call.err << " (" << preview.privateLeftOut << " answers)";
    call.err << ", and nothing from the safety check.\n";
}

} // namespace

void setReportWriter(ReportWriter writer)
{
    g_writer = writer;
}

int runReport(Invocation& call)
{
    auto args = parseOrExplain(call, "report");
    if (!args)
        return kExitUsage;
    if (!args->positional().empty()) {
        call.err << "tend report: unexpected word '" << args->positional().front() << "'\n";
        return kExitUsage;
    }
    const auto out = args->value("--out");
    if (!out) {
        call.err << "tend report: say where the PDF goes with --out FILE.pdf\n";
        return kExitUsage;
    }
    if (args->value("--partner") && args->has("--couple")) {
        call.err << "tend report: --partner and --couple exclude each other\n";
        return kExitUsage;
    }
    report::Request request;
    request.from = args->value("--from").value_or("");
    request.to = args->value("--to").value_or("");
    for (const std::string* day : {&request.from, &request.to}) {
        if (!day->empty() && !report::isDay(*day)) {
            call.err << "tend report: --from and --to take a day like 2026-03-01, not '" << *day << "'\n";
            return kExitUsage;
        }
    }
    if (!g_writer) {
        call.err << "tend report: this build cannot write PDF files\n";
        return kExitFailure;
    }

    auto opened = openForReading(call, "report", &*args);
    if (!opened)
        return kExitFailure;
    if (opened->empty) {
        call.err << "tend report: there is no journal in " << call.globals.dataDir.string()
                 << " yet, so there is nothing to report.\n";
        return kExitFailure;
    }
    journal::Journal& journal = *opened->journal;
    const auto library = contentForReading(call);
    if (auto program = library->programPreferring("rupture-to-repair", call.globals.contentLocale()))
        request.cards = insights::CardRoles::fromProgram(*program);

    // Who the report is about.
    auto first = report::preview(journal, request);
    if (!first) {
        call.err << "tend report: " << first.error().message << '\n';
        return kExitFailure;
    }
    if (auto partner = args->value("--partner")) {
        const report::PartnerShare* who = byName(*first, *partner);
        if (!who) {
            call.err << "tend report: there is no partner called '" << *partner << "' in " << first->coupleName << '\n';
            return kExitUsage;
        }
        request.scope = report::Scope::Partner;
        request.partnerId = who->id;
    }
    request.coupleId = first->coupleId;
    auto preview = report::preview(journal, request);
    if (!preview) {
        call.err << "tend report: " << preview.error().message << '\n';
        return kExitFailure;
    }
    describe(call, *preview, request);

    // Consent, one partner at a time. --agreed records an agreement given elsewhere; a partner with a key of their
    // own agrees only by typing it here. The demo couple are made up, so their agreement is taken as given.
    std::vector<std::string> agreedNames;
    if (auto given = args->value("--agreed"))
        agreedNames = splitNames(*given);
    for (const std::string& name : agreedNames)
        if (!byName(*preview, name)) {
            call.err << "tend report: --agreed names '" << name << "', who is not a partner in " << preview->coupleName
                     << '\n';
            return kExitUsage;
        }
    for (const auto& p : preview->partners) {
        if (!p.needed)
            continue;
        const auto secretKind = report::consentSecret(journal, p.id);
        const bool saidSo = std::any_of(agreedNames.begin(), agreedNames.end(),
                                        [&](const std::string& n) { return n == p.name || n == p.id; });
        if (call.globals.demo) {
            request.agreed.insert(p.id);
        } else if (interactive(call)) {
            const std::string answer =
                saidSo && !secretKind
                    ? std::string("yes")
                    : askLine(call,
                              p.name + ", may your shared answers go into this report? Type yes to agree: ", false);
            if (answer != "yes" && answer != "y" && answer != "Yes") {
                call.err << "tend report: " << p.name << " did not agree; their answers stay out.\n";
                continue;
            }
            if (secretKind) {
                std::string typed = askLine(
                    call,
                    p.name + (*secretKind == crypto::PartnerSecretKind::Pin ? ", your PIN: " : ", your passphrase: "),
                    true);
                auto secret = crypto::SecureBytes::copyOf(std::string_view(typed));
                std::fill(typed.begin(), typed.end(), '\0');
                if (!secret) {
                    call.err << "tend report: " << secret.error().message << '\n';
                    return kExitFailure;
                }
                const auto kind = *secretKind == crypto::PartnerSecretKind::Pin
                                      ? crypto::PartnerSecret::pin(secret->view())
                                      : crypto::PartnerSecret::passphrase(secret->view());
                if (auto confirmed = report::confirmConsent(journal, p.id, kind); !confirmed) {
                    call.err << "tend report: " << confirmed.error().message << " " << p.name
                             << "'s answers stay out.\n";
                    continue;
                }
            }
            request.agreed.insert(p.id);
        } else if (saidSo && !secretKind) {
            request.agreed.insert(p.id);
        } else {
            call.err << "tend report: " << p.name
                     << (secretKind ? " has a key of their own and agrees by typing it; run this at a terminal."
                                    : " was not asked (no terminal); pass --agreed NAME once they have agreed.")
                     << " Their answers stay out.\n";
        }
    }
    if (call.globals.demo)
        call.err << "tend report: the demo couple are made up; their agreement is taken as given.\n";

    const reading::Reader reader(library.get(), call.globals.contentLocale());
    auto document = report::build(journal, request, reader);
    if (!document) {
        call.err << "tend report: " << document.error().message << '\n';
        return kExitFailure;
    }
    if (auto written = g_writer(*document, *out); !written) {
        call.err << "tend report: " << written.error().message << '\n';
        return kExitFailure;
    }
    call.err << "tend report: wrote " << *out << " (" << document->sessions.size()
             << (document->sessions.size() == 1 ? " repair" : " repairs") << "; readable by you only)\n";
    return kExitOk;
}

} // namespace tend::cli
