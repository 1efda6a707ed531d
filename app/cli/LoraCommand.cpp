// ckpt lora ADAPTER [--json]: the CLI face of inspectLora.
#include "app/cli/Commands.h"
#include "app/cli/TerminalStream.h"

#include "model/formats/CheckpointReader.h"
#include "model/lora/LoraInfo.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ckpt;

int runLora(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Rank, alpha (and where it came from: config, pattern, tensor, default) and scale of every module a LoRA "
        "adapter adapts: PEFT (adapter_model.safetensors or .bin, adapter_config.json beside it) or kohya "
        "(lora_down, lora_up, alpha). Module names as in the base model."));
    parser.addPositionalArgument(QStringLiteral("ADAPTER"), QStringLiteral("the adapter file"));
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral(
            "{\"modules\": [{\"module\", \"rank\", \"alpha\", \"scale\", \"alpha_source\"}], \"warnings\"}"));
    parser.addOption(json);
    if (const int done = parseCommandLine(parser, args); done >= 0)
        return done;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return reportError(QString(), QStringLiteral("lora needs one ADAPTER (try 'ckpt lora --help')"));
    const CheckpointPtr c = openCheckpoint(pos.first());
    if (!c->ok())
        return reportError(QString(), describeError(*c));
    const LoraSummary s = inspectLora(*c, pos.first());
    if (!s.ok())
        return reportError(pos.first(), s.error);
    TerminalStream out(stdout);
    if (parser.isSet(json)) {
        QJsonArray modules;
        for (const LoraModule &m : s.modules)
            modules.append(
                QJsonObject { { QStringLiteral("module"), m.module }, { QStringLiteral("rank"), double(m.rank) },
                    { QStringLiteral("alpha"), m.alpha }, { QStringLiteral("scale"), m.scale },
                    { QStringLiteral("alpha_source"), alphaSourceName(m.alphaSource) } });
        const QJsonObject doc { { QStringLiteral("file"), pos.first() },
            { QStringLiteral("layout"),
                s.layout == LoraLayout::Kohya ? QStringLiteral("kohya") : QStringLiteral("peft") },
            { QStringLiteral("config"), s.config.isEmpty() ? QJsonValue() : QJsonValue(s.config) },
            { QStringLiteral("use_rslora"), s.rsLora }, { QStringLiteral("fan_in_fan_out"), s.fanInFanOut },
            { QStringLiteral("modules"), modules },
            { QStringLiteral("modules_to_save"), QJsonArray::fromStringList(s.modulesToSave) },
            { QStringLiteral("warnings"), QJsonArray::fromStringList(s.warnings) } };
        out << QJsonDocument(doc).toJson();
        return 0;
    }
    out << pos.first() << ": " << (s.layout == LoraLayout::Kohya ? "kohya" : "PEFT") << " LoRA, " << s.modules.size()
        << " modules" << (s.config.isEmpty() ? QString() : QStringLiteral(", config ") + s.config)
        << (s.rsLora ? ", rsLoRA (scale alpha/sqrt(r))" : "") << '\n';
    for (const LoraModule &m : s.modules)
        out << "  " << m.module << "  rank " << m.rank << "  alpha " << m.alpha << " ("
            << alphaSourceName(m.alphaSource) << ")  scale " << m.scale << '\n';
    if (!s.modulesToSave.isEmpty())
        out << "saved whole (modules_to_save): " << s.modulesToSave.join(QStringLiteral(", ")) << '\n';
    for (const QString &w : s.warnings)
        out << "warning: " << w << '\n';
    return 0;
}
