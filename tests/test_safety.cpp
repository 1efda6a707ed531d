// Grading of pickle globals: model/Safety.cpp, model/SafetyTables.cpp, model/SafetyAllowList.cpp.
// Expected PyTorch allow-lists are written here again from the PyTorch sources (not from the
// implementation's tables), and compared with the installed PyTorch 1.13 when it is there.

#include "model/checkpoint/WeightsOnlyAllowList.h"
#include "model/safety/Safety.h"
#include "model/safety/SafetyTables.h"
#include "model/safety/WeightsOnlyDoctor.h"

#include <QProcess>
#include <QSet>
#include <QtTest>

using ckpt::Verdict;
Q_DECLARE_METATYPE(ckpt::Verdict)

namespace {

const Verdict A = Verdict::Allowed, N = Verdict::NeedsCode, D = Verdict::Dangerous, I = Verdict::Invalid;

void row(const char *module, const char *name, Verdict v)
{
    const QString m = QString::fromUtf8(module), n = QString::fromUtf8(name);
    QTest::addRow("%s | %s", module, name) << m << n << v;
}

// pytorch/pytorch main, torch/_weights_only_unpickler.py _get_allowed_globals(), written out.
QSet<QString> newerTorchAllowList()
{
    QSet<QString> s;
    for (const char *n : { "collections.OrderedDict", "collections.Counter", "torch.nn.parameter.Parameter",
             "torch.serialization._get_layout", "torch.Size", "torch.Tensor", "torch.device", "_codecs.encode",
             "builtins.bytearray", "builtins.set", "builtins.complex", "torch._tensor._rebuild_from_type_v2" })
        s << QString::fromLatin1(n);
    // torch/storage.py _dtype_to_storage_type_map() keys, _new_dtypes(), uint1-7, int1-7, as str(dtype)
    for (const char *d : { "float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", "bool",
             "bfloat16", "complex128", "complex64", "qint8", "qint32", "quint8", "quint4x2", "quint2x4", "float8_e5m2",
             "float8_e4m3fn", "float8_e5m2fnuz", "float8_e4m3fnuz", "float8_e8m0fnu", "float4_e2m1fn_x2", "bits8",
             "bits16", "bits1x8", "bits2x4", "bits4x2", "complex32", "uint16", "uint32", "uint64" })
        s << QStringLiteral("torch.") + QString::fromLatin1(d);
    for (int i = 1; i <= 7; ++i)
        s << QStringLiteral("torch.uint%1").arg(i) << QStringLiteral("torch.int%1").arg(i);
    for (const char *q : { "per_tensor_affine", "per_tensor_symmetric", "per_channel_affine", "per_channel_symmetric",
             "per_channel_affine_float_qparams" })
        s << QStringLiteral("torch.") + QString::fromLatin1(q);
    for (const char *f : { "_rebuild_parameter", "_rebuild_parameter_with_state", "_rebuild_qtensor", "_rebuild_tensor",
             "_rebuild_tensor_v2", "_rebuild_tensor_v3", "_rebuild_sparse_tensor", "_rebuild_meta_tensor_no_storage",
             "_rebuild_wrapper_subclass", "_rebuild_device_tensor_from_numpy",
             "_rebuild_device_tensor_from_cpu_tensor" })
        s << QStringLiteral("torch._utils.") + QString::fromLatin1(f);
    // torch._tensor_classes: all_declared_types() = {CPU, CUDA, SparseCPU, SparseCUDA} x 10, no sparse Bool
    const QStringList scalars = { QStringLiteral("Byte"), QStringLiteral("Char"), QStringLiteral("Double"),
        QStringLiteral("Float"), QStringLiteral("Int"), QStringLiteral("Long"), QStringLiteral("Short"),
        QStringLiteral("Half"), QStringLiteral("Bool"), QStringLiteral("BFloat16") };
    for (const QString &prefix : { QStringLiteral("torch."), QStringLiteral("torch.cuda."),
             QStringLiteral("torch.sparse."), QStringLiteral("torch.cuda.sparse.") })
        for (const QString &t : scalars)
            if (!(prefix.contains(QLatin1String("sparse")) && t == QLatin1String("Bool")))
                s << prefix + t + QStringLiteral("Tensor");
    // torch._storage_classes: legacy CPU (17), legacy CUDA (12, no quantized), Typed/Untyped
    for (const QString &t : scalars + QStringList { QStringLiteral("ComplexDouble"), QStringLiteral("ComplexFloat") })
        s << QStringLiteral("torch.") + t + QStringLiteral("Storage")
          << QStringLiteral("torch.cuda.") + t + QStringLiteral("Storage");
    for (const char *q : { "QInt8", "QInt32", "QUInt8", "QUInt4x2", "QUInt2x4" })
        s << QStringLiteral("torch.%1Storage").arg(QString::fromLatin1(q));
    s << QStringLiteral("torch.storage.UntypedStorage") << QStringLiteral("torch.storage.TypedStorage");
    return s;
}

} // namespace

class TestSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verdictNames();
    void grade_data();
    void grade();
    void explain_data();
    void explain();
    void allowListMatchesPyTorchSource();
    void allowListMatchesInstalledTorch();
    void submodulesOfDeniedModules_data();
    void submodulesOfDeniedModules();
    void vettedDataIsNeitherDangerousNorAlreadyAllowed();
    void doctorClassesAndSnippet();
};

void TestSafety::verdictNames()
{
    QCOMPARE(ckpt::verdictName(A), QStringLiteral("allowed"));
    QCOMPARE(ckpt::verdictName(N), QStringLiteral("needs-code"));
    QCOMPARE(ckpt::verdictName(D), QStringLiteral("dangerous"));
    QCOMPARE(ckpt::verdictName(I), QStringLiteral("invalid"));
}

void TestSafety::grade_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Verdict>("expected");

    // --- Every global in ../shared/corpus/malicious (pickletools disassembly, see SOURCES.md)
    row("builtins", "eval", D); // malicious1.zip, malicious1_crc.zip
    row("__builtin__", "eval", D); // malicious0.pkl, pytorch_magic_bypass.pt
    row("__builtin__", "compile", D); // malicious0.pkl
    row("__builtin__", "getattr", D);
    row("__builtin__", "apply", D);
    row("__builtin__", "globals", D);
    row("__builtin__", "dict", N); // malicious0.pkl's harmless one
    row("runpy", "_run_code", D); // malicious14.pkl
    row("functools", "partial", D); // malicious19.pkl
    row("torch.serialization", "load", D); // malicious19.pkl
    row("os", "system", D); // malicious-invalid-bytes, keyerror, type-confusion
    row("posix", "system", D); // pytorch_magic_bypass.pt, modelscan unsafe_zip_pytorch.pt
    row("asyncio.unix_events", "_UnixSubprocessTransport._start", D); // GHSA-jgw4-cr84-mqxg.bin
    row("ssl", "get_server_certificate", D); // dns_exfiltration.npy
    row("numpy", "dtype", N); // dns_exfiltration.npy's decoys
    row("numpy", "ndarray", N);
    row("numpy._core.multiarray", "_reconstruct", N);
    row("torch", "_utils", D); // sys_module_override_sploit.pkl: the module object
    row("torch._utils", "_rebuild_tensor", A); // ... and the function it overwrites
    row("collections", "OrderedDict", A); // unsafe_zip_pytorch.pt
    row("", "system", D); // unresolvable STACK_GLOBAL argument
    row("os", "", D);
    row("echo \"type-confusion-exploit\"", "os", I); // type-confusion-exploit.pkl, stringified

    // --- More deny-list entries (FORMATS.md C1-C3, the scanners' sources)
    for (const char *b : { "builtins", "__builtin__" })
        for (const char *f : { "exec", "open", "breakpoint", "__import__" })
            row(b, f, D);
    for (const char *f : { "setattr", "delattr", "vars", "locals", "globals", "input", "print", "type", "memoryview" })
        row("builtins", f, D);
    row("__builtins__", "eval", D);
    row("__builtin__", "reduce", D); // -> functools.reduce
    row("__builtin__", "intern", D); // -> sys.intern
    row("nt", "system", D);
    row("subprocess", "Popen", D);
    row("subprocess", "check_output", D);
    row("commands", "getoutput", D);
    row("pty", "spawn", D);
    row("sys", "modules", D);
    row("operator", "attrgetter", D);
    row("operator", "itemgetter", D);
    row("operator", "methodcaller", D);
    row("_operator", "attrgetter", D);
    row("types", "CodeType", D);
    row("types", "FunctionType", D);
    row("_io", "FileIO", D);
    row("io", "open", D);
    row("io", "FileIO", D);
    row("logging", "FileHandler", D);
    row("pkgutil", "resolve_name", D);
    row("importlib", "import_module", D);
    row("marshal", "loads", D);
    row("inspect", "getattr_static", D);
    row("code", "InteractiveInterpreter.runcode", D);
    row("codeop", "compile_command", D);
    row("ctypes", "CDLL", D);
    row("multiprocessing", "Process", D);
    row("zipimport", "zipimporter", D);
    row("shutil", "rmtree", D);
    row("tempfile", "NamedTemporaryFile", D);
    row("sqlite3", "connect", D);
    row("signal", "signal", D);
    row("threading", "Thread", D);
    row("tarfile", "open", D);
    row("smtplib", "SMTP", D);
    row("imaplib", "IMAP4_stream", D);
    row("http.client", "HTTPSConnection", D);
    row("httplib", "HTTPSConnection", D);
    row("urllib.request", "urlopen", D);
    row("requests.api", "get", D);
    row("requests", "get", D);
    row("aiohttp.client", "ClientSession", D);
    row("webbrowser", "open", D);
    row("socket", "create_connection", D);
    row("pip", "main", D);
    row("venv", "create", D);
    row("ensurepip", "_run_pip", D);
    row("idlelib.pyshell", "ModifiedInterpreter.runcode", D);
    row("lib2to3.pgen2.grammar", "Grammar.loads", D);
    row("trace", "Trace.run", D);
    row("doctest", "debug_script", D);
    row("pydoc", "pipepager", D);
    row("timeit", "timeit", D);
    row("cProfile", "run", D);
    row("profile", "Profile.run", D);
    row("pdb", "run", D);
    row("bdb", "Bdb.run", D);
    row("uuid", "_get_command_stdout", D);
    row("_osx_support", "_read_output", D);
    row("_aix_support", "_read_cmd_output", D);
    row("_pyrepl.pager", "pipe_pager", D);
    row("distutils.file_util", "write_file", D);
    row("test.support.script_helper", "assert_python_ok", D);
    row("_interpreters", "run_string", D);
    row("pickle", "loads", D);
    row("_pickle", "loads", D);
    row("cPickle", "loads", D);
    row("dill", "loads", D);
    row("cloudpickle.cloudpickle", "_make_function", D);
    row("joblib", "load", D);
    row("numpy.f2py.crackfortran", "getlincoef", D);
    row("numpy.testing._private.utils", "runstring", D);
    row("numpy.distutils.exec_command", "exec_command", D);
    row("torch", "load", D);
    row("torch", "compile", D);
    row("torch.hub", "load", D);
    row("torch.storage", "_load_from_bytes", D);
    row("torch._inductor.codecache", "compile_file", D);
    row("torch._dynamo.guards", "GuardBuilder.get", D);
    row("torch.jit.unsupported_tensor_ops", "execWrapper", D);
    row("torch.utils._config_module", "ConfigModule.load_config", D);
    row("torch.utils.collect_env", "run", D);
    row("torch.utils.bottleneck.__main__", "run_cprofile", D);
    row("torch.fx.experimental.symbolic_shapes", "ShapeEnv.evaluate_guards_expression", D);
    row("torch.utils.data.datapipes.utils.decoder", "basichandlers", D);
    // Tricks: dotted names, dunders, module objects, EXT codes
    row("torch", "serialization.load", D);
    row("numpy", "testing._private.utils.runstring", D);
    row("torch._utils", "os.system", D);
    row("torch.serialization", "pickle", D);
    row("collections", "OrderedDict.__init__.__globals__", D);
    row("numpy", "__builtins__", D);
    row("torch", "hub", D);
    row("torch", "jit", D);
    row("copyreg", "_extension_registry[7]", D);
    row("torch", "Tensor.__reduce_ex__", D);

    // --- Allowed: PyTorch's weights_only allow-list (newer PyTorch; C4)
    row("torch._utils", "_rebuild_tensor_v2", A);
    row("torch._utils", "_rebuild_parameter", A);
    row("torch._utils", "_rebuild_qtensor", A);
    row("torch._utils", "_rebuild_tensor_v3", A);
    row("torch._utils", "_rebuild_parameter_with_state", A);
    row("torch._utils", "_rebuild_sparse_tensor", A);
    row("torch._utils", "_rebuild_sparse_csr_tensor", A); // 1.13 only
    row("torch._utils", "_rebuild_meta_tensor_no_storage", A);
    row("torch._utils", "_rebuild_wrapper_subclass", A);
    row("torch._utils", "_rebuild_device_tensor_from_numpy", A);
    row("torch._utils", "_rebuild_device_tensor_from_cpu_tensor", A);
    row("torch._tensor", "_rebuild_from_type_v2", A);
    row("collections", "Counter", A);
    row("torch.nn.parameter", "Parameter", A);
    row("torch.serialization", "_get_layout", A);
    row("torch", "Size", A);
    row("torch", "Tensor", A);
    row("torch", "device", A);
    row("_codecs", "encode", A);
    row("builtins", "set", A);
    row("builtins", "bytearray", A);
    row("builtins", "complex", A);
    row("__builtin__", "set", A); // Pytorch_Autoencoder/model.pth (protocol 2 spelling)
    row("__builtin__", "bytearray", A);
    for (const char *s : { "FloatStorage", "HalfStorage", "DoubleStorage", "LongStorage", "IntStorage", "ShortStorage",
             "CharStorage", "ByteStorage", "BoolStorage", "BFloat16Storage", "ComplexFloatStorage",
             "ComplexDoubleStorage", "QInt8Storage", "QInt32Storage", "QUInt8Storage", "QUInt4x2Storage",
             "QUInt2x4Storage", "FloatTensor", "HalfTensor", "BFloat16Tensor", "BoolTensor", "LongTensor" })
        row("torch", s, A);
    row("torch.cuda", "FloatStorage", A);
    row("torch.cuda", "BFloat16Storage", A);
    row("torch.cuda", "HalfTensor", A);
    row("torch.sparse", "FloatTensor", A);
    row("torch.cuda.sparse", "BFloat16Tensor", A);
    row("torch.storage", "UntypedStorage", A);
    row("torch.storage", "TypedStorage", A);
    for (const char *d : { "float32", "float16", "float64", "bfloat16", "bool", "uint8", "int8", "int16", "int32",
             "int64", "complex32", "complex64", "complex128", "qint8", "qint32", "quint8", "quint4x2", "quint2x4",
             "float8_e5m2", "float8_e4m3fn", "float8_e5m2fnuz", "float8_e4m3fnuz", "float8_e8m0fnu", "float4_e2m1fn_x2",
             "bits8", "bits16", "bits1x8", "bits2x4", "bits4x2", "uint16", "uint32", "uint64", "uint1", "uint4",
             "uint7", "int1", "int4", "int7" })
        row("torch", d, A);
    for (const char *q : { "per_tensor_affine", "per_channel_affine", "per_tensor_symmetric", "per_channel_symmetric",
             "per_channel_affine_float_qparams" })
        row("torch", q, A);
    row("torch", "_utils._rebuild_tensor_v2", A); // PyTorch checks the joined "module.name"

    // --- NeedsCode: every other global the real corpus uses (../shared/corpus/real)
    row("__main__", "autoencoder", N);
    row("argparse", "Namespace", N);
    row("numpy.core.multiarray", "scalar", N);
    row("numpy.core.multiarray", "_reconstruct", N);
    row("torch.nn.functional", "binary_cross_entropy", N);
    row("transformers.training_args", "TrainingArguments", N);
    row("transformers.training_args", "OptimizerNames", N);
    row("transformers.trainer_utils", "SchedulerType", N);
    row("transformers.trainer_utils", "IntervalStrategy", N);
    row("transformers.trainer_utils", "HubStrategy", N);
    row("transformers.trainer_utils", "SaveStrategy", N);
    row("transformers.trainer_pt_utils", "AcceleratorConfig", N);
    row("accelerate.state", "PartialState", N);
    row("accelerate.utils.dataclasses", "DistributedType", N);
    for (const char *m : { "linear.Linear", "container.Sequential", "container.ModuleList", "conv.Conv2d",
             "activation.LeakyReLU", "activation.Sigmoid", "activation.SiLU", "activation.ReLU",
             "batchnorm.BatchNorm2d", "pooling.MaxPool2d", "upsampling.Upsample" }) {
        const QString s = QString::fromLatin1(m);
        const QByteArray mod = "torch.nn.modules." + s.section(QLatin1Char('.'), 0, 0).toLatin1();
        row(mod.constData(), s.section(QLatin1Char('.'), 1).toLatin1().constData(), N);
    }
    row("torch.nn.backends.thnn", "_get_thnn_function_backend", N);
    row("models.yolo", "Model", N);
    row("models.yolo", "Detect", N);
    row("models.common", "C3", N);
    row("models.common", "SPPF", N);
    row("model", "LeNet5", N);
    row("torch.jit._pickle", "build_intlist", N); // silero_vad.jit, 31 times
    row("torch.jit._pickle", "build_tensorlist", N);
    row("torch.jit._pickle", "restore_type_tag", N);
    row("__torch__.torch.nn.modules.module", "Module", N);
    row("__torch__.___torch_mangle_44", "vggQ", N);
    row("__torch__.torch.classes.xnnpack", "LinearOpContext", N);
    row("__torch__.torch.nn.intrinsic.quantized.modules.conv_relu.___torch_mangle_38", "ConvReLU2d", N);
    row("__torch__.fastai.tabular.model.___torch_mangle_657", "TabularModel", N);
    row("__torch__.vad.model.vad_annotator", "VADRNNJITMerge", N);
    // Plain-data builtins: not dangerous, and only set/bytearray/complex are allowed
    for (const char *b : { "frozenset", "slice", "range", "int", "float", "dict", "list", "tuple", "str", "bytes",
             "object", "bool", "Ellipsis" })
        row("builtins", b, N);
    row("__builtin__", "xrange", N); // -> builtins.range
    row("__builtin__", "long", N); // -> builtins.int
    // Harmless classes that must not be flagged
    row("__main__", "Net", N);
    row("__main__", "test", N);
    row("collections", "defaultdict", N);
    row("collections", "deque", N);
    row("copyreg", "_reconstructor", N);
    row("copy_reg", "_reconstructor", N);
    row("copyreg", "__newobj__", N);
    row("pathlib", "PosixPath", N);
    row("datetime", "datetime", N);
    row("enum", "Enum", N);
    row("types", "SimpleNamespace", N);
    row("uuid", "UUID", N);
    row("numpy.random._pickle", "__randomstate_ctor", N);
    row("omegaconf.dictconfig", "DictConfig", N);
    row("pytorch_lightning.callbacks.model_checkpoint", "ModelCheckpoint", N);
    row("lightning.pytorch.callbacks.early_stopping", "EarlyStopping", N);
    row("torch.optim.lr_scheduler", "ReduceLROnPlateau", N);
    row("torch.nn.modules.module", "Module", N);
    row("transformers.models.bert.modeling_bert", "BertModel", N);
    row("mypkg.models", "Outer.Inner", N);
    // Near misses of the allow-list: PyTorch's weights_only rejects these spellings
    row("torch", "float", N); // str(torch.float) is "torch.float32"
    row("torch", "half", N);
    row("torch", "long", N);
    row("torch", "cfloat", N);
    row("torch", "UntypedStorage", N); // the key is torch.storage.UntypedStorage
    row("torch.nn", "Parameter", N); // the key is torch.nn.parameter.Parameter
    row("torch", "strided", N); // layouts go through _get_layout
    row("torch", "sparse_coo", N);
    row("torch", "contiguous_format", N);
    row("torch", "channels_last", N);
    row("torch._utils", "_rebuild_xla_tensor", N); // alias of _rebuild_device_tensor_from_numpy
    row("torch._utils", "_rebuild_nested_tensor", N);
    row("torch._tensor", "_rebuild_from_type", N);
    row("torch.cuda.sparse", "BoolTensor", N); // no sparse Bool type
    row("torch.cuda", "QInt8Storage", N); // no CUDA quantized storage

    // --- Invalid: not Python names
    row("torch.", "Tensor", I);
    row("torch", ".Tensor", I);
    row("os system", "x", I);
    row("torch", "Float Storage", I);
    row("42", "os", I);
}

