// ckpt: the command-line tool. QCoreApplication only; no command loads LibTorch.
#include "app/cli/Commands.h"
#include "app/cli/TerminalStream.h"

#include "model/io/HugePageHeap.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <vector>

namespace {
std::atomic_bool s_interrupted { false };
extern "C" void onInterrupt(int)
{
    s_interrupted.store(true);
}

const char kUsage[]
    = "usage: ckpt COMMAND [options]\n"
      "\n"
      "Commands:\n"
      "  info FILE [--json] [--depth N]   tree of the checkpoint: keys, shapes, dtypes, devices;\n"
      "                                   exit 0 read, 1 read in part (printed), 2 unreadable\n"
      "  scan FILE... [--json]            safety scan: exit 0 clean, 1 dangerous, 2 error\n"
      "  convert IN OUT [edit options]    remap, drop, strip, cast; save as torch, safetensors, package or\n"
      "                                   a DCP folder\n"
      "  stats FILE [--match GLOB] [--bins N] [--json]\n"
      "                                   tensor statistics, percentiles and histograms\n"
      "  diff A B [--json] [--strip-prefix P] [--match GLOB] [--only-different] [--atol X] [--rtol Y]\n"
      "                                   compare tensors: exit 0 same (or allclose), 1 different, 2 error\n"
      "  check CKPT --against REF [--json]\n"
      "                                   would load_state_dict accept it? exit 0 yes, 1 no, 2 error\n"
      "  runs DIR [--json] [--metric NAME --mode min|max] [--no-hash]\n"
      "                                   a run's checkpoints: metrics, the best, identical weights\n"
      "  merge OUT A B [C ...] [--weights W,...] [--method average|add-difference --alpha X]\n"
      "                                   average checkpoints (soups, SWA) or A + alpha * (B - C)\n"
      "  lora ADAPTER [--json]            rank, alpha, its source and scale of every module of a LoRA adapter\n"
      "  lora ADAPTER --base BASE --merge OUT\n"
      "                                   the base with W + scale * B @ A in every adapted weight\n"
      "\n"
      "Examples:\n"
      "    ckpt info model.pt                        the tree, sizes and safety grade\n"
      "    ckpt scan downloads/*.bin                 refuse files that would run code\n"
      "    ckpt convert model.pt model.safetensors   the tensors as safetensors\n"
      "    ckpt diff before.pt after.pt --only-different\n"
      "\n"
      "Nothing in a file is ever imported or run; no command loads LibTorch.\n"
      "Run 'ckpt COMMAND --help' for a command's options and examples; 'ckpt --version'.\n";

// Shown after each command's options by --help.
const struct {
    const char *command, *text;
} kExamples[] = {
    { "info",
        "  ckpt info model.pt\n"
        "  ckpt info model.pt --depth 2             only the top two levels\n"
        "  ckpt info model.safetensors --json | jq '.tensors | length'\n" },
    { "scan",
        "  ckpt scan suspicious.pt                  exit 1 if it references code that would run\n"
        "  ckpt scan --json downloads/*.pt > report.json\n"
        "  ckpt scan train.pt --explain             why weights_only=True refuses it, and the lines that allow it\n"
        "  ckpt scan train.pt --explain --json | jq '.[0].weights_only[\"2.6+\"].refused'\n" },
    { "convert",
        "  ckpt convert model.pt model.safetensors\n"
        "  ckpt convert ddp.pt plain.pt --strip-prefix module.\n"
        "  ckpt convert train.pt weights.pt --extract model_state_dict --dtype float16\n"
        "  ckpt convert gpu.pt cpu.pt --map-location cpu --drop 'optimizer*'\n"
        "  ckpt convert train.pt safe.pt --weights-only-safe   Namespace, numpy ... into plain values\n"
        "  ckpt convert train.pt infer.pt --format package --config model_config --class-names cat,dog \\\n"
        "      --preprocessing '{\"mean\": [0.5], \"std\": [0.25]}'\n"
        "  ckpt convert train.pt ckpt_dcp --format dcp          a DCP folder (.metadata + __0_0.distcp)\n"
        "  ckpt convert dcp_step_100/ weights.safetensors --extract model   DCP to safetensors\n"
        "  ckpt convert dcp_step_100/ model_dcp --format dcp --extract model --dtype bfloat16\n" },
    { "stats",
        "  ckpt stats model.pt\n"
        "  ckpt stats model.pt --match '*.weight' --bins 32\n"
        "  ckpt stats model.pt --json > stats.json\n" },
    { "diff",
        "  ckpt diff before.pt after.pt\n"
        "  ckpt diff a.pt b.safetensors --only-different --atol 1e-6\n"
        "  ckpt diff ddp.pt plain.pt --strip-prefix module. --json\n" },
    { "check",
        "  ckpt check finetuned.pt --against model_keys.json\n"
        "  ckpt check ddp.pt --against reference.pt --json\n" },
    { "runs",
        "  ckpt runs lightning_logs/                 every checkpoint, the best and the identical ones\n"
        "  ckpt runs out/ --metric val_acc --mode max\n"
        "  ckpt runs out/ --no-hash --json\n" },
    { "merge",
        "  ckpt merge soup.safetensors epoch_8.pt epoch_9.pt epoch_10.pt   uniform average (SWA, soup)\n"
        "  ckpt merge mix.pt a.pt b.pt --weights 0.7,0.3\n"
        "  ckpt merge tuned.pt base.pt finetuned.pt base.pt --method add-difference --alpha 0.5\n" },
    { "lora",
        "  ckpt lora adapter_model.safetensors        rank, alpha and scale per module\n"
        "  ckpt lora lora.safetensors --json\n"
        "  ckpt lora adapter_model.safetensors --base model.safetensors --merge merged.safetensors\n" },
};

QString examplesFor(const QString &program)
{
    for (const auto &e : kExamples)
        if (program == QStringLiteral("ckpt ") + QLatin1String(e.command))
            return QStringLiteral("\nExamples:\n") + QLatin1String(e.text);
    return QString();
}
}

