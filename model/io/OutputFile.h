#pragma once

#include "model/common/Phrase.h"

#include <QString>

#include <atomic>
#include <future>
#include <memory>

namespace ckpt {

// A temp file beside the target that becomes the target only on commit(): written,
// fsynced, given a name and renamed over the target, and the directory fsynced.
// On Linux it is an unnamed O_TMPFILE until then, so nothing is left behind if the process
// dies, even by SIGKILL; where the file system has no O_TMPFILE it is a hidden named file,
// locked while it is written, and a later create() beside it removes those whose writer
// is gone. Removed by discard() or the destructor unless committed, so a failed or
// cancelled write leaves the target as it was. The result keeps the target's permission
// bits if it exists, else gets 0666 less the umask, as a new file would.
//
// The one place output bytes reach the disk. They are gathered in a buffer of kBuffer
// bytes and written a buffer at a time, except the all-zero blocks of kBlock bytes (by
// their place in the file), which are left as holes, as `cp --sparse=always` does: the
// file is new, so a hole reads back as the zeros it stands for, and a sparse input (or a
// checkpoint of zero-initialised buffers) does not become gigabytes of written zeros. The
// size is set at the end (ftruncate) when the file ends in a hole. A full buffer is
// written by a thread of its own while write() fills the other one, and past kDirectFrom
// bytes with O_DIRECT (see flush()); an error of that write is returned by the next
// write() or syncAndClose().
class OutputFile {
public:
    OutputFile() = default;
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;
    ~OutputFile();

    bool create(const QString &target, Phrase *error);
    bool write(const char *data, qint64 size, Phrase *error);
    bool syncAndClose(Phrase *error);
    bool commit(Phrase *error);
    void discard();

    // Where the written bytes can be read back before commit() (verification): the
    // hidden file, or /proc/self/fd/N for an unnamed one.
    QString tempPath() const { return m_temp; }
    QString target() const { return m_target; }
    // Removes the hidden temp files of earlier writes of `target` whose writer is gone
    // (create() calls it before it falls back to a named temp file).
    static void removeAbandonedBeside(const QString &target);
    // Bytes given to write(): the file's size once closed.
    qint64 written() const { return m_written; }

    static constexpr qint64 kBlock = 4096; // what a hole is made of (a file system block)
    static constexpr qint64 kBuffer = qint64(8) << 20;
    static constexpr qint64 kDirectFrom = qint64(64) << 20; // written with O_DIRECT beyond this

private:
    // Hands the buffer's bytes to the writer (`last`: writes them before returning).
    bool flush(bool last, Phrase *error);
    // Waits for the buffer being written; false with its error if that failed.
    bool finishPending(Phrase *error);
    // Writes `size` bytes for file offset `start`, skipping their all-zero blocks.
    bool writeBlocks(const char *data, qint64 size, qint64 start, Phrase *error);
    bool writeAt(const char *data, qint64 size, qint64 at, Phrase *error);

    QString m_target;
    QString m_temp;
    int m_fd = -1;
    qint64 m_written = 0;
    struct FreeBuffer {
        void operator()(char *p) const;
    };
    using Buffer = std::unique_ptr<char, FreeBuffer>;
    Buffer m_buffer; // holds bytes [m_written - m_buffered, m_written)
    qint64 m_buffered = 0;
    Buffer m_spare; // the buffer m_pending writes, or a free one
    std::future<Phrase> m_pending; // writing the last full buffer: its error, if any
    // Touched by the writer while m_pending runs, by this thread only once it is done:
    bool m_direct = false; // O_DIRECT set on m_fd
    bool m_directFailed = false; // the file system refused it: buffered to the end
    qint64 m_end = 0; // where the last write to the file ended
    qint64 m_flushed = 0; // bytes handed to writeback already
    bool m_committed = false;
    bool m_unnamed = false; // O_TMPFILE: m_temp is /proc/self/fd/N, kept open until commit
};

// `mode` (0666 for a file, 0777 for a folder) less the process's umask: what a new one gets.
unsigned umaskedMode(unsigned mode);

// Do two paths name the same file (same device and inode, so hard links count)?
bool sameFile(const QString &a, const QString &b);

} // namespace ckpt