void TestSafety::grade()
{
    QFETCH(QString, module);
    QFETCH(QString, name);
    QFETCH(Verdict, expected);
    const Verdict got = ckpt::gradeGlobal(module, name);
    if (got != expected)
        qWarning().noquote() << ckpt::explainGlobal(module, name).english();
    QCOMPARE(ckpt::verdictName(got), ckpt::verdictName(expected));
}

void TestSafety::explain_data()
{
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    auto r = [](const char *m, const char *n, const char *text) {
        QTest::addRow("%s | %s", m, n) << QString::fromUtf8(m) << QString::fromUtf8(n) << QString::fromUtf8(text);
    };
    r("os", "system", "runs a shell command");
    r("posix", "system", "deny-listed by picklescan, fickling, modelscan, PyTorch's weights_only");
    r("builtins", "eval", "evaluates Python code");
    r("__builtin__", "__import__", "imports any module");
    r("builtins", "open", "opens or writes files");
    r("ssl", "get_server_certificate", "makes network connections");
    r("torch.serialization", "load", "loads another pickle with full trust");
    r("asyncio.unix_events", "_UnixSubprocessTransport._start", "asyncio is deny-listed by picklescan");
    r("builtins", "print", "only plain-data builtins");
    r("torch._utils", "os.system", "reaches the module os");
    r("collections", "OrderedDict.__init__.__globals__", "`__init__`");
    r("torch", "_utils", "module object");
    r("", "system", "cannot be known before loading");
    r("copyreg", "_extension_registry[5]", "EXT code");
    r("os system", "x", "not a valid Python name");
    r("__main__", "autoencoder",
        "importing and calling `__main__.autoencoder` is what torch.load(weights_only=False) would do");
    r("argparse", "Namespace", "not in PyTorch's weights_only allow-list");
    r("collections", "OrderedDict", "in PyTorch's weights_only allow-list");
    r("torch._utils", "_rebuild_qtensor", "1.13's weights_only rejects it");
    r("__builtin__", "set", "builtins.set in Python 3");
    r("torch", "float", "another spelling of torch.float32");
    r("torch", "strided", "layouts and memory formats");
    r("__torch__.torch.nn.modules.module", "Module", "TorchScript class");
    r("torch.jit._pickle", "build_intlist", "TorchScript pickle helper");
}

