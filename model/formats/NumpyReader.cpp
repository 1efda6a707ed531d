// NumPy .npy files (numpy/lib/format.py): magic, version, a Python-literal header,
// then raw data, or for object arrays a pickle that np.load(allow_pickle=True) runs.
#include "model/formats/NumpyReader.h"

#include "model/formats/NumpyTensors.h"

#include "model/formats/Readers.h"
#include "model/safety/PickleFindings.h"

#include <QtEndian>

#include <cstring>

namespace ckpt {

namespace {
const char kMagic[] = "\x93NUMPY";
constexpr qint64 kMagicSize = 6;
constexpr int kMaxDims = 64; // numpy's own NPY_MAXDIMS is 32 (64 in 2.x)

// Returns the position just after `'key':` (whitespace skipped) of the header dict's own
// key, or -1. numpy reads the header with ast.literal_eval, so a key given twice means the
// LAST one, and a key-like string inside a value (a field named 'descr') is no key: only
// strings directly inside the outer braces and followed by ':' count.
qsizetype valueOf(const QByteArray &h, const char *key)
{
    qsizetype found = -1;
    int depth = 0;
    for (qsizetype i = 0; i < h.size(); ++i) {
        const char c = h[i];
        if (c == '\'' || c == '"') {
            qsizetype end = i + 1;
            while (end < h.size() && h[end] != c)
                end += h[end] == '\\' ? 2 : 1;
            if (end >= h.size())
                return found;
            qsizetype after = end + 1;
            while (after < h.size() && h[after] == ' ')
                ++after;
            if (depth == 1 && after < h.size() && h[after] == ':' && h.mid(i + 1, end - i - 1) == key) {
                ++after;
                while (after < h.size() && h[after] == ' ')
                    ++after;
                found = after;
            }
            i = end;
        } else if (c == '{' || c == '[' || c == '(') {
            ++depth;
        } else if (c == '}' || c == ']' || c == ')') {
            --depth;
        }
    }
    return found;
}

// A quoted string, or a bracketed list of fields (structured dtype) kept as text.
bool readDescr(const QByteArray &h, qsizetype at, QString *out)
{
    if (at < 0 || at >= h.size())
        return false;
    if (h[at] == '\'' || h[at] == '"') {
        const qsizetype end = h.indexOf(h[at], at + 1);
        if (end < 0)
            return false;
        *out = QString::fromLatin1(h.mid(at + 1, end - at - 1));
        return true;
    }
    if (h[at] != '[')
        return false;
    int depth = 0;
    for (qsizetype i = at; i < h.size(); ++i) {
        depth += h[i] == '[' ? 1 : h[i] == ']' ? -1 : 0;
        if (depth == 0) {
            *out = QString::fromLatin1(h.mid(at, i - at + 1));
            return true;
        }
    }
    return false;
}

bool readShape(const QByteArray &h, qsizetype at, std::vector<qint64> *shape)
{
    if (at < 0 || at >= h.size() || h[at] != '(')
        return false;
    const qsizetype end = h.indexOf(')', at);
    if (end < 0)
        return false;
    for (const QByteArray &part : h.mid(at + 1, end - at - 1).split(',')) {
        const QByteArray t = part.trimmed();
        if (t.isEmpty())
            continue;
        bool ok = false;
        const qint64 n = t.endsWith('L') ? t.chopped(1).toLongLong(&ok) : t.toLongLong(&ok);
        if (!ok || n < 0 || shape->size() >= size_t(kMaxDims))
            return false;
        shape->push_back(n);
    }
    return true;
}

// Bytes per element of a simple descr ("<f4" -> 4), 0 if unknown or structured.
qint64 itemSize(const QString &descr)
{
    if (descr.size() < 2 || descr.startsWith(QLatin1Char('[')))
        return 0;
    bool ok = false;
    const qint64 n = descr.mid(2).toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}
} // namespace

bool NpyHeader::hasObjects() const
{
    // Any type string in the descr that numpy reads as object: "O", "|O", "O8", "|O8",
    // "object", "object_", alone or as a field of a structured dtype ("('a', '|O8')"). A
    // field name that looks like one is counted too: a false alarm, never a miss.
    auto isObjectCode = [](QString code) {
        if (!code.isEmpty() && QStringLiteral("<>|=").contains(code.front()))
            code.remove(0, 1);
        if (code == QLatin1String("object") || code == QLatin1String("object_"))
            return true;
        if (!code.startsWith(QLatin1Char('O')))
            return false;
        for (qsizetype i = 1; i < code.size(); ++i)
            if (!code.at(i).isDigit())
                return false;
        return true;
    };
    if (!descr.startsWith(QLatin1Char('[')))
        return isObjectCode(descr);
    for (qsizetype i = 0; i < descr.size(); ++i) {
        const QChar q = descr.at(i);
        if (q != QLatin1Char('\'') && q != QLatin1Char('"'))
            continue;
        const qsizetype end = descr.indexOf(q, i + 1);
        if (end < 0)
            break;
        if (isObjectCode(descr.mid(i + 1, end - i - 1)))
            return true;
        i = end;
    }
    return false;
}

bool looksLikeNpy(const uchar *d, qint64 size)
{
    return size >= kMagicSize && std::memcmp(d, kMagic, size_t(kMagicSize)) == 0;
}

bool parseNpyHeader(const uchar *d, qint64 size, NpyHeader *out, Phrase *error)
{
    auto fail = [error](const Phrase &why) {
        *error = why;
        return false;
    };
    if (!looksLikeNpy(d, size) || size < 10)
        return fail(Phrase::translate("ckpt::Formats", "not a .npy file"));
    out->major = d[6];
    qint64 headerLen = 0, headerStart = 0;
    if (out->major == 1) {
        headerLen = qFromLittleEndian<quint16>(d + 8);
        headerStart = 10;
    } else if (out->major == 2 || out->major == 3) {
        if (size < 12)
            return fail(Phrase::translate("ckpt::Formats", ".npy header ends early"));
        headerLen = qFromLittleEndian<quint32>(d + 8);
        headerStart = 12;
    } else {
        return fail(
            Phrase::translate("ckpt::Formats", "unsupported .npy format version %1.%2").arg(out->major).arg(d[7]));
    }
    if (headerLen > size - headerStart)
        return fail(Phrase::translate("ckpt::Formats", ".npy header declares %1 bytes, only %2 in the file")
                        .arg(headerLen)
                        .arg(size - headerStart));
    const QByteArray h = QByteArray::fromRawData(reinterpret_cast<const char *>(d + headerStart), qsizetype(headerLen));
    out->dataOffset = headerStart + headerLen;
    if (!readDescr(h, valueOf(h, "descr"), &out->descr))
        return fail(Phrase::translate("ckpt::Formats", ".npy header has no readable 'descr'"));
    const qsizetype fo = valueOf(h, "fortran_order");
    out->fortranOrder = fo >= 0 && h.mid(fo, 4) == "True";
    if (!readShape(h, valueOf(h, "shape"), &out->shape))
        return fail(Phrase::translate("ckpt::Formats", ".npy header has no readable 'shape'"));
    return true;
}

namespace {
ValuePtr describe(const NpyHeader &h)
{
    auto arr = Value::make(Value::Kind::NumpyArray);
    arr->text = h.descr;
    arr->extra().shape = h.shape;
    arr->boolean = h.fortranOrder;
    return arr;
}
} // namespace

ValuePtr scanNpyRecord(Checkpoint &out, const QByteArray &bytes, const QString &where, bool tensor, qint64 fileOffset)
{
    NpyHeader h;
    Phrase error;
    const auto *d = reinterpret_cast<const uchar *>(bytes.constData());
    if (!parseNpyHeader(d, bytes.size(), &h, &error)) {
        out.findings.push_back({ QString(), Verdict::Invalid, where, error, false });
        return nullptr;
    }
    if (h.hasObjects())
        return scanPickles(out, bytes, h.dataOffset, where, nullptr);
    ValuePtr arr = describe(h);
    if (tensor && fileOffset >= 0)
        addNumpyTensor(out, *arr, fileOffset + h.dataOffset, nullptr);
    else if (tensor) // a deflated record: its inflated data, the one copy
        addNumpyTensor(out, *arr, -1, ByteSource::fromBytes(bytes.mid(h.dataOffset), where));
    return arr;
}

const char *NumpyReader::description() const
{
    return QT_TRANSLATE_NOOP("ckpt::FileFormat", "NumPy array or archive (np.save, np.savez)");
}

QStringList NumpyReader::nameFilters() const
{
    return { QStringLiteral("*.npy"), QStringLiteral("*.npz") };
}

FormatCapabilities NumpyReader::capabilities() const
{
    // Object arrays are pickles: any Python objects.
    return FormatCapability::Read | FormatCapability::NestedObjects | FormatCapability::Pickle;
}

bool NumpyReader::recognises(const FormatProbe &probe) const
{
    const ByteSource &src = probe.bytes();
    return looksLikeNpy(src.data(), src.size()) || probe.zipContents() == ZipContents::NumpyArchive;
}

bool NumpyReader::read(const ByteSourcePtr &src, Checkpoint &out) const
{
    if (!looksLikeNpy(src->data(), src->size()))
        return readZipArchive(src, out); // an .npz
    out.format = Format::Numpy;
    NpyHeader h;
    if (!parseNpyHeader(src->data(), src->size(), &h, &out.error))
        return false;
    out.facts << qMakePair(Phrase::translate("ckpt::Formats", "npy version", "a fact's name: the .npy format version"),
        Phrase(QString::number(h.major)))
              << qMakePair(Phrase(QStringLiteral("dtype")), Phrase(h.descr));
    if (h.hasObjects()) {
        // np.load(allow_pickle=True) unpickles the rest of the file: scan all of it.
        out.facts << qMakePair(
            Phrase::translate("ckpt::Formats", "object array", "a fact's name: a .npy of dtype object"),
            Phrase::translate("ckpt::Formats", "the data is a pickle", "an object array"));
        Phrase error;
        out.root = scanPickles(out, src->view(0, src->size()), h.dataOffset,
            Phrase::translate("ckpt::Safety", "object array pickle", "a .npy of dtype object"), &error);
        if (!out.root)
            out.error = error;
        return out.ok();
    }
    out.root = describe(h);
    // Checked in steps so that a declared shape of 2^40 x 2^40 cannot overflow.
    const qint64 size = itemSize(h.descr), available = src->size() - h.dataOffset;
    qint64 need = size;
    for (qint64 n : h.shape)
        need = (n == 0 || need == 0) ? 0 : (need > available / n ? available + 1 : need * n);
    if (size > 0 && need > available) {
        out.error = Phrase::translate("ckpt::Safety", ".npy header declares more data than the %1 bytes after it")
                        .arg(available);
        out.findings.push_back(
            { QString(), Verdict::Invalid, Phrase::translate("ckpt::Safety", "npy header"), out.error, false });
    } else {
        addNumpyTensor(out, *out.root, h.dataOffset, nullptr);
    }
    return out.ok();
}

} // namespace ckpt
