#include "model/convert/ShardPlan.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace ckpt {

bool parseShardSize(const QString &text, qint64 *bytes, Phrase *error)
{
    static const QRegularExpression re(QStringLiteral("^\\s*([0-9]+(?:\\.[0-9]*)?)\\s*([A-Za-z]*)\\s*$"));
    const QRegularExpressionMatch m = re.match(text);
    static const struct {
        const char *unit;
        double factor;
    } kUnits[] = {
        { "", 1 },
        { "B", 1 },
        { "KB", 1e3 },
        { "MB", 1e6 },
        { "GB", 1e9 },
        { "TB", 1e12 },
        { "KIB", 1024.0 },
        { "MIB", 1024.0 * 1024 },
        { "GIB", 1024.0 * 1024 * 1024 },
        { "TIB", 1024.0 * 1024 * 1024 * 1024 },
    };
    if (m.hasMatch()) {
        const QString unit = m.captured(2).toUpper();
        for (const auto &u : kUnits)
            if (unit == QLatin1String(u.unit)) {
                const double v = std::floor(m.captured(1).toDouble() * u.factor);
                if (v >= 1 && v < 9e18) {
                    *bytes = qint64(v);
                    return true;
                }
            }
    }
    *error = Phrase::translate("ckpt::Convert",
        "'%1' is not a shard size (a number with KB, MB, GB, TB or KiB, MiB, GiB, TiB: 5GB = 5,000,000,000 bytes)")
                 .arg(text);
    return false;
}

std::vector<std::vector<int>> planShards(const std::vector<qint64> &sizes, qint64 maxBytes)
{
    std::vector<std::vector<int>> shards;
    std::vector<int> current;
    qint64 currentSize = 0;
    for (size_t i = 0; i < sizes.size(); ++i) {
        if (sizes[i] > maxBytes) {
            shards.push_back({ int(i) });
            continue;
        }
        if (currentSize + sizes[i] > maxBytes && !current.empty()) {
            shards.push_back(std::move(current));
            current.clear();
            currentSize = 0;
        }
        current.push_back(int(i));
        currentSize += sizes[i];
    }
    if (!current.empty())
        shards.push_back(std::move(current));
    return shards;
}

ShardNames shardNames(const QString &output)
{
    const QFileInfo info(output);
    ShardNames n;
    n.folder = info.absolutePath();
    QString name = info.fileName();
    if (name.endsWith(QLatin1String(".index.json")))
        name.chop(11);
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    n.stem = dot > 0 ? name.left(dot) : name;
    n.suffix = dot > 0 ? name.mid(dot) : QString();
    n.single = QDir(n.folder).filePath(name);
    n.index = QDir(n.folder).filePath(name + QStringLiteral(".index.json"));
    return n;
}

QString ShardNames::shard(int i, int n) const
{
    return QDir(folder).filePath(QStringLiteral("%1-%2-of-%3%4")
                                     .arg(stem)
                                     .arg(i + 1, 5, 10, QLatin1Char('0'))
                                     .arg(n, 5, 10, QLatin1Char('0'))
                                     .arg(suffix));
}

} // namespace ckpt