void TestSafety::explain()
{
    QFETCH(QString, module);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString text = ckpt::explainGlobal(module, name).english();
    QVERIFY2(text.contains(expected), qPrintable(text));
    if (ckpt::gradeGlobal(module, name) == A)
        QCOMPARE(text.contains(QLatin1String("1.13")),
            name == QLatin1String("_rebuild_qtensor") || module == QLatin1String("__builtin__"));
}

void TestSafety::allowListMatchesPyTorchSource()
{
    const QSet<QString> expected = newerTorchAllowList();
    QSet<QString> ours;
    for (const QString &g : ckpt::allowedGlobals())
        ours << g;
    ours.remove(QStringLiteral("torch._utils._rebuild_sparse_csr_tensor")); // 1.13's, kept on purpose
    // 12 named + 32 dtypes + uint1-7/int1-7 + 5 qschemes + 11 rebuilds + 38 tensor + 31 storage classes
    QCOMPARE(expected.size(), 12 + 32 + 14 + 5 + 11 + 38 + 31);
    for (const QString &g : expected - ours)
        qWarning() << "missing:" << g;
    for (const QString &g : ours - expected)
        qWarning() << "extra:" << g;
    QVERIFY(ours == expected);
    for (const QString &g : expected) {
        const int dot = g.lastIndexOf(QLatin1Char('.'));
        QCOMPARE(ckpt::gradeGlobal(g.left(dot), g.mid(dot + 1)), A);
    }
}

