// ckpt diff: compare two checkpoints' tensors (and scalar leaves). Reads values straight
// from both files; never loads LibTorch. Exit 0 same tensors, 1 different, 2 error.
#include "app/cli/Commands.h"
#include "app/cli/ProgressLine.h"
#include "app/cli/TerminalStream.h"

#include "model/diff/Diff.h"
#include "model/formats/CheckpointReader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cmath>

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

QString closeText(const TensorDiff &d)
{
    if (tensorWithinTolerance(d))
        return QStringLiteral("yes");
    return d.metrics.toleranceChecked && d.metrics.notClose > 0 ? QStringLiteral("no (%1)").arg(d.metrics.notClose)
                                                                : QStringLiteral("no");
}

void printTable(const DiffResult &r, bool onlyDifferent, TerminalStream &out)
{
    const bool tol = r.tolerance.enabled;
    std::vector<QStringList> rows { { QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("shape/dtype"),
        QStringLiteral("max|d|"), QStringLiteral("rel_l2") } };
    if (tol)
        rows[0] << QStringLiteral("allclose");
    for (const TensorDiff &d : r.tensors) {
        if (onlyDifferent && d.status == DiffStatus::Same && (!tol || tensorWithinTolerance(d)))
            continue;
        rows.push_back({ d.key.isEmpty() ? QStringLiteral("(root)") : d.key, diffStatusName(d.status), layoutText(d),
            num(d.metrics.maxAbs, d.metrics.valid), num(d.metrics.relL2, d.metrics.valid) });
        if (tol)
            rows.back() << closeText(d);
        if (!d.error.isEmpty())
            rows.back()[2] = d.error.english();
    }
    const int columns = int(rows[0].size());
    std::vector<int> width(size_t(columns), 0);
    for (const QStringList &row : rows)
        for (int k = 0; k < columns; ++k)
            width[size_t(k)] = std::max(width[size_t(k)], int(row[k].size()));
    for (const QStringList &row : rows) {
        QStringList cells;
        for (int k = 0; k < columns; ++k)
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
    if (tol) {
        int notClose = 0;
        for (const TensorDiff &d : r.tensors)
            notClose += !tensorWithinTolerance(d);
        out << "within tolerance (torch.allclose, atol=" << r.tolerance.atol << ", rtol=" << r.tolerance.rtol << "): "
            << (notClose ? QStringLiteral("no, %1 of %2 tensors are not allclose").arg(notClose).arg(r.tensors.size())
                         : QStringLiteral("yes"))
            << '\n';
    }
    if (!r.hint.isEmpty())
        out << "hint: " << r.hint << '\n';
}

// --atol / --rtol: a non-negative number, or an error message.
bool parseTolerance(const QString &text, const char *name, double *out, QString *error)
{
    bool ok = false;
    *out = text.toDouble(&ok);
    if (ok && std::isfinite(*out) && *out >= 0)
        return true;
    *error = QStringLiteral("--%1 wants a non-negative number, got '%2'").arg(QLatin1String(name), text);
    return false;
}

} // namespace

int runDiff(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Compare the tensors of two checkpoints: exit 0 same tensors, 1 different, 2 error.\n\n"
        "With --atol and/or --rtol, exit 0 when the keys, shapes and dtypes agree and every tensor passes "
        "torch.allclose(a, b, rtol, atol): |a - b| <= atol + rtol * |b| for every element, computed in the "
        "tensor's own dtype as PyTorch does (integer and bool tensors as float32). NaN is never close, not even to "
        "NaN (allclose's equal_nan=False); an infinity is close only to the same infinity. The one not given "
        "keeps allclose's default (atol 1e-08, rtol 1e-05). A prefix to strip (--strip-prefix ...) is stripped "
        "from the start of a key, or from its last part in a nested state_dict "
        "(model_state_dict/module.fc.weight)."));
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
    const QCommandLineOption atol(QStringLiteral("atol"),
        QStringLiteral("absolute tolerance: exit 0 when every tensor is torch.allclose"), QStringLiteral("X"));
    const QCommandLineOption rtol(QStringLiteral("rtol"),
        QStringLiteral("relative tolerance (of |b|): exit 0 when every tensor is torch.allclose"), QStringLiteral("Y"));
    parser.addOptions({ json, strip, stripA, stripB, match, onlyDifferent, threads, atol, rtol });
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
    options.tolerance.enabled = parser.isSet(atol) || parser.isSet(rtol);
    QString bad;
    if ((parser.isSet(atol) && !parseTolerance(parser.value(atol), "atol", &options.tolerance.atol, &bad))
        || (parser.isSet(rtol) && !parseTolerance(parser.value(rtol), "rtol", &options.tolerance.rtol, &bad)))
        return reportError(QString(), bad);

    const CheckpointPtr a = openCheckpoint(files[0]);
    keepUntilExit(a);
    if (!a->ok())
        return reportError(files[0], a->error.english());
    const CheckpointPtr b = openCheckpoint(files[1]);
    keepUntilExit(b);
    if (!b->ok())
        return reportError(files[1], b->error.english());

    DiffControl control;
    ProgressLine progress("diff", !parser.isSet(json));
    control.progress = progress.sink();
    DiffResult r = diffCheckpoints(*a, *b, options, control);
    r.fileA = files[0];
    r.fileB = files[1];
    progress.clear();

    TerminalStream out(stdout);
    if (parser.isSet(json)) {
        QJsonObject doc = diffToJson(r);
        if (parser.isSet(onlyDifferent)) {
            QJsonArray kept;
            for (const QJsonValue &t : doc[QStringLiteral("tensors")].toArray())
                if (t[QStringLiteral("status")] != QLatin1String("same") || t[QStringLiteral("allclose")] == false)
                    kept.append(t);
            doc[QStringLiteral("tensors")] = kept;
        }
        out << QJsonDocument(doc).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << "A: " << files[0] << "\nB: " << files[1] << "\n\n";
        printTable(r, parser.isSet(onlyDifferent), out);
    }
    if (options.tolerance.enabled)
        return r.withinTolerance() ? 0 : 1;
    return r.tensorsIdentical() ? 0 : 1;
}
