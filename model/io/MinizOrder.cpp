// How PyTorch's miniz orders and finds the records of a zip (mz_zip_reader_sort_central_dir_
// offsets_by_filename, mz_zip_locate_file_binary_search): the order torch.load reads names
// in, and so which of two names that differ only in case, or repeat, it finds.
#include "model/io/ZipDirectory.h"

#include <algorithm>
#include <cstring>
#include <numeric>

namespace ckpt {

namespace {
// miniz's MZ_TOLOWER: ASCII only, byte by byte.
uchar lowerAscii(uchar c)
{
    return c >= 'A' && c <= 'Z' ? uchar(c - 'A' + 'a') : c;
}

// mz_zip_reader_filename_less: the order miniz sorts the directory in.
bool filenameLess(QByteArrayView l, QByteArrayView r)
{
    const qsizetype n = std::min(l.size(), r.size());
    // Equal bytes are equal lowercased: skip the common prefix (names of one archive share
    // a long one, "archive/data/") eight bytes at a time, then compare as miniz does.
    qsizetype i = 0;
    for (quint64 a, b; i + 8 <= n; i += 8) {
        std::memcpy(&a, l.data() + i, 8);
        std::memcpy(&b, r.data() + i, 8);
        if (a != b)
            break;
    }
    for (; i < n; ++i) {
        const uchar a = lowerAscii(uchar(l[i])), b = lowerAscii(uchar(r[i]));
        if (a != b)
            return a < b;
    }
    return l.size() < r.size();
}

// mz_zip_filename_compare: <0, 0, >0 as the stored name sorts before, equals, after the query.
int filenameCompare(QByteArrayView stored, QByteArrayView query)
{
    const qsizetype n = std::min(stored.size(), query.size());
    qsizetype i = 0;
    for (quint64 a, b; i + 8 <= n; i += 8) { // the shared prefix, as in filenameLess
        std::memcpy(&a, stored.data() + i, 8);
        std::memcpy(&b, query.data() + i, 8);
        if (a != b)
            break;
    }
    for (; i < n; ++i) {
        const uchar a = lowerAscii(uchar(stored[i])), b = lowerAscii(uchar(query[i]));
        if (a != b)
            return int(a) - int(b);
    }
    return int(stored.size() - query.size());
}
} // namespace

// Sorts m_sorted as filenameLess orders the names. Each name is keyed by the sixteen bytes
// after the prefix all names share, lowercased and zero-padded, read as two big-endian
// numbers: a smaller key is a smaller name, so only names with equal keys are compared
// whole ("archive/data/12345" against "archive/data/12346" is an integer comparison; eight
// bytes left a hundred names of a 100k-record archive to each key).
void ZipDirectory::sortByKeys()
{
    const size_t size = m_rawNames.size();
    if (size < 2)
        return;
    const QByteArrayView first = m_rawNames[0];
    qsizetype shared = first.size();
    for (const QByteArrayView &name : m_rawNames) {
        qsizetype i = 0;
        const qsizetype n = std::min(shared, name.size());
        while (i < n && lowerAscii(uchar(name[i])) == lowerAscii(uchar(first[i])))
            ++i;
        shared = i;
    }
    struct Keyed {
        quint64 high, low;
        quint32 index;
    };
    std::vector<Keyed> keyed(size);
    for (size_t i = 0; i < size; ++i) {
        const QByteArrayView name = m_rawNames[i];
        auto word = [&](qsizetype from) {
            quint64 key = 0;
            for (qsizetype b = 0; b < 8; ++b) {
                const qsizetype at = shared + from + b;
                key = (key << 8) | (at < name.size() ? lowerAscii(uchar(name[at])) : 0U);
            }
            return key;
        };
        keyed[i] = { word(0), word(8), quint32(i) };
    }
    std::sort(keyed.begin(), keyed.end(), [this](const Keyed &a, const Keyed &b) {
        if (a.high != b.high)
            return a.high < b.high;
        if (a.low != b.low)
            return a.low < b.low;
        return filenameLess(m_rawNames[a.index], m_rawNames[b.index]);
    });
    for (size_t i = 0; i < size; ++i)
        m_sorted[i] = keyed[i].index;
}

// mz_zip_reader_sort_central_dir_offsets_by_filename: a heap sort (not stable), so which of
// two equal names comes first is miniz's business; we follow it step by step.
void ZipDirectory::sortLikeMiniz()
{
    const quint64 size = m_entries.size();
    m_sorted.resize(size);
    for (quint64 i = 0; i < size; ++i)
        m_sorted[i] = quint32(i);
    auto less = [this](quint32 a, quint32 b) { return filenameLess(m_rawNames[a], m_rawNames[b]); };
    auto siftDown = [&](quint64 root, quint64 end) {
        for (;;) {
            quint64 child = (root << 1U) + 1U;
            if (child >= end)
                break;
            child += (child + 1U < end) && less(m_sorted[child], m_sorted[child + 1U]);
            if (!less(m_sorted[root], m_sorted[child]))
                break;
            std::swap(m_sorted[root], m_sorted[child]);
            root = child;
        }
    };
    // Distinct names sort one way (std::sort is faster); ties need miniz's heap sort's order.
    sortByKeys();
    const bool ties = std::adjacent_find(m_sorted.begin(), m_sorted.end(), [this](quint32 a, quint32 b) {
        return filenameCompare(m_rawNames[a], m_rawNames[b]) == 0;
    }) != m_sorted.end();
    if (ties)
        std::iota(m_sorted.begin(), m_sorted.end(), quint32(0));
    if (ties && size > 1) {
        for (quint64 start = (size - 2U) >> 1U;; --start) {
            siftDown(start, size);
            if (!start)
                break;
        }
        for (quint64 end = size - 1; end > 0; --end) {
            std::swap(m_sorted[end], m_sorted[0]);
            siftDown(0, end);
        }
    }
    // Names miniz cannot tell apart: neighbours once sorted (none if there were no ties).
    for (quint64 i = 1; ties && i < size; ++i)
        if (filenameCompare(m_rawNames[m_sorted[i - 1]], m_rawNames[m_sorted[i]]) == 0) {
            m_duplicates = true;
            const QByteArrayView name = m_rawNames[m_sorted[i]];
            const ZipEntry *read = &m_entries[size_t(locateLikeMiniz(name))];
            m_warnings << Phrase::translate("ckpt::Io",
                "zip record '%1' appears more than once (compared as PyTorch's reader compares names, ignoring case): "
                "torch.load reads the one at byte %2")
                              .arg(QString::fromUtf8(name))
                              .arg(read->localHeaderOffset);
        }
}

// mz_zip_locate_file_binary_search.
int ZipDirectory::locateLikeMiniz(QByteArrayView name) const
{
    qint64 l = 0, h = qint64(m_sorted.size()) - 1;
    while (l <= h) {
        const qint64 m = l + ((h - l) >> 1);
        const quint32 index = m_sorted[size_t(m)];
        const int comp = filenameCompare(m_rawNames[index], name);
        if (comp == 0)
            return int(index);
        if (comp < 0)
            l = m + 1;
        else
            h = m - 1;
    }
    return -1;
}

} // namespace ckpt
