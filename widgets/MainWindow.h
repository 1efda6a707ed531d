#pragma once

#include <QMainWindow>

namespace ckpt {

// The composition root of the GUI: owns the docks and wires them to the open checkpoint.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace ckpt
