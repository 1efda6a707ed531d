#pragma once

#include "model/io/ByteSource.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>
#include <mutex>

namespace ckpt {

class ZipDirectory;

// The files a job reads tensor bytes from: each mapped once (the checkpoint, the shard
// files beside an index), and deflated zip records inflated once. Shared by the job's
// threads; one per job, so a file changed on disk is seen by the next job.
class FileCache {
public:
    FileCache();
    ~FileCache();

    // The file, mapped read-only; null with *error set to why it cannot be opened.
    ByteSourcePtr file(const QString &path, Phrase *error);
    // A deflated record of the zip at `path`, inflated (once; kept while the cache lives,
    // up to kInflatedBudget bytes in all). Null with *error set on failure.
    ByteSourcePtr inflated(const QString &path, const QString &recordName, Phrase *error);

    // A deflated tensor record larger than this is not inflated (it would sit in memory whole).
    static constexpr qint64 kMaxInflatedRecord = qint64(1) << 30;
    // Inflated records kept for re-use; beyond this, records not in use are dropped.
    static constexpr qint64 kInflatedBudget = qint64(512) << 20;

private:
    std::mutex m_mutex;
    QHash<QString, ByteSourcePtr> m_files;
    QHash<QString, std::shared_ptr<ZipDirectory>> m_zips;
    QHash<QString, ByteSourcePtr> m_inflated; // "path\nrecord"
    qint64 m_inflatedBytes = 0;
};

// Drops the whole pages inside a consumed range of a read-only file mapping from this
// process (the page cache keeps them): streaming paths call it as they go so that peak
// memory stays near one block, not the file. Never call it on heap memory.
void releaseMappedPages(const uchar *data, qint64 size);
// What the streaming readers call for a range they read through `mapping` (a read-only
// mapping of a file; nothing for a copy in memory): drops the range's pages, its partly
// read ends included, and around it what the kernel maps beyond a fault: back to the 2 MiB
// boundary below it (Linux 6.18 maps a whole large folio of the page cache on one fault)
// and 64 KiB past its end (fault-around, where another worker's release already passed).
// Releasing only the whole pages inside the range kept 900 MB mapped over 100 GiB read in
// 256 KiB pieces (diff of a DCP folder and an index). A page dropped while another thread
// still reads it comes back from the page cache on its next access.
void releaseMappedRange(const ByteSource &mapping, const uchar *data, qint64 size);

} // namespace ckpt
