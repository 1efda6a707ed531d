#pragma once

#include <QMessageBox>

namespace ckpt {

// Every question and message box of the app goes through here, so that tests can
// answer them in advance, as KeePassXC's MessageBox does: each set answer is used by the
// next box, in order, without showing anything.
class MessageBox {
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Ok,
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);
    static void about(QWidget *parent, const QString &title, const QString &text);

    // For tests: the button the next box is answered with.
    static void setNextAnswer(QMessageBox::StandardButton button);
    // For tests: the title and text of the last box, answered in advance or not.
    static QString lastTitle();
    static QString lastText();
};

} // namespace ckpt