int reportError(const QString &file, const QString &problem)
{
    TerminalStream err(stderr); // one line: a newline in the problem is written as \n
    err << "ckpt: " << (file.isEmpty() ? QString() : file + QStringLiteral(": ")) << problem << Qt::endl;
    return 2;
}

InterruptFlag::InterruptFlag()
{
    s_interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

InterruptFlag::~InterruptFlag()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

const std::atomic_bool *InterruptFlag::flag() const
{
    return &s_interrupted;
}

void keepUntilExit(std::shared_ptr<const void> kept)
{
    static auto *all = new std::vector<std::shared_ptr<const void>>;
    all->push_back(std::move(kept));
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &args)
{
    parser.addHelpOption();
    if (!parser.parse(args))
        return reportError(QString(), parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; say "ckpt info" instead.
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), args.value(0));
        QTextStream(stdout) << help << examplesFor(args.value(0));
        return 0;
    }
    return -1;
}

int main(int argc, char *argv[])
{
    ckpt::useHugePagesForHeap();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ckpt"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CKPT_VERSION));
    QStringList args = app.arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        QTextStream(args.isEmpty() ? stderr : stdout) << kUsage;
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        QTextStream(stdout) << "ckpt " << CKPT_VERSION << Qt::endl;
        return 0;
    }
    const QString command = args.takeFirst();
    args.prepend(QStringLiteral("ckpt ") + command);
    if (command == QLatin1String("info"))
        return runInfo(args);
    if (command == QLatin1String("scan"))
        return runScan(args);
    if (command == QLatin1String("convert"))
        return runConvert(args);
    if (command == QLatin1String("stats"))
        return runStats(args);
    if (command == QLatin1String("diff"))
        return runDiff(args);
    if (command == QLatin1String("runs"))
        return runRuns(args);
    if (command == QLatin1String("check"))
        return runCheck(args);
    if (command == QLatin1String("merge"))
        return runMerge(args);
    if (command == QLatin1String("lora"))
        return runLora(args);
    return reportError(QString(), QStringLiteral("unknown command '%1' (try 'ckpt --help')").arg(command));
}
