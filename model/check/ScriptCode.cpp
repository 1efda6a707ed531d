#include "model/check/ScriptCode.h"

#include "model/io/ZipDirectory.h"

#include <QRegularExpression>

namespace ckpt {

namespace {
constexpr qint64 kMaxCodeRecord = qint64(64) << 20;
constexpr int kMaxCodeFiles = 4096;
// The call whose argument list holds position `at` of `line`: "torch.add" in
// "_1 = torch.add((fc).forward(x, ), CONSTANTS.c0)".
QString enclosingCall(const QString &line, qsizetype at)
{
    int depth = 0;
    for (qsizetype i = at - 1; i >= 0; --i) {
        const QChar c = line[i];
        if (c == QLatin1Char(')') || c == QLatin1Char(']')) {
            ++depth;
        } else if (c == QLatin1Char('(') || c == QLatin1Char('[')) {
            if (depth-- > 0)
                continue;
            if (c == QLatin1Char('['))
                return QString();
            qsizetype start = i;
            while (start > 0
                && (line[start - 1].isLetterOrNumber() || line[start - 1] == QLatin1Char('_')
                    || line[start - 1] == QLatin1Char('.')))
                --start;
            return line.mid(start, i - start);
        }
    }
    return QString();
}
} // namespace

QString ScriptCode::source(const QString &file) const
{
    const qsizetype i = files.indexOf(file);
    return i < 0 ? QString() : sources[i];
}

QString ScriptCode::fileForClass(const QString &qualifiedClass) const
{
    const qsizetype dot = qualifiedClass.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0)
        return QString();
    const QString file = QStringLiteral("code/")
        + QString(qualifiedClass.left(dot)).replace(QLatin1Char('.'), QLatin1Char('/')) + QStringLiteral(".py");
    return files.contains(file) ? file : QString();
}

int ScriptCode::classLine(const QString &qualifiedClass) const
{
    const QString file = fileForClass(qualifiedClass);
    if (file.isEmpty())
        return 0;
    const QString head
        = QStringLiteral("class %1(").arg(qualifiedClass.mid(qualifiedClass.lastIndexOf(QLatin1Char('.')) + 1));
    const QStringList lines = source(file).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines[i].startsWith(head))
            return int(i) + 1;
    return 0;
}

std::vector<ScriptCodeLine> ScriptCode::constantUses(int index) const
{
    std::vector<ScriptCodeLine> out;
    if (index < 0)
        return out;
    // c1 must not match c10: the name ends at a non-word character.
    const QRegularExpression use(QStringLiteral("\\bCONSTANTS\\.c%1\\b").arg(index));
    for (qsizetype f = 0; f < files.size(); ++f) {
        const QStringList lines = sources[f].split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (const QRegularExpressionMatch m = use.match(lines[i]); m.hasMatch())
                out.push_back({ files[f], int(i) + 1, lines[i].trimmed(), enclosingCall(lines[i], m.capturedStart()) });
    }
    return out;
}

ScriptCodePtr readScriptCode(const QString &archivePath)
{
    auto code = std::make_shared<ScriptCode>();
    code->archive = archivePath;
    Phrase error;
    const ByteSourcePtr src = ByteSource::open(archivePath, &error);
    ZipDirectory zip;
    if (!src || !zip.read(src)) {
        code->error = (src ? zip.error() : error).english();
        return code;
    }
    const QString prefix = zip.prefix();
    for (const ZipEntry &e : zip.entries()) {
        if (!e.name.startsWith(prefix))
            continue;
        const QString rel = e.name.mid(prefix.size());
        if (!rel.startsWith(QLatin1String("code/")) || !rel.endsWith(QLatin1String(".py")))
            continue;
        if (code->files.size() >= kMaxCodeFiles || e.uncompressedSize > kMaxCodeRecord) {
            code->error = QStringLiteral("record '%1' was not read: too many or too large code records").arg(rel);
            continue;
        }
        QByteArray bytes;
        if (!zip.readEntry(e, &bytes, &error)) {
            code->error = QStringLiteral("record '%1': %2").arg(rel, error.english());
            continue;
        }
        code->files << rel;
        code->sources << QString::fromUtf8(bytes);
    }
    return code;
}

int scriptConstantIndex(const Path &path)
{
    if (path.size() != 2 || path[0].isIndex || path[0].key != QLatin1String("constants.pkl") || !path[1].isIndex)
        return -1;
    return path[1].index >= 0 && path[1].index <= INT_MAX ? int(path[1].index) : -1;
}

} // namespace ckpt
