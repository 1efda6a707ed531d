#include "model/safety/ZipChecks.h"

#include <QRegularExpression>
#include <QSet>

namespace ckpt {

namespace {
Finding structural(const QString &where, const QString &detail)
{
    return { QString(), Verdict::Invalid, where, detail, false };
}
} // namespace

bool isExpectedTorchRecord(const QString &rel, bool torchScript)
{
    // torch.save (1.6 to 2.x): data.pkl, version, byteorder, data/<key>, .data/* and the
    // newest .format_version / .storage_alignment. torch.jit.save adds code/, constants*,
    // bytecode.pkl, extra/ and, in format 1, attributes.pkl and tensors/.
    static const QRegularExpression saveLayout(QStringLiteral(
        "^(data\\.pkl|version|byteorder|\\.format_version|\\.storage_alignment|data/[^/]+|\\.data/[^/]+)$"));
    static const QRegularExpression scriptLayout(QStringLiteral(
        "^(code/.+|constants\\.pkl|constants/[^/]+|bytecode\\.pkl|extra/.+|attributes\\.pkl|tensors/[^/]+"
        "|model\\.json|mobile_info\\.json|producer_info\\.json|\\.data/.+)$"));
    // data/<key>, one per storage, is nearly every record: settled before the regexes.
    if (rel.startsWith(QLatin1String("data/")) && rel.size() > 5 && rel.indexOf(QLatin1Char('/'), 5) < 0)
        return true;
    return saveLayout.match(rel).hasMatch() || (torchScript && scriptLayout.match(rel).hasMatch());
}

void checkZipStructure(const ZipDirectory &zip, Checkpoint &out)
{
    for (const QString &w : zip.warnings())
        out.findings.push_back(structural(QStringLiteral("zip directory"), w));
    const bool script = out.format == Format::TorchScript;
    QSet<QString> unexpectedSeen;
    for (const ZipEntry &e : zip.entries()) {
        // Bit 0 (encrypted), 5 (patched data), 6 (strong encryption): zipfile refuses or
        // misreads the record; miniz in PyTorch ignores the bits and reads it.
        if (const int odd = e.flags & 0x0061)
            out.findings.push_back(structural(e.name,
                QStringLiteral("zip flag bits 0x%1 make Python's zipfile refuse this record; PyTorch reads it anyway "
                               "(a trick to blind scanners)")
                    .arg(odd, 2, 16, QLatin1Char('0'))));
        if (!e.name.startsWith(zip.prefix()))
            continue; // the reader already reports records outside the archive folder
        const QString rel = e.name.mid(zip.prefix().size());
        if (!isExpectedTorchRecord(rel, script) && !unexpectedSeen.contains(rel)) {
            unexpectedSeen.insert(rel);
            out.findings.push_back(structural(
                e.name, QStringLiteral("a record torch.save does not write (scanned as a possible pickle)")));
        }
    }
}

namespace {
const QString &crcMismatch()
{
    static const QString text = QStringLiteral("CRC-32 mismatch: Python's zipfile refuses this record, PyTorch reads "
                                               "it unchecked (a trick to blind scanners)");
    return text;
}
} // namespace

void checkRecordCrc(const ZipDirectory &zip, const ZipEntry &e, Checkpoint &out)
{
    QString unreadable;
    if (zip.crcMatches(e, &unreadable))
        return;
    if (unreadable.isEmpty()) {
        out.findings.push_back(structural(e.name, crcMismatch()));
        return;
    }
    // Not checked is not clean: the file is reported as not read to the end.
    out.findings.push_back(structural(e.name, QStringLiteral("not checked: %1").arg(unreadable)));
    if (out.error.isEmpty())
        out.error = unreadable;
}

void checkAllZipCrcs(Checkpoint &out, CrcScope scope)
{
    if (out.format != Format::TorchZip && out.format != Format::TorchScript)
        return;
    QString error;
    ByteSourcePtr src = ByteSource::open(out.file, &error);
    ZipDirectory zip;
    if (!src || !zip.read(src))
        return;
    // Records open already read (and checked) are not reported twice.
    QSet<QString> reported;
    for (const Finding &f : out.findings)
        if (f.detail == crcMismatch())
            reported.insert(f.where);
    QSet<QString> tensorData;
    if (scope == CrcScope::AllButTensorData)
        for (const StorageInfo &s : out.storages)
            tensorData.insert(zip.prefix() + s.recordName);
    for (const ZipEntry &e : zip.entries())
        if (!reported.contains(e.name) && !tensorData.contains(e.name))
            checkRecordCrc(zip, e, out);
}

} // namespace ckpt
