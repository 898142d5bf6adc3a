#pragma once

#include <QMainWindow>

namespace tend::ui {

/// The single top-level window. Screens live in a stack inside it.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace tend::ui
