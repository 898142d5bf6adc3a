#pragma once

#include <filesystem>

#include <QString>

#include "tend/common/Result.h"
#include "tend/report/Report.h"

namespace tend::ui::report {

// Lays a report (tend::report::Document, which decides what is in it) out as a PDF: a cover page, the insight
// charts drawn with the same QPainter code as the Insights screen, then each repair. QPdfWriter and QTextDocument
// only — no QtPrintSupport, which would bring CUPS and its network code (docs/report.md).

/// Writes `document` to `file` atomically, readable by its owner only. Needs a QGuiApplication.
Result<void> writePdf(const tend::report::Document& document, const QString& file);

/// The same from the command line, where no QApplication exists: an off-screen QGuiApplication lives for the call.
Result<void> writePdfHeadless(const tend::report::Document& document, const std::filesystem::path& file);

} // namespace tend::ui::report
