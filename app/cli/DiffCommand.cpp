// ckpt diff: compare two checkpoints' tensors (and scalar leaves). Reads values straight
// from both files; never loads LibTorch. Exit 0 same tensors, 1 different, 2 error.
#include "app/cli/Commands.h"

#include "model/diff/Diff.h"
#include "model/formats/CheckpointReader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

#include <unistd.h>

using namespace ckpt;

namespace {

QString num(double v, bool valid)
{
    return valid && std::isfinite(v) ? QString::number(v, 'g', 4) : QStringLiteral("-");
}

QString layoutText(const TensorDiff &d)
{
    const QString a = d.indexA >= 0 ? shapeString(d.shapeA) + QLatin1Char(' ') + dtypeName(d.dtypeA) : QString();
    const QString b = d.indexB >= 0 ? shapeString(d.shapeB) + QLatin1Char(' ') + dtypeName(d.dtypeB) : QString();
    if (a.isEmpty())
        return b;
    if (b.isEmpty() || a == b)
        return a;
    return a + QStringLiteral(" -> ") + b;
}

void printTable(const DiffResult &r, bool onlyDifferent, QTextStream &out)
{
    std::vector<QStringList> rows { { QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("shape/dtype"),
        QStringLiteral("max|d|"), QStringLiteral("rel_l2") } };
    for (const TensorDiff &d : r.tensors) {
        if (onlyDifferent && d.status == DiffStatus::Same)
            continue;
        rows.push_back({ d.key.isEmpty() ? QStringLiteral("(root)") : d.key, diffStatusName(d.status), layoutText(d),
            num(d.metrics.maxAbs, d.metrics.valid), num(d.metrics.relL2, d.metrics.valid) });
        if (!d.error.isEmpty())
            rows.back()[2] = d.error;
    }
    std::vector<int> width(5, 0);
    for (const QStringList &row : rows)
        for (int k = 0; k < 5; ++k)
            width[size_t(k)] = std::max(width[size_t(k)], int(row[k].size()));
    for (const QStringList &row : rows) {
        QStringList cells;
        for (int k = 0; k < 5; ++k)
            cells << (k < 3 ? row[k].leftJustified(width[size_t(k)]) : row[k].rightJustified(width[size_t(k)]));
        out << cells.join(QStringLiteral("  ")).trimmed() << '\n';
    }
    int scalarsShown = 0;
    for (const ScalarDiff &s : r.scalars) {
        if (s.status == DiffStatus::Same)
            continue;
        if (scalarsShown++ == 0)
            out << "\nscalars that differ:\n";
        out << "  " << s.key << ": " << (s.status == DiffStatus::OnlyB ? QStringLiteral("(absent)") : s.a) << " -> "
            << (s.status == DiffStatus::OnlyA ? QStringLiteral("(absent)") : s.b) << '\n';
    }
    const DiffSummary s = r.summary();
    out << '\n'
        << s.same << " same, " << s.changed << " changed, " << s.onlyA << " only in A, " << s.onlyB << " only in B";
    if (s.shapeMismatch)
        out << ", " << s.shapeMismatch << " shape mismatch";
    if (s.dtypeMismatch)
        out << ", " << s.dtypeMismatch << " dtype mismatch";
    if (s.error)
        out << ", " << s.error << " unreadable";
    out << '\n';
    if (!r.hint.isEmpty())
        out << "hint: " << r.hint << '\n';
}

} // namespace

int runDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Compare the tensors of two checkpoints: exit 0 same tensors, 1 different, 2 error."));
    parser.addPositionalArgument(QStringLiteral("A"), QStringLiteral("first checkpoint"));
    parser.addPositionalArgument(QStringLiteral("B"), QStringLiteral("second checkpoint"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("one JSON object"));
    const QCommandLineOption strip(QStringLiteral("strip-prefix"),
        QStringLiteral("strip P from the keys of both sides where present"), QStringLiteral("P"));
    const QCommandLineOption stripA(
        QStringLiteral("strip-prefix-a"), QStringLiteral("strip P from A's keys"), QStringLiteral("P"));
    const QCommandLineOption stripB(
        QStringLiteral("strip-prefix-b"), QStringLiteral("strip P from B's keys"), QStringLiteral("P"));
    const QCommandLineOption match(
        QStringLiteral("match"), QStringLiteral("only keys (after stripping) matching GLOB"), QStringLiteral("GLOB"));
    const QCommandLineOption onlyDifferent(
        QStringLiteral("only-different"), QStringLiteral("list only keys that differ"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("worker threads (default: all cores)"),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({ json, strip, stripA, stripB, match, onlyDifferent, threads });
    if (const int done = parseCommandLine(parser, args); done >= 0)
        return done;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return reportError(QString(), QStringLiteral("diff takes two files, A and B"));
    DiffOptions options;
    options.stripPrefix = parser.value(strip);
    options.stripPrefixA = parser.value(stripA);
    options.stripPrefixB = parser.value(stripB);
    options.match = parser.value(match);
    options.threads = parser.value(threads).toInt();

    const CheckpointPtr a = openCheckpoint(files[0]);
    if (!a->ok())
        return reportError(files[0], a->error);
    const CheckpointPtr b = openCheckpoint(files[1]);
    if (!b->ok())
        return reportError(files[1], b->error);

    DiffControl control;
    const bool showProgress = !parser.isSet(json) && ::isatty(2);
    if (showProgress)
        control.progress = [](qint64 done, qint64 total) {
            QTextStream(stderr) << "\rdiff " << done * 100 / total << "%" << Qt::flush;
        };
    DiffResult r = diffCheckpoints(*a, *b, options, control);
    r.fileA = files[0];
    r.fileB = files[1];
    if (showProgress)
        QTextStream(stderr) << "\r          \r" << Qt::flush;

    QTextStream out(stdout);
    if (parser.isSet(json)) {
        QJsonObject doc = diffToJson(r);
        if (parser.isSet(onlyDifferent)) {
            QJsonArray kept;
            for (const QJsonValue &t : doc[QStringLiteral("tensors")].toArray())
                if (t[QStringLiteral("status")] != QLatin1String("same"))
                    kept.append(t);
            doc[QStringLiteral("tensors")] = kept;
        }
        out << QJsonDocument(doc).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << "A: " << files[0] << "\nB: " << files[1] << "\n\n";
        printTable(r, parser.isSet(onlyDifferent), out);
    }
    return r.tensorsIdentical() ? 0 : 1;
}
