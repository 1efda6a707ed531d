#include "model/lora/LoraInfo.h"

#include "model/check/StateDict.h"
#include "model/tensor/TensorData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <cmath>

namespace ckpt {

namespace {
const QString kPeftPrefix = QStringLiteral("base_model.model.");
constexpr double kPeftDefaultAlpha = 8; // peft LoraConfig.lora_alpha's default

// PEFT's get_pattern_key: the first pattern p (in the config's order) for which
// re.match(r"(.*\.)?(p)$", module) holds; p is a regular expression.
const QJsonValue *patternFor(const std::vector<std::pair<QString, QJsonValue>> &patterns, const QString &module)
{
    for (const auto &p : patterns) {
        const QRegularExpression rx(QStringLiteral("\\A(?:(.*\\.)?(%1))$\\z").arg(p.first));
        if (rx.isValid() && rx.match(module).hasMatch())
            return &p.second;
    }
    return nullptr;
}

// A JSON object's members in file order (QJsonObject sorts them; PEFT tries patterns in order).
std::vector<std::pair<QString, QJsonValue>> orderedMembers(const QByteArray &json, const QString &name)
{
    std::vector<std::pair<QString, QJsonValue>> out;
    const QJsonObject o = QJsonDocument::fromJson(json).object().value(name).toObject();
    QMap<qsizetype, QString> at;
    const qsizetype base = std::max<qsizetype>(0, json.indexOf(QByteArray("\"") + name.toUtf8() + '"'));
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QByteArray quoted
            = QJsonDocument(QJsonArray { it.key() }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
        const qsizetype pos = json.indexOf(quoted, base);
        at.insert(pos < 0 ? json.size() + at.size() : pos, it.key());
    }
    for (const QString &k : at)
        out.emplace_back(k, o.value(k));
    return out;
}

bool targetDeclared(const QJsonValue &targets, const QString &module)
{
    if (targets.isString()) // a regular expression over the whole name (re.fullmatch)
        return QRegularExpression(QStringLiteral("\\A(?:%1)\\z").arg(targets.toString())).match(module).hasMatch();
    for (const QJsonValue &t : targets.toArray()) {
        const QString name = t.toString();
        if (module == name || module.endsWith(QLatin1Char('.') + name))
            return true;
    }
    return false;
}

QString shapeOf(const TensorInfo &t)
{
    QStringList d;
    for (qint64 x : t.shape)
        d << QString::number(x);
    return QLatin1Char('[') + d.join(QStringLiteral(", ")) + QLatin1Char(']');
}
} // namespace

QString alphaSourceName(AlphaSource s)
{
    switch (s) {
    case AlphaSource::Config:
        return QStringLiteral("config");
    case AlphaSource::Pattern:
        return QStringLiteral("pattern");
    case AlphaSource::Tensor:
        return QStringLiteral("tensor");
    case AlphaSource::Default:
        break;
    }
    return QStringLiteral("default");
}

LoraSummary inspectLora(const Checkpoint &c, const QString &file)
{
    LoraSummary s;
    const StateDict sd = findStateDict(c);
    if (!sd.found()) {
        s.error = QStringLiteral("holds no dict of tensors");
        return s;
    }
    // Most files are no adapter (the window asks of every file it opens): one look at the
    // keys first, not a hash and two regular expressions per key.
    if (std::none_of(sd.entries.begin(), sd.entries.end(),
            [](const StateDictEntry &e) { return e.key.contains(QLatin1String(".lora_")); })) {
        s.error = QStringLiteral("no LoRA tensors (lora_A / lora_B or lora_down / lora_up) in it");
        return s;
    }
    QHash<QString, int> tensor;
    for (const StateDictEntry &e : sd.entries)
        if (e.tensorIndex >= 0)
            tensor.insert(e.key, e.tensorIndex);
    // PEFT: <module>.lora_A.weight / lora_B.weight (lora_embedding_A / _B for embeddings);
    // kohya: <module>.lora_down.weight / lora_up.weight and <module>.alpha.
    static const QRegularExpression peftA(QStringLiteral("^(.*)\\.lora_(?:embedding_)?A(?:\\.weight)?$"));
    static const QRegularExpression kohyaDown(QStringLiteral("^(.*)\\.lora_down\\.weight$"));
    QSet<QString> adapterKeys;
    for (const StateDictEntry &e : sd.entries) {
        if (e.tensorIndex < 0)
            continue;
        LoraModule m;
        QString bKey;
        if (const auto p = peftA.match(e.key); p.hasMatch()) {
            m.module = p.captured(1);
            bKey = QString(e.key).replace(QStringLiteral(".lora_embedding_A"), QStringLiteral(".lora_embedding_B"));
            bKey.replace(QStringLiteral(".lora_A"), QStringLiteral(".lora_B"));
        } else if (const auto k = kohyaDown.match(e.key); k.hasMatch()) {
            s.layout = LoraLayout::Kohya;
            m.module = k.captured(1);
            bKey = m.module + QStringLiteral(".lora_up.weight");
        } else {
            continue;
        }
        const TensorInfo &a = c.tensors[size_t(e.tensorIndex)];
        m.a = e.key;
        m.b = bKey;
        m.rank = a.shape.empty() ? 0 : a.shape[0];
        adapterKeys << e.key << bKey;
        if (!tensor.contains(bKey))
            s.warnings << QStringLiteral("%1: %2 has no %3").arg(m.module, e.key, bKey);
        else if (const TensorInfo &b = c.tensors[size_t(tensor.value(bKey))];
                 b.shape.size() < 2 || b.shape[1] != m.rank)
            s.warnings << QStringLiteral("%1: %2 is %3, its rank is %4").arg(m.module, bKey, shapeOf(b)).arg(m.rank);
        if (m.module.startsWith(kPeftPrefix))
            m.module = m.module.mid(kPeftPrefix.size());
        s.modules.push_back(std::move(m));
    }
    if (s.modules.empty()) {
        s.error = QStringLiteral("no LoRA tensors (lora_A / lora_B or lora_down / lora_up) in it");
        return s;
    }

    QByteArray configJson;
    QJsonObject config;
    if (s.layout == LoraLayout::Peft) {
        const QString path = QFileInfo(file).dir().filePath(QStringLiteral("adapter_config.json"));
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            configJson = f.readAll();
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(configJson, &pe);
            if (!doc.isObject()) {
                s.error = QStringLiteral("%1: not a JSON object (%2)").arg(path, pe.errorString());
                return s;
            }
            config = doc.object();
            s.config = path;
        } else {
            s.warnings << QStringLiteral("no adapter_config.json beside it: lora_alpha is unknown, PEFT's default "
                                         "%1 is assumed and every scale below may be wrong")
                              .arg(kPeftDefaultAlpha);
        }
    }
    s.rsLora = config.value(QStringLiteral("use_rslora")).toBool();
    s.fanInFanOut = config.value(QStringLiteral("fan_in_fan_out")).toBool();
    const auto rankPattern = orderedMembers(configJson, QStringLiteral("rank_pattern"));
    const auto alphaPattern = orderedMembers(configJson, QStringLiteral("alpha_pattern"));
    const QJsonValue r = config.value(QStringLiteral("r"));
    const QJsonValue alpha = config.value(QStringLiteral("lora_alpha"));
    const QJsonValue targets = config.value(QStringLiteral("target_modules"));

