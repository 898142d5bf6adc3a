#pragma once

namespace tend::ui {

/// Routes qDebug/qWarning/... into the "qt" spdlog logger so one log holds everything.
void installQtMessageBridge();

} // namespace tend::ui
