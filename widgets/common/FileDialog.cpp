#include "widgets/common/FileDialog.h"

#include <QFileDialog>
#include <QQueue>

namespace ckpt {

namespace {
// GUI thread only, like the dialogs themselves.
QQueue<QStringList> &answers()
{
    static QQueue<QStringList> queue;
    return queue;
}

FileDialog::Request &last()
{
    static FileDialog::Request request;
    return request;
}

// The answer set in advance, if any.
bool takeAnswer(QStringList *out, const QString &caption, const QString &dir, const QString &filters)
{
    last() = { caption, dir, filters };
    if (answers().isEmpty())
        return false;
    *out = answers().dequeue();
    return true;
}
} // namespace

QString FileDialog::openFile(QWidget *parent, const QString &caption, const QString &dir, const QString &filters)
{
    QStringList answer;
    if (takeAnswer(&answer, caption, dir, filters))
        return answer.value(0);
    return QFileDialog::getOpenFileName(parent, caption, dir, filters);
}

QStringList FileDialog::openFiles(QWidget *parent, const QString &caption, const QString &dir, const QString &filters)
{
    QStringList answer;
    if (takeAnswer(&answer, caption, dir, filters))
        return answer;
    return QFileDialog::getOpenFileNames(parent, caption, dir, filters);
}

QString FileDialog::saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filters)
{
    QStringList answer;
    if (takeAnswer(&answer, caption, suggested, filters))
        return answer.value(0);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filters);
}

QString FileDialog::existingFolder(QWidget *parent, const QString &caption, const QString &dir)
{
    QStringList answer;
    if (takeAnswer(&answer, caption, dir, QString()))
        return answer.value(0);
    return QFileDialog::getExistingDirectory(parent, caption, dir);
}

void FileDialog::setNextFileName(const QString &path)
{
    answers().enqueue(path.isEmpty() ? QStringList() : QStringList { path });
}

void FileDialog::setNextFileNames(const QStringList &paths)
{
    answers().enqueue(paths);
}

void FileDialog::setNextDirectory(const QString &path)
{
    setNextFileName(path);
}

FileDialog::Request FileDialog::lastRequest()
{
    return last();
}

bool FileDialog::hasPendingAnswers()
{
    return !answers().isEmpty();
}

} // namespace ckpt
