#pragma once

// Where CTest tells the suites to find fixtures, the corpus and the built tools.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace testpaths {

inline QString fixtureDir()
{
    return qEnvironmentVariable("CKPT_FIXTURE_DIR");
}
inline QString corpusDir()
{
    return qEnvironmentVariable("CKPT_CORPUS_DIR");
}
inline QString binDir()
{
    return qEnvironmentVariable("CKPT_BIN_DIR");
}
inline QString fixture(const QString &name)
{
    return QDir(fixtureDir()).filePath(name);
}

inline QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The fixtures PyTorch wrote, as listed in manifest.json.
inline QJsonArray manifest()
{
    return readJson(fixture(QStringLiteral("manifest.json"))).value(QStringLiteral("fixtures")).toArray();
}

} // namespace testpaths
