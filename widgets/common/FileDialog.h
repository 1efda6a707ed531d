#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace ckpt {

// Every file and folder dialog of the app goes through here, so that tests can answer
// them in advance, as KeePassXC's FileDialog does: each set answer is used by the next
// dialog, in order, without showing anything. An empty answer is a cancelled dialog.
class FileDialog {
public:
    static QString openFile(QWidget *parent, const QString &caption, const QString &dir, const QString &filters);
    static QStringList openFiles(QWidget *parent, const QString &caption, const QString &dir, const QString &filters);
    // Asks before replacing an existing file.
    static QString saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filters);
    static QString existingFolder(QWidget *parent, const QString &caption, const QString &dir);

    // For tests: the answer of the next dialog.
    static void setNextFileName(const QString &path);
    static void setNextFileNames(const QStringList &paths);
    static void setNextDirectory(const QString &path);
    // For tests: what the last dialog was asked with, answered in advance or not.
    struct Request {
        QString caption, dir, filters;
    };
    static Request lastRequest();
    static bool hasPendingAnswers();
};

} // namespace ckpt