void TestSafety::allowListMatchesInstalledTorch()
{
    // Debian's python3-torch 1.13: the allow-list of the PyTorch installed here, straight from
    // torch/_weights_only_unpickler.py (imports torch only; loads no file).
    QProcess py;
    py.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral("-c"),
            QStringLiteral("import torch, torch._weights_only_unpickler as w\n"
                           "print(torch.__version__)\n"
                           "print('\\n'.join(sorted(w._get_allowed_globals())))\n") });
    if (!py.waitForFinished(180000) || py.exitStatus() != QProcess::NormalExit || py.exitCode() != 0)
        QSKIP("no /usr/bin/python3 with torch here");
    QStringList lines = QString::fromUtf8(py.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() > 1);
    const QString version = lines.takeFirst();
    for (const QString &g : lines) {
        const int dot = g.lastIndexOf(QLatin1Char('.'));
        QVERIFY2(ckpt::gradeGlobal(g.left(dot), g.mid(dot + 1)) == A, qPrintable(g));
    }
    if (!version.startsWith(QLatin1String("1.13")))
        return; // a newer PyTorch: every key is allowed (above); the 1.13 marks are not comparable
    QSet<QString> installed(lines.cbegin(), lines.cend()), marked113;
    for (const QString &g : ckpt::allowedGlobals())
        if (ckpt::allowedIn(g) & ckpt::releaseBit(ckpt::TorchRelease::Torch1_13))
            marked113 << g;
    for (const QString &g : installed - marked113)
        qWarning() << "1.13 allows, not marked:" << g;
    for (const QString &g : marked113 - installed)
        qWarning() << "marked 1.13, not allowed there:" << g;
    QCOMPARE(installed.size(), 90);
    QVERIFY(installed == marked113);
}

