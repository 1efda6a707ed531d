// ckpt lora ADAPTER [--json] [--base BASE --merge OUT]: the CLI face of inspectLora and mergeLora.
#include "app/cli/Commands.h"
#include "app/cli/TerminalStream.h"

#include "model/convert/WriterRegistry.h"
#include "model/formats/CheckpointReader.h"
#include "model/lora/LoraInfo.h"
#include "model/lora/LoraMerge.h"

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
        "(lora_down, lora_up, alpha). Module names as in the base model.\n"
        "With --base and --merge: writes the base's state_dict with W + scale * B @ A in every adapted weight "
        "((B @ A) transposed for fan_in_fan_out and embeddings), computed in float64 and stored in W's dtype, the "
        "adapter's modules_to_save tensors in place of the base's, every other tensor unchanged; safetensors for a "
        ".safetensors OUT, else torch. The recipe and both SHA-256 go into __metadata__ (\"ckpt_lora_merge\") or "
        "beside a torch file as OUT.lora-merge.json. Exit 2, nothing written, if the base lacks an adapted weight or "
        "a shape differs (kohya names merge only where they map onto the base's modules)."));
    parser.addPositionalArgument(QStringLiteral("ADAPTER"), QStringLiteral("the adapter file"));
    const QCommandLineOption json(QStringLiteral("json"),
        QStringLiteral(
            "{\"modules\": [{\"module\", \"rank\", \"alpha\", \"scale\", \"alpha_source\"}], \"warnings\"}"));
    const QCommandLineOption base(
        QStringLiteral("base"), QStringLiteral("the base model the adapter was trained on"), QStringLiteral("BASE"));
    const QCommandLineOption merge(QStringLiteral("merge"),
        QStringLiteral("write the merged state_dict to OUT (needs --base)"), QStringLiteral("OUT"));
    parser.addOptions({ json, base, merge });
    if (const int done = parseCommandLine(parser, args); done >= 0)
        return done;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return reportError(QString(), QStringLiteral("lora needs one ADAPTER (try 'ckpt lora --help')"));
    if (parser.isSet(base) != parser.isSet(merge))
        return reportError(QString(), QStringLiteral("--base and --merge go together (try 'ckpt lora --help')"));
    if (parser.isSet(merge)) {
        if (parser.isSet(json))
            return reportError(QString(), QStringLiteral("--json does not go with --merge"));
        LoraMergeOptions o;
        o.adapter = pos.first();
        o.base = parser.value(base);
        o.write.output = parser.value(merge);
        o.write.writer = &writerForFileName(o.write.output);
        LoraMergeReport r;
        {
            const InterruptFlag interrupt;
            o.write.cancel = interrupt.flag();
            r = mergeLora(o);
        }
        if (!r.ok())
            return reportError(r.errorFile, r.error);
        TerminalStream out(stdout);
        for (const QString &w : r.warnings)
            out << "warning: " << w << '\n';
        for (const Phrase &n : r.written.notes)
            out << "note: " << n.english() << '\n';
        out << "merged " << r.merged << " weights (W + scale * B @ A)";
        if (r.replaced)
            out << ", " << r.replaced << " modules_to_save tensors from the adapter";
        out << ", " << r.copied << " tensors unchanged from " << o.base << '\n';
        out << "wrote " << r.written.output << " (" << r.written.manifest.size() << " tensors, "
            << o.write.writer->name() << "), verified on reload\n";
        if (!r.written.sidecar.isEmpty())
            out << "wrote " << r.written.sidecar << " (the recipe)\n";
        return 0;
    }
    const CheckpointPtr c = openCheckpoint(pos.first());
    if (!c->ok())
        return reportError(QString(), describeError(*c).english());
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
