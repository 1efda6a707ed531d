// Bare pickle streams (pickle.dump, .pkl): every stacked pickle is read and scanned.
#include "model/formats/Readers.h"

#include "model/pickle/TextNumbers.h"
#include "model/safety/PickleFindings.h"

#include <algorithm>
#include <cstring>

namespace ckpt {

namespace {
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
    case 'I': // INT and LONG as CPython reads them ("I0x10", "I1_001", "L0b1L")
    case 'L':
        if (!textLine(d, size, 1, nullptr, &next))
            return false;
        {
            const QByteArray line(reinterpret_cast<const char *>(d) + 1, int(next - 2));
            return (d[0] == 'I' ? pickleIntArgument(line) : pickleLongArgument(line)).ok;
        }
    case 'F':
        return textLine(d, size, 1, kNumber, &next);
    default:
        return false;
    }
}
} // namespace

const char *PickleReader::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "Python pickle");
}

QStringList PickleReader::nameFilters() const
{
    return { QStringLiteral("*.pkl"), QStringLiteral("*.pickle") };
}

FormatCapabilities PickleReader::capabilities() const
{
    return FormatCapability::Read | FormatCapability::NestedObjects | FormatCapability::Pickle;
}

bool PickleReader::recognises(const FormatProbe &probe) const
{
    const ByteSource &src = probe.bytes();
    const uchar *d = src.data();
    return (src.size() >= 2 && d[0] == 0x80 && d[1] <= 5) || looksLikeOldPickle(d, src.size());
}

bool PickleReader::read(const ByteSourcePtr &src, Checkpoint &out) const
{
    out.format = Format::Pickle;
    // Stacked pickles are all read, as a scanner must: a payload can hide in any of them.
    std::vector<ValuePtr> values;
    Phrase error;
    ValuePtr first = scanPickles(out, src->view(0, src->size()), 0, QStringLiteral("pickle"), &error, &values);
    if (!error.isEmpty())
        out.error = error;
    if (values.empty() && first)
        values.push_back(first); // the partial value of a broken first pickle
    auto all = Value::make(Value::Kind::List);
    all->items = values;
    out.root = values.empty() ? nullptr : values.size() == 1 ? values.front() : all;
    out.facts << qMakePair(
        Phrase::translate("ckpt::Formats", "pickles", "a fact's name: how many pickles the file holds"),
        Phrase(QString::number(values.size())));
    return out.ok();
}

} // namespace ckpt