void TestSafety::submodulesOfDeniedModules_data()
{
    QTest::addColumn<QString>("module");
    for (const char *m :
        { "os", "posix", "nt", "subprocess", "sys", "socket", "ssl", "shutil", "runpy", "pty", "pdb", "bdb", "pickle",
            "_pickle", "pip", "venv", "webbrowser", "asyncio", "aiohttp", "ctypes", "commands", "httplib", "timeit",
            "cProfile", "profile", "pydoc", "uuid", "test", "numpy.f2py", "numpy.testing._private.utils",
            "_osx_support", "_aix_support", "_pyrepl", "importlib", "marshal", "inspect", "code", "codeop",
            "multiprocessing", "zipimport", "tempfile", "sqlite3", "signal", "threading", "http", "urllib", "requests",
            "smtplib", "dill", "cloudpickle", "joblib", "distutils", "idlelib", "lib2to3", "trace", "doctest",
            "ensurepip", "torch.hub", "torch._dynamo", "torch._inductor", "torch.jit", "numpy.distutils",
            "torch.utils.bottleneck", "_interpreters", "tarfile", "logging", "functools", "operator", "types" })
        QTest::newRow(m) << QString::fromLatin1(m);
}

void TestSafety::submodulesOfDeniedModules()
{
    QFETCH(QString, module);
    QCOMPARE(ckpt::gradeGlobal(module, QStringLiteral("anything")), D);
    QCOMPARE(ckpt::gradeGlobal(module + QStringLiteral(".sub.deeper"), QStringLiteral("Thing")), D);
    QCOMPARE(ckpt::gradeGlobal(QStringLiteral("mypkg.") + module, QStringLiteral("Thing")), N);
}

