#include "ui/MainWindow.h"

#include <QLabel>

namespace tend::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tend"));
    auto* welcome = new QLabel(tr("Welcome to Tend."), this);
    welcome->setObjectName(QStringLiteral("welcomeLabel"));
    welcome->setAlignment(Qt::AlignCenter);
    setCentralWidget(welcome);
    resize(1100, 720);
}

} // namespace tend::ui
