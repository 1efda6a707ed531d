#include "model/formats/Readers.h"

#include "model/io/ZipDirectory.h"

#include <algorithm>
#include <cstring>

namespace ckpt {

namespace {
// Pickle PROTO 2, LONG1 of 10 bytes, then torch's legacy magic 0x1950a86a20f9469cfc6c.
const uchar kLegacyMagic[] = { 0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19 };
constexpr qint64 kMaxSafetensorsHeader = 100000000;
// Index files are a few hundred KiB at most; do not search big files for a JSON key.
constexpr qint64 kMaxIndexJson = 64 << 20;

bool looksLikeSafetensors(const uchar *d, qint64 size)
{
    if (size < 10)
        return false;
    quint64 n = 0;
    for (int i = 7; i >= 0; --i)
        n = (n << 8) | d[i];
    return n >= 2 && n <= quint64(kMaxSafetensorsHeader) && n + 8 <= quint64(size) && d[8] == '{';
}

bool looksLikeIndexJson(const uchar *d, qint64 size)
{
    if (size > kMaxIndexJson)
        return false;
    qint64 i = 0;
    if (size >= 3 && d[0] == 0xEF && d[1] == 0xBB && d[2] == 0xBF)
        i = 3; // UTF-8 byte order mark
    while (i < size && (d[i] == ' ' || d[i] == '\t' || d[i] == '\r' || d[i] == '\n'))
        ++i;
    if (i >= size || d[i] != '{')
        return false;
    const QByteArray text = QByteArray::fromRawData(reinterpret_cast<const char *>(d), size);
    return text.contains("\"weight_map\"");
}

// Protocol 0/1 pickles have no PROTO opcode. Accept only the openings real ones use,
// each checked a little further, so that plain text rarely passes. Trailing bytes after
// STOP occur in hostile files, so the end is only checked for one-byte openings.
bool textLine(const uchar *d, qint64 size, qint64 from, const char *allowed, qint64 *next)
{
    const qint64 limit = std::min<qint64>(size, from + 512);
    for (qint64 i = from; i < limit; ++i) {
        if (d[i] == '\n') {
            *next = i + 1;
            return i > from;
        }
        if (allowed ? !std::strchr(allowed, d[i]) || d[i] == 0 : (d[i] < 0x20 && d[i] != '\t'))
            return false;
    }
    return false;
}

bool looksLikeOldPickle(const uchar *d, qint64 size)
{
    static const char kIdent[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.";
    static const char kNumber[] = "0123456789+-.eEinfaL";
    if (size < 2)
        return false;
    qint64 next = 0;
    switch (d[0]) {
    case '(':
    case ']':
    case '}':
    case ')':
    case 'N': {
        qint64 last = size - 1;
        while (last > 0 && (d[last] == ' ' || d[last] == '\n' || d[last] == '\r' || d[last] == '\t'))
            --last;
        return d[last] == '.';
    }
    case 'c': // GLOBAL module\nname\n
        return textLine(d, size, 1, kIdent, &next) && textLine(d, size, next, kIdent, &next);
    case 'V': // UNICODE text\n
        return textLine(d, size, 1, nullptr, &next);
    case 'S': // STRING 'text'\n
        return (d[1] == '\'' || d[1] == '"') && textLine(d, size, 1, nullptr, &next);
    case 'I':
    case 'L':
    case 'F':
        return textLine(d, size, 1, kNumber, &next);
    default:
        return false;
    }
}
} // namespace

Detected detectFormat(const ByteSource &src)
{
    const qint64 size = src.size();
    const uchar *d = src.data();
    if (size == 0)
        return Detected::Empty;
    if (ZipDirectory::looksLikeZip(src))
        return Detected::Zip;
    if (size >= 6 && std::memcmp(d, "\x93NUMPY", 6) == 0)
        return Detected::Numpy;
    if (size >= 6 && std::memcmp(d, "7z\xbc\xaf\x27\x1c", 6) == 0)
        return Detected::SevenZip;
    if (size >= qint64(sizeof kLegacyMagic) && std::memcmp(d, kLegacyMagic, sizeof kLegacyMagic) == 0)
        return Detected::LegacyPickle;
    // Before the pickle test: a header of 128 + 256k bytes starts with 0x80 0x0k.
    if (looksLikeSafetensors(d, size))
        return Detected::Safetensors;
    if (size >= 2 && d[0] == 0x80 && d[1] <= 5)
        return Detected::Pickle;
    if (looksLikeIndexJson(d, size))
        return Detected::ShardIndex;
    if (looksLikeOldPickle(d, size))
        return Detected::Pickle;
    return Detected::Unknown;
}

} // namespace ckpt