// The weights_only doctor's vetted pure-data list: nothing on it may be what a scanner calls
// dangerous (allowing it would run code), and nothing on it is in PyTorch's own allow-list
// already (it would never be refused); the numpy names of both numpy 1.x and 2.x are there.
void TestSafety::vettedDataIsNeitherDangerousNorAlreadyAllowed()
{
    QSet<QString> names;
    for (const ckpt::PureDataGlobal &g : ckpt::pureDataGlobals()) {
        const QString full = QString::fromLatin1(g.global);
        QVERIFY2(!names.contains(full), qPrintable(full));
        names.insert(full);
        const qsizetype dot = full.lastIndexOf(QLatin1Char('.'));
        QVERIFY2(ckpt::gradeGlobal(full.left(dot), full.mid(dot + 1)) == N, qPrintable(full));
        QCOMPARE(ckpt::possiblyAllowedIn(full), ckpt::TorchReleases(0));
        QVERIFY(!QString::fromUtf8(g.sentence).isEmpty());
    }
    for (const char *n : { "numpy.core.multiarray.scalar", "numpy._core.multiarray.scalar",
             "numpy.core.multiarray._reconstruct", "numpy._core.multiarray._reconstruct", "argparse.Namespace" })
        QVERIFY2(names.contains(QLatin1String(n)), n);
}

