#pragma once

#include <QStringList>

#include <functional>

class QWidget;

namespace tend::ui {

class AppContext;

/// The header's "Demo — nothing is saved" badge, shown on every screen while the demo runs.
QWidget* makeDemoBadge(QWidget* parent);

/// Home's demo row: "Open the demo" (a separate window), or in the demo itself "Start over".
QWidget* makeDemoRow(AppContext* app, QWidget* parent);

/// Opens the demo in a window of its own (`tend --demo`), leaving this window and its journal as they are.
/// Returns false when the program could not be started.
bool launchDemo();

/// Replaces how launchDemo() starts the program (tests): receives the program and its arguments.
void setDemoLauncherForTests(std::function<bool(const QString& program, const QStringList& arguments)> launcher);

} // namespace tend::ui
