#include "widgets/common/MessageBox.h"

#include <QQueue>

namespace ckpt {

namespace {
// GUI thread only, like the boxes themselves.
QQueue<QMessageBox::StandardButton> &answers()
{
    static QQueue<QMessageBox::StandardButton> queue;
    return queue;
}

QPair<QString, QString> &last()
{
    static QPair<QString, QString> titleAndText;
    return titleAndText;
}

bool takeAnswer(QMessageBox::StandardButton *out, const QString &title, const QString &text)
{
    last() = { title, text };
    if (answers().isEmpty())
        return false;
    *out = answers().dequeue();
    return true;
}
} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    if (takeAnswer(&answer, title, text))
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QMessageBox::StandardButton MessageBox::warning(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    if (takeAnswer(&answer, title, text))
        return answer;
    return QMessageBox::warning(parent, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    if (!takeAnswer(&answer, title, text))
        QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton button)
{
    answers().enqueue(button);
}

QString MessageBox::lastTitle()
{
    return last().first;
}

QString MessageBox::lastText()
{
    return last().second;
}

} // namespace ckpt