    QSet<qint64> ranks;
    QStringList undeclared, missingAlpha;
    for (LoraModule &m : s.modules) {
        ranks.insert(m.rank);
        if (s.layout == LoraLayout::Kohya) {
            const int at = tensor.value(m.module + QStringLiteral(".alpha"), -1);
            std::vector<double> v;
            Phrase why;
            if (at >= 0 && TensorData(c).values(at, &v, &why, 1) && v.size() == 1) {
                m.alpha = v[0];
                m.alphaSource = AlphaSource::Tensor;
                adapterKeys << m.module + QStringLiteral(".alpha");
            } else {
                m.alpha = double(m.rank); // kohya's scripts: no alpha means alpha = rank
                missingAlpha << m.module;
            }
        } else {
            qint64 expectRank = r.isDouble() ? qint64(r.toDouble()) : -1;
            if (const QJsonValue *p = patternFor(rankPattern, m.module))
                expectRank = qint64(p->toDouble());
            if (!s.config.isEmpty() && expectRank >= 0 && expectRank != m.rank)
                s.warnings << QStringLiteral("%1: the tensors have rank %2, the config says %3")
                                  .arg(m.module)
                                  .arg(m.rank)
                                  .arg(expectRank);
            if (const QJsonValue *p = patternFor(alphaPattern, m.module)) {
                m.alpha = p->toDouble();
                m.alphaSource = AlphaSource::Pattern;
            } else if (alpha.isDouble()) {
                m.alpha = alpha.toDouble();
                m.alphaSource = AlphaSource::Config;
            } else {
                m.alpha = kPeftDefaultAlpha;
                if (!s.config.isEmpty())
                    missingAlpha << m.module;
            }
            if (!targets.isUndefined() && !targets.isNull() && !targetDeclared(targets, m.module))
                undeclared << m.module;
        }
        m.scale = m.rank <= 0 ? 0 : s.rsLora ? m.alpha / std::sqrt(double(m.rank)) : m.alpha / double(m.rank);
    }
    if (ranks.size() > 1) {
        QList<qint64> sorted = ranks.values();
        std::sort(sorted.begin(), sorted.end());
        QStringList text;
        for (qint64 x : sorted)
            text << QString::number(x);
        s.warnings << QStringLiteral("mixed ranks: %1").arg(text.join(QStringLiteral(", ")));
    }
    if (!missingAlpha.isEmpty())
        s.warnings << QStringLiteral("no alpha for %1 modules (%2): %3")
                          .arg(missingAlpha.size())
                          .arg(s.layout == LoraLayout::Kohya ? QStringLiteral("alpha = rank assumed, scale 1")
                                                             : QStringLiteral("PEFT's default 8 assumed"),
                              missingAlpha.mid(0, 5).join(QStringLiteral(", ")));
    if (!undeclared.isEmpty())
        s.warnings << QStringLiteral("%1 adapted modules are not in target_modules: %2")
                          .arg(undeclared.size())
                          .arg(undeclared.mid(0, 5).join(QStringLiteral(", ")));
    if (targets.isArray())
        for (const QJsonValue &t : targets.toArray()) {
            const QString name = t.toString();
            const bool present = std::any_of(s.modules.begin(), s.modules.end(),
                [&](const LoraModule &m) { return m.module == name || m.module.endsWith(QLatin1Char('.') + name); });
            if (!present)
                s.warnings
                    << QStringLiteral("target_modules names '%1', which no tensor of the adapter adapts").arg(name);
        }
    for (const StateDictEntry &e : sd.entries)
        if (e.tensorIndex >= 0 && !adapterKeys.contains(e.key))
            s.modulesToSave << (e.key.startsWith(kPeftPrefix) ? e.key.mid(kPeftPrefix.size()) : e.key);
    return s;
}

} // namespace ckpt
