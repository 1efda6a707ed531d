#include "MainWindow.h"

namespace ckpt {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
}

} // namespace ckpt
