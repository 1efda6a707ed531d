#include "model/safety/ZipChecks.h"

#include <QRegularExpression>
#include <QSet>

namespace ckpt {

namespace {
Finding structural(const Phrase &where, const Phrase &detail)
{
    return { QString(), Verdict::Invalid, where, detail, false };
}

Phrase zipDirectory()
{
    return Phrase::translate("ckpt::Safety", "zip directory");
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
    for (const Phrase &w : zip.warnings())
        out.findings.push_back(structural(zipDirectory(), w));
    const bool script = out.format == Format::TorchScript;
    QSet<QString> unexpectedSeen;
    for (const ZipEntry &e : zip.entries()) {
        // Bit 0 (encrypted), 5 (patched data), 6 (strong encryption): zipfile refuses or
        // misreads the record; miniz in PyTorch ignores the bits and reads it.
        if (const int odd = e.flags & 0x0061)
            out.findings.push_back(structural(e.name,
                Phrase::translate("ckpt::Safety",
                    "zip flag bits 0x%1 make Python's zipfile refuse this record; PyTorch reads it anyway (a trick "
                    "to blind scanners)")
                    .arg(QStringLiteral("%1").arg(odd, 2, 16, QLatin1Char('0')))));
        if (!e.name.startsWith(zip.prefix()))
            continue; // the reader already reports records outside the archive folder
        const QString rel = e.name.mid(zip.prefix().size());
        if (!isExpectedTorchRecord(rel, script) && !unexpectedSeen.contains(rel)) {
            unexpectedSeen.insert(rel);
            out.findings.push_back(structural(e.name,
                Phrase::translate(
                    "ckpt::Safety", "a record torch.save does not write (scanned as a possible pickle)")));
        }
    }
}

namespace {
Phrase placeOf(const ZipEntry *e)
{
    if (!e)
        return Phrase::translate("ckpt::Safety", "none", "no record");
    if (e->openError)
        return Phrase::translate("ckpt::Safety", "one it cannot open", "a record");
    return Phrase::translate("ckpt::Safety", "%1 bytes at byte %2").arg(e->compressedSize).arg(e->dataOffset);
}

bool samePlace(const ZipEntry *a, const ZipEntry *b)
{
    if (!a || !b)
        return a == b;
    return a->dataOffset == b->dataOffset && a->compressedSize == b->compressedSize && a->method == b->method
        && bool(a->openError) == bool(b->openError);
}

QStringList onlyIn(const ZipDirectory &a, const QSet<QString> &other)
{
    QStringList names;
    for (const ZipEntry &e : a.entries())
        if (!other.contains(e.name) && !names.contains(e.name))
            names << e.name;
    return names;
}

Phrase listed(const QStringList &names)
{
    Phrases quoted;
    for (const QString &n : names)
        quoted << QStringLiteral("'%1'").arg(n);
    return someOf(quoted, 3);
}

} // namespace

bool zipReadingsAgree(const ZipDirectory &a, const ZipDirectory &b)
{
    // Under the same names, exact repeats (zipfile's) are among the case-insensitive ones
    // (miniz's): miniz's reading alone says whether any name repeats.
    const ZipDirectory &miniz = a.rules() == ZipDirectory::Rules::Miniz ? a : b;
    if (miniz.hasCaseInsensitiveDuplicates() || a.entries().size() != b.entries().size())
        return false;
    for (size_t i = 0; i < a.entries().size(); ++i) {
        const ZipEntry &ea = a.entries()[i], &eb = b.entries()[i];
        if (!samePlace(&ea, &eb) || ea.name != eb.name)
            return false;
    }
    return true;
}

namespace {

// The first disagreement that matters, in words, or empty.
Phrase disagreement(const ZipDirectory &a, const ZipDirectory &b)
{
    if (zipReadingsAgree(a, b))
        return Phrase();
    const Phrase an = ZipDirectory::readerName(a.rules()), bn = ZipDirectory::readerName(b.rules());
    const ZipEntry *pa = a.find(QStringLiteral("data.pkl")), *pb = b.find(QStringLiteral("data.pkl"));
    if (!samePlace(pa, pb))
        return Phrase::translate("ckpt::Safety", "%1 reads a different data.pkl than %2: %3 instead of %4")
            .arg(bn, an, placeOf(pb), placeOf(pa));
    QSet<QString> namesA, namesB;
    for (const ZipEntry &e : a.entries())
        namesA.insert(e.name);
    for (const ZipEntry &e : b.entries())
        namesB.insert(e.name);
    const QStringList onlyA = onlyIn(a, namesB), onlyB = onlyIn(b, namesA);
    if (!onlyA.isEmpty() || !onlyB.isEmpty()) {
        Phrase parts;
        if (!onlyA.isEmpty())
            parts = Phrase::translate("ckpt::Safety", "only %1 lists %2").arg(an, listed(onlyA));
        if (!onlyB.isEmpty()) {
            const Phrase b = Phrase::translate("ckpt::Safety", "only %1 lists %2").arg(bn, listed(onlyB));
            parts = parts.isEmpty() ? b : Phrase::translate("ckpt::Safety", "%1; %2", "two clauses").arg(parts, b);
        }
        return Phrase::translate("ckpt::Safety", "the loaders read different records: %1").arg(parts);
    }
    for (const QString &name : namesA) {
        const ZipEntry *ea = a.findFull(name), *eb = b.findFull(name);
        if (!samePlace(ea, eb))
            return Phrase::translate("ckpt::Safety", "%1 reads record '%2' from other bytes than %3: %4 instead of %5")
                .arg(bn, name, an, placeOf(eb), placeOf(ea));
    }
    return Phrase();
}
} // namespace

void checkZipReadings(
    const ZipDirectory &primary, bool primaryOk, const ZipDirectory &secondary, bool secondaryOk, Checkpoint &out)
{
    if (!primaryOk && !secondaryOk)
        return;
    Phrase detail;
    if (primaryOk != secondaryOk) {
        const ZipDirectory &reads = primaryOk ? primary : secondary, &refuses = primaryOk ? secondary : primary;
        detail = Phrase::translate(
            "ckpt::Safety", "%1 reads this zip but %2 refuses it (%3): what one loader runs, the other cannot see")
                     .arg(ZipDirectory::readerName(reads.rules()), ZipDirectory::readerName(refuses.rules()),
                         refuses.error());
    } else {
        detail = disagreement(primary, secondary);
    }
    if (!detail.isEmpty())
        out.findings.push_back(structural(
            zipDirectory(), Phrase::translate("ckpt::Safety", "%1 (both readings are scanned)").arg(detail)));
}

namespace {
Phrase crcMismatch()
{
    return Phrase::translate("ckpt::Safety",
        "CRC-32 mismatch: Python's zipfile refuses this record, PyTorch reads it unchecked (a trick to blind "
        "scanners)");
}
} // namespace

void checkRecordCrc(const ZipDirectory &zip, const ZipEntry &e, Checkpoint &out)
{
    Phrase unreadable;
    if (zip.crcMatches(e, &unreadable))
        return;
    if (unreadable.isEmpty()) {
        out.findings.push_back(structural(e.name, crcMismatch()));
        return;
    }
    // Not checked is not clean: the file is reported as not read to the end.
    out.findings.push_back(structural(e.name, Phrase::translate("ckpt::Safety", "not checked: %1").arg(unreadable)));
    if (out.error.isEmpty())
        out.error = unreadable;
}

void checkAllZipCrcs(Checkpoint &out, CrcScope scope)
{
    if (out.format != Format::TorchZip && out.format != Format::TorchScript)
        return;
    Phrase error;
    ByteSourcePtr src = ByteSource::open(out.file, &error);
    ZipDirectory zip;
    if (!src || !zip.read(src))
        return;
    // Records open already read (and checked) are not reported twice.
    QSet<QString> reported;
    for (const Finding &f : out.findings)
        if (f.detail == crcMismatch())
            reported.insert(f.where.english());
    QSet<QString> tensorData;
    if (scope == CrcScope::AllButTensorData)
        for (const StorageInfo &s : out.storages)
            tensorData.insert(zip.prefix() + s.recordName());
    for (const ZipEntry &e : zip.entries())
        if (!reported.contains(e.name) && !tensorData.contains(e.name))
            checkRecordCrc(zip, e, out);
}

} // namespace ckpt
