#pragma once

#include "model/common/Phrase.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <functional>
#include <vector>

namespace ckpt {

// Streams an uncompressed zip laid out byte for byte like PyTorch's writer (miniz with
// zip64 on, as caffe2::serialize::PyTorchStreamWriter drives it; FORMATS.md D1): every
// record under "<archive>/", STORED, its data on a 64-byte boundary thanks to an 'FB'
// extra field padded with 'Z', bit 3 set with a data descriptor after non-empty data, zero
// timestamps, zip64 fields only where a size or offset needs them, and the zip64 end
// records always. The bytes go to a sink in order, so nothing is ever seeked or buffered
// beyond one record's headers, and the CRC-32 is computed while the data streams.
class ZipWriter {
public:
    // Receives the archive bytes in order; returns false to stop (disk full, cancel).
    using Sink = std::function<bool(const char *data, qint64 size)>;

    ZipWriter(const QString &archiveName, Sink sink);

    // The folder torch.save uses when it saves to `path`: the file name without its last
    // extension ("model.v2.pt" -> "model.v2"). torch.save writes through a Python stream
    // for a non-ASCII name, and a stream gets "archive"; so do we, and for an empty name.
    static QString archiveNameFor(const QString &path);

    // Sizes and offsets at or past this get zip64 fields. PyTorch's is 0xFFFFFFFF; tests
    // lower it to check the zip64 layout without writing 4 GiB.
    void setZip64Threshold(quint64 threshold) { m_zip64Threshold = threshold; }

    // One whole record (name relative to the archive folder, e.g. "data/0"). The data is
    // handed to the sink in pieces of at most kChunk bytes, each CRC'd just before it is
    // written while it is still in cache.
    bool writeRecord(const QString &name, const void *data, qint64 size);
    // The same record streamed: its header, then `size` bytes in as many appendData()
    // calls as the producer needs (a tensor read block by block), then endRecord(), which
    // fails unless exactly `size` bytes came.
    bool beginRecord(const QString &name, qint64 size);
    bool appendData(const void *data, qint64 size);
    bool endRecord();
    // Central directory, zip64 end record and locator, end record. Nothing may follow.
    bool finish();

    QString archiveName() const { return m_archive; }
    qint64 position() const { return qint64(m_pos); }
    Phrase error() const { return m_error; }

    static constexpr qint64 kChunk = qint64(4) << 20;
    static constexpr quint64 kAlignment = 64;

private:
    struct Entry {
        QByteArray name; // full name with the archive folder
        quint64 offset = 0;
        quint64 size = 0;
        quint32 crc = 0;
        quint16 flags = 0;
    };

    bool put(const QByteArray &bytes);
    bool put(const char *data, qint64 size);
    bool needs64(quint64 v) const { return v >= m_zip64Threshold; }
    QByteArray zip64Extra(quint64 size, quint64 offset) const;
    bool fail(const Phrase &why);

    QString m_archive;
    Sink m_sink;
    std::vector<Entry> m_entries;
    Entry m_open; // the record between beginRecord and endRecord
    bool m_recordOpen = false;
    quint64 m_openWritten = 0;
    QSet<QByteArray> m_names;
    quint64 m_pos = 0;
    quint64 m_zip64Threshold = 0xFFFFFFFFu;
    bool m_finished = false;
    bool m_failed = false;
    Phrase m_error;
};

} // namespace ckpt