void TestSafety::doctorClassesAndSnippet()
{
    using ckpt::RefusedClass;
    QCOMPARE(ckpt::classifyRefusedGlobal(QStringLiteral("argparse.Namespace"), N).cls, RefusedClass::Data);
    QCOMPARE(ckpt::classifyRefusedGlobal(QStringLiteral("__main__.Net"), N).cls, RefusedClass::Code);
    QCOMPARE(ckpt::classifyRefusedGlobal(QStringLiteral("os.system"), D).cls, RefusedClass::Dangerous);
    // In 2.x's allow-list, refused by 1.13 only: data
    QCOMPARE(ckpt::classifyRefusedGlobal(QStringLiteral("torch.device"), A).cls, RefusedClass::Data);
    const std::vector<ckpt::RefusedGlobal> refused
        = { ckpt::classifyRefusedGlobal(QStringLiteral("argparse.Namespace"), N),
              ckpt::classifyRefusedGlobal(QStringLiteral("numpy._core.multiarray.scalar"), N),
              ckpt::classifyRefusedGlobal(QStringLiteral("__main__.Net"), N) };
    const QString s = ckpt::allowSnippet(refused, QStringLiteral("a \"b\".pt"), { QStringLiteral("f8") });
    QVERIFY(s.contains(QStringLiteral("import argparse\n")));
    QVERIFY(s.contains(QStringLiteral("(_np_scalar, \"numpy._core.multiarray.scalar\")")));
    QVERIFY(s.contains(QStringLiteral("from numpy.core.multiarray import scalar as _np_scalar")));
    QVERIFY(s.contains(QStringLiteral("type(numpy.dtype(\"f8\"))")));
    QVERIFY(s.contains(QStringLiteral("__main__.Net (code)")));
    QVERIFY(!s.contains(QStringLiteral("    __main__.Net,")));
    QVERIFY(s.contains(QStringLiteral("torch.load(\"a \\\"b\\\".pt\", weights_only=True)")));
    QVERIFY(s.contains(QStringLiteral("with torch.serialization.safe_globals(SAFE):")));
}

QTEST_GUILESS_MAIN(TestSafety)
#include "test_safety.moc"
