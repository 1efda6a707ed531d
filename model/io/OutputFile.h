#pragma once

#include <QString>

#include <atomic>

namespace ckpt {

// A temp file beside the target that becomes the target only on commit(): written with
// write(2), fsynced, renamed over the target, and the directory fsynced. Removed by
// discard() or the destructor unless committed, so a failed or cancelled write leaves
// the target as it was. (A SIGKILL leaves the hidden temp file, never a torn target.)
class OutputFile {
public:
    OutputFile() = default;
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;
    ~OutputFile();

    bool create(const QString &target, QString *error);
    bool write(const char *data, qint64 size, QString *error);
    bool syncAndClose(QString *error);
    bool commit(QString *error);
    void discard();

    QString tempPath() const { return m_temp; }
    QString target() const { return m_target; }
    qint64 written() const { return m_written; }

private:
    QString m_target;
    QString m_temp;
    int m_fd = -1;
    qint64 m_written = 0;
    qint64 m_flushed = 0; // bytes handed to writeback already
    bool m_committed = false;
};

// Do two paths name the same file (same device and inode, so hard links count)?
bool sameFile(const QString &a, const QString &b);

} // namespace ckpt
