#include "model/safety/SafetyTables.h"

#include <QHash>
#include <QSet>
#include <QStringList>

// The tables behind gradeGlobal(). Each entry says which list it comes from:
//   P = picklescan (mmaitre314/picklescan src/picklescan/scanner.py `_unsafe_globals`, 1.0.x)
//   F = fickling (trailofbits/fickling fickle.py `UNSAFE_IMPORTS`, analysis.py `UnsafeImportsML`)
//   M = modelscan (protectai/modelscan modelscan/settings.py, CRITICAL and HIGH)
//   T = PyTorch's weights_only `_blocklisted_modules` (sys, os, posix, nt)
//   O = ours, with the reason beside it
// A whole-module entry covers every submodule (picklescan and fickling both do this).

namespace ckpt::safety {
namespace {

constexpr unsigned P = Picklescan, F = Fickling, M = Modelscan, T = TorchBlock, O = Ours;
using Th = Threat;

const DeniedModule kDeniedModules[] = {
    // Commands and processes
    { "os", Th::Shell, P | F | M | T },
    { "posix", Th::Shell, P | F | M | T },
    { "nt", Th::Shell, P | F | M | T },
    { "subprocess", Th::Shell, P | F | M },
    { "_posixsubprocess", Th::Shell, F },
    { "commands", Th::Shell, P | F }, // Python 2 subprocess
    { "popen2", Th::Shell, O }, // Python 2 popen; same as commands
    { "pty", Th::Shell, P | F | M },
    { "multiprocessing", Th::Shell, F }, // spawns processes running pickled callables
    { "asyncio", Th::Shell, P | F | M }, // unix_events._UnixSubprocessTransport._start
    { "pydoc", Th::Shell, P | F }, // pipepager runs a command
    { "pexpect", Th::Shell, F },
    { "pipes", Th::Shell, F },
    { "platform", Th::Shell, F }, // runs `uname`, `file`
    { "uuid", Th::Shell, P | F }, // _get_command_stdout
    { "_osx_support", Th::Shell, P | F },
    { "_aix_support", Th::Shell, P | F },
    { "_pyrepl", Th::Shell, P }, // pager.pipe_pager
    { "test", Th::Shell, P | F }, // support.script_helper spawns Python
    { "torch.utils.collect_env", Th::Shell, P | O }, // P lists run(); every helper there calls it
    // Ours from here to the end of each group: modules whose functions a pickle can call to do
    // what the group says (issue 17's gadgets and more of the same kind).
    { "setuptools", Th::Shell, O }, // _distutils.spawn.spawn, build commands
    { "pkg_resources", Th::Import, O }, // loads entry points
    { "concurrent", Th::Shell, O }, // futures.ProcessPoolExecutor spawns workers
    { "torch.testing", Th::Shell, O }, // _internal.common_utils.shell and test runners
    { "torch.distributed.run", Th::Shell, O }, // main() launches a training script
    { "torch.distributed.launch", Th::Shell, O },
    { "torch.distributed.launcher", Th::Shell, O },
    { "torch.distributed.elastic", Th::Shell, O }, // multiprocessing.start_processes
    { "torch.multiprocessing", Th::Shell, O },
    { "_winapi", Th::Shell, O },
    { "msvcrt", Th::Interpreter, O },
    { "winreg", Th::Interpreter, O },
    { "_winreg", Th::Interpreter, O },
    // Python code
    { "runpy", Th::Code, P | F | M },
    { "code", Th::Code, F }, // P: InteractiveInterpreter.runcode
    { "codeop", Th::Code, F },
    { "marshal", Th::Code, F }, // builds code objects; picklescan PR #74
    { "types", Th::Code, F }, // P: CodeType only
    { "compile", Th::Code, F },
    { "exec", Th::Code, F },
    { "eval", Th::Code, F },
    { "doctest", Th::Code, F }, // P: debug_script
    { "_interpreters", Th::Code, F },
    { "_xxsubinterpreters", Th::Code, F },
    { "unittest", Th::Code, F },
    { "cProfile", Th::Code, P | F },
    { "profile", Th::Code, P | F },
    { "pdb", Th::Code, P | F | M },
    { "bdb", Th::Code, P | F | M },
    { "timeit", Th::Code, P | F },
    { "trace", Th::Code, F }, // P: Trace.run, Trace.runctx
    { "idlelib", Th::Code, F }, // P: several runcode gadgets
    { "lib2to3", Th::Code, F }, // P: Grammar.loads, make_label
    { "numpy.f2py", Th::Code, P | F },
    { "numpy.distutils", Th::Code, F },
    { "numpy.testing._private.utils", Th::Code, P }, // runstring() is exec()
    { "torch._dynamo", Th::Code, F }, // P: guards.GuardBuilder.get
    { "torch._inductor", Th::Code, F }, // P: codecache.compile_file
    { "torch.jit", Th::Code, F }, // P: unsupported_tensor_ops.execWrapper
    { "torch.compile", Th::Code, F },
    { "torch.hub", Th::Code, F }, // downloads a repository and runs hubconf.py
    { "torch.utils.bottleneck", Th::Code, P | O }, // P lists __main__.run_cprofile/run_autograd_prof
    { "typing", Th::Code, O }, // _eval_type, ForwardRef._evaluate: eval() of a string
    { "dataclasses", Th::Code, O }, // _create_fn: exec() of generated source
    { "torch.fx", Th::Code, O }, // graph_module.reduce_graph_module, _forward_from_src: exec()
    { "torch._export", Th::Code, O },
    { "torch.compiler", Th::Code, O },
    { "torch.package", Th::Import, O }, // PackageImporter imports code shipped in the package
    { "torch.utils.benchmark", Th::Code, O }, // Timer compiles statements given as text
    { "torch.distributed.rpc", Th::Call, O }, // calls functions on other processes
    { "sympy.parsing", Th::Code, O }, // parse_expr evaluates text
    { "sympy.utilities.lambdify", Th::Code, O }, // exec() of generated source
    { "IPython", Th::Code, O }, // run_line_magic, run_cell
    { "numpy.testing", Th::Code, O }, // _private.utils.runstring and friends
    // Imports
    { "importlib", Th::Import, F }, // picklescan PR #74
    { "importlib_metadata", Th::Import, O },
    { "_frozen_importlib", Th::Import, F },
    { "_frozen_importlib_external", Th::Import, F },
    { "_imp", Th::Import, F },
    { "imp", Th::Import, F },
    { "pkgutil", Th::Import, F }, // P: resolve_name
    { "zipimport", Th::Import, F },
    { "inspect", Th::Attribute, F }, // getattr_static
    // Files
    { "shutil", Th::Files, P | F | M },
    { "tempfile", Th::Files, F },
    { "filecmp", Th::Files, F },
    { "distutils", Th::Files, F }, // P: distutils.file_util
    { "fileinput", Th::Files, F },
    { "glob", Th::Files, F },
    { "linecache", Th::Files, F },
    { "difflib", Th::Files, F },
    { "compileall", Th::Files, F },
    { "py_compile", Th::Files, F },
    { "mmap", Th::Files, F },
    { "logging", Th::Files, F }, // P: FileHandler
    { "syslog", Th::Files, F },
    { "tarfile", Th::Files, F },
    { "zipfile", Th::Files, F },
    { "sqlite3", Th::Files, F },
    { "_sqlite3", Th::Files, F },
    { "dbm", Th::Files, O },
    { "mailbox", Th::Files, O },
    { "zipapp", Th::Files, O },
    { "readline", Th::Files, O }, // write_history_file
    { "numpy.lib.npyio", Th::Pickle, O }, // load(allow_pickle=True), NpzFile
    { "torch.onnx", Th::Files, O }, // export writes files
    { "torch.profiler", Th::Files, O }, // writes traces
    { "torch.autograd.profiler", Th::Files, O },
    { "torch.utils.tensorboard", Th::Files, O },
    { "torch.utils.hipify", Th::Files, O }, // rewrites source trees
    { "torch.utils.file_baton", Th::Files, O },
    { "torch.utils.show_pickle", Th::Pickle, O },
    // Network
    { "socket", Th::Network, P | F | M },
    { "ssl", Th::Network, P | F }, // get_server_certificate: DNS exfiltration
    { "http", Th::Network, F },
    { "httplib", Th::Network, P | F | M },
    { "urllib", Th::Network, F }, // P: urllib.request
    { "urllib2", Th::Network, F },
    { "requests", Th::Network, F }, // P, M: requests.api
    { "aiohttp", Th::Network, P | F }, // M: aiohttp.client
    { "webbrowser", Th::Network, P | F | M },
    { "smtplib", Th::Network, F },
    { "imaplib", Th::Network, F }, // P: IMAP4_stream runs a shell command
    { "ftplib", Th::Network, F },
    { "poplib", Th::Network, F },
    { "telnetlib", Th::Network, F },
    { "nntplib", Th::Network, F },
    { "socketserver", Th::Network, F },
    { "xmlrpc", Th::Network, F },
    { "select", Th::Network, F },
    { "selectors", Th::Network, F },
    { "SocketServer", Th::Network, O }, // Python 2 names, mapped by _compat_pickle on load
    { "BaseHTTPServer", Th::Network, O },
    { "SimpleHTTPServer", Th::Network, O },
    { "CGIHTTPServer", Th::Network, O },
    { "_socket", Th::Network, O },
    { "asyncore", Th::Network, O },
    { "asynchat", Th::Network, O },
    { "smtpd", Th::Network, O },
    { "wsgiref", Th::Network, O },
    { "antigravity", Th::Network, O }, // opens a web browser on import
    { "urllib3", Th::Network, O },
    { "httpx", Th::Network, O },
    { "torch.utils.model_zoo", Th::Network, O }, // load_url downloads and unpickles
    { "numpy.lib._datasource", Th::Network, O }, // DataSource fetches URLs
    // Native code
    { "ctypes", Th::Native, P | F },
    { "_ctypes", Th::Native, F },
    { "cffi", Th::Native, O },
    { "numpy.ctypeslib", Th::Native, O },
    { "torch.utils.cpp_extension", Th::Native, O }, // load_inline compiles and loads C++
    { "torch.ops", Th::Native, O }, // load_library, and any registered operator
    { "torch._ops", Th::Native, O },
    { "torch.classes", Th::Native, O }, // load_library
    { "torch._classes", Th::Native, O },
    // Nested pickles
    { "pickle", Th::Pickle, P | F | M },
    { "_pickle", Th::Pickle, P | F | M },
    { "cPickle", Th::Pickle, O }, // Python 2 pickle, mapped to pickle on load
    { "dill", Th::Pickle, F },
    { "cloudpickle", Th::Pickle, F }, // P: cloudpickle.cloudpickle._make_function & co.
    { "joblib", Th::Pickle, F },
    { "shelve", Th::Pickle, F },
    // The interpreter itself
    { "sys", Th::Interpreter, P | F | M | T },
    { "gc", Th::Interpreter, F },
    { "site", Th::Interpreter, F },
    { "signal", Th::Interpreter, F },
    { "_signal", Th::Interpreter, F },
    { "threading", Th::Interpreter, F },
    { "_thread", Th::Interpreter, F },
    { "thread", Th::Interpreter, O }, // Python 2 _thread
    { "dummy_thread", Th::Interpreter, O },
    { "atexit", Th::Interpreter, F },
    { "resource", Th::Interpreter, O },
    { "operator", Th::Attribute, F }, // P, M: attrgetter, itemgetter, methodcaller
    { "_operator", Th::Attribute, F },
    { "functools", Th::Call, F }, // P: partial
    // Packages
    { "pip", Th::Install, P | F },
    { "venv", Th::Install, P | F },
    { "ensurepip", Th::Install, F }, // P: _run_pip
    // Builtins: fickling denies the module except SAFE_BUILTINS (see isSafeBuiltin)
    { "builtins", Th::Builtin, F },
    { "__builtin__", Th::Builtin, F },
    { "__builtins__", Th::Builtin, F },
};

const DeniedName kDeniedNames[] = {
    // builtins (pickle protocols 0-2 write __builtin__, 3+ builtins)
    { "builtins", "eval", Th::Code, P | F | M },
    { "builtins", "exec", Th::Code, P | F | M },
    { "builtins", "compile", Th::Code, P | F | M },
    { "builtins", "breakpoint", Th::Code, P | F | M },
    { "builtins", "getattr", Th::Attribute, P | F | M },
    { "builtins", "apply", Th::Call, P | F | M },
    { "builtins", "open", Th::Files, P | F | M },
    { "builtins", "__import__", Th::Import, F | M },
    { "builtins", "globals", Th::Attribute, F },
    { "builtins", "locals", Th::Attribute, F },
    { "builtins", "vars", Th::Attribute, F },
    { "builtins", "setattr", Th::Attribute, F },
    { "builtins", "delattr", Th::Attribute, F },
    { "builtins", "hasattr", Th::Attribute, F },
    { "builtins", "input", Th::Interpreter, F },
    { "builtins", "exit", Th::Interpreter, O },
    { "builtins", "quit", Th::Interpreter, O },
    { "builtins", "help", Th::Shell, O }, // pydoc pager
    { "__builtin__", "eval", Th::Code, P | F | M },
    { "__builtin__", "exec", Th::Code, P | F | M },
    { "__builtin__", "execfile", Th::Code, O }, // Python 2
    { "__builtin__", "compile", Th::Code, P | F | M },
    { "__builtin__", "breakpoint", Th::Code, P | F | M },
    { "__builtin__", "getattr", Th::Attribute, P | F | M },
    { "__builtin__", "apply", Th::Call, P | F | M },
    { "__builtin__", "open", Th::Files, P | F | M },
    { "__builtin__", "file", Th::Files, O }, // Python 2
    { "__builtin__", "__import__", Th::Import, F | M },
    { "__builtin__", "globals", Th::Attribute, F },
    { "__builtin__", "setattr", Th::Attribute, F },
    // stdlib gadgets
    { "functools", "partial", Th::Call, P | F },
    { "functools", "reduce", Th::Call, F },
    { "operator", "attrgetter", Th::Attribute, P | F | M },
    { "operator", "itemgetter", Th::Attribute, P | F },
    { "operator", "methodcaller", Th::Call, P | F },
    { "operator", "getitem", Th::Attribute, F },
    { "_operator", "attrgetter", Th::Attribute, P | F },
    { "_operator", "itemgetter", Th::Attribute, P | F },
    { "_operator", "methodcaller", Th::Call, P | F },
    { "types", "CodeType", Th::Code, P | F },
    { "types", "FunctionType", Th::Code, F },
    { "_io", "FileIO", Th::Files, P | F },
    { "_io", "open", Th::Files, F },
    { "_io", "open_code", Th::Files, F },
    { "io", "FileIO", Th::Files, F },
    { "io", "open", Th::Files, F },
    { "io", "open_code", Th::Files, F },
    { "logging", "FileHandler", Th::Files, P | F },
    { "pkgutil", "resolve_name", Th::Import, P | F },
    { "imaplib", "IMAP4_stream", Th::Shell, P | F },
    { "code", "InteractiveInterpreter", Th::Code, P | F },
    { "cloudpickle.cloudpickle", "_make_function", Th::Code, P | F },
    { "cloudpickle.cloudpickle", "subimport", Th::Import, P | F },
    // torch gadgets
    { "torch", "load", Th::Pickle, F },
    { "torch", "compile", Th::Code, F },
    { "torch.serialization", "load", Th::Pickle, P },
    { "torch.serialization", "_load", Th::Pickle, O }, // the worker behind load()
    { "torch.serialization", "_legacy_load", Th::Pickle, O },
    { "torch.storage", "_load_from_bytes", Th::Pickle, F },
    { "torch.utils._config_module", "ConfigModule", Th::Pickle, P | F }, // P: .load_config
    { "torch.fx.experimental.symbolic_shapes", "ShapeEnv.evaluate_guards_expression", Th::Code, P },
    { "torch.utils.data.datapipes.utils.decoder", "basichandlers", Th::Pickle, P },
    { "torch._inductor.codecache", "compile_file", Th::Shell, P },
    { "torch._dynamo.guards", "GuardBuilder.get", Th::Code, P },
    { "torch.jit.unsupported_tensor_ops", "execWrapper", Th::Code, P },
    // numpy and friends
    { "numpy.testing", "runstring", Th::Code, O }, // re-export of _private.utils.runstring
    { "numpy", "load", Th::Pickle, O }, // picklescan's TODO list: nested loaders
    { "numpy.lib.npyio", "load", Th::Pickle, O },
    { "numpy.ctypeslib", "load_library", Th::Native, O },
    { "pandas", "read_pickle", Th::Pickle, O },
    { "pandas.io.pickle", "read_pickle", Th::Pickle, O },
    // Ours: single functions that write files, read them, or evaluate text (issue 17)
    { "torch", "save", Th::Files, O },
    { "torch.serialization", "save", Th::Files, O },
    { "torch.serialization", "_save", Th::Files, O },
    { "torch.serialization", "_legacy_save", Th::Files, O },
    { "torch", "from_file", Th::Files, O }, // maps a file, shared=True writes it
    { "torch.export", "load", Th::Pickle, O },
    { "torch.export", "save", Th::Files, O },
    { "torch._C", "import_ir_module", Th::Code, O },
    { "torch._C", "_load_for_lite_interpreter", Th::Code, O },
    { "torch._C", "_jit_script_compile", Th::Code, O },
    { "torch._C", "CompilationUnit", Th::Code, O },
    { "torch.cuda.memory", "_dump_snapshot", Th::Files, O },
    { "numpy", "save", Th::Files, O },
    { "numpy", "savez", Th::Files, O },
    { "numpy", "savez_compressed", Th::Files, O },
    { "numpy", "savetxt", Th::Files, O },
    { "numpy", "memmap", Th::Files, O }, // mode "w+" creates and writes the file
    { "numpy.core.memmap", "memmap", Th::Files, O },
    { "numpy._core.memmap", "memmap", Th::Files, O },
    { "numpy", "fromfile", Th::Files, O },
    { "numpy", "loadtxt", Th::Files, O },
    { "numpy", "genfromtxt", Th::Files, O },
    { "numpy", "fromregex", Th::Files, O },
    { "numpy", "DataSource", Th::Network, O },
    { "numpy.core.records", "fromfile", Th::Files, O },
    { "numpy.rec", "fromfile", Th::Files, O },
    { "numpy.lib.format", "open_memmap", Th::Files, O },
    { "numpy.lib.format", "read_array", Th::Pickle, O },
    { "numpy.lib.format", "write_array", Th::Files, O },
    { "codecs", "open", Th::Files, O },
    { "gzip", "open", Th::Files, O },
    { "gzip", "GzipFile", Th::Files, O },
    { "bz2", "open", Th::Files, O },
    { "bz2", "BZ2File", Th::Files, O },
    { "lzma", "open", Th::Files, O },
    { "lzma", "LZMAFile", Th::Files, O },
    { "warnings", "_getcategory", Th::Import, O }, // __import__ of a name from the file
    { "yaml", "load", Th::Code, O }, // python/object tags build any object
    { "yaml", "unsafe_load", Th::Code, O },
    { "yaml", "full_load", Th::Code, O },
    { "yaml", "load_all", Th::Code, O },
    { "yaml", "unsafe_load_all", Th::Code, O },
    { "sympy", "sympify", Th::Code, O }, // eval() of a string
    { "sympy.core.sympify", "sympify", Th::Code, O },
    { "sympy", "lambdify", Th::Code, O },
    { "pandas", "eval", Th::Code, O },
    { "numexpr", "evaluate", Th::Code, O },
};

// Ours: methods that write or delete files, map them, or load libraries; as the last part of a
// dotted name (`pathlib.Path` + `write_text`, `torch.UntypedStorage` + `from_file`).
const char *const kDangerousMethods[]
    = { "from_file", "tofile", "dump", "load_library", "write_text", "write_bytes", "savetxt", "symlink_to",
          "hardlink_to", "unlink", "rmdir", "touch", "chmod", "mkdir", "rename", "open", "to_pickle", "to_csv" };

const char *const kSafeBuiltins[] = {
    // fickling fickle.py SAFE_BUILTINS
    "bool",
    "int",
    "float",
    "complex",
    "str",
    "bytes",
    "bytearray",
    "list",
    "tuple",
    "set",
    "frozenset",
    "dict",
    "len",
    "abs",
    "sum",
    "min",
    "max",
    "round",
    "pow",
    "divmod",
    "sorted",
    "reversed",
    "enumerate",
    "zip",
    "range",
    "map",
    "filter",
    "slice",
    "iter",
    "next",
    "all",
    "any",
    "hash",
    "id",
    "repr",
    "ascii",
    "bin",
    "hex",
    "oct",
    "ord",
    "chr",
    "isinstance",
    "issubclass",
    "object",
    "callable",
    "format",
    // ours: inert singletons that pickle writes as globals
    "Ellipsis",
    "NotImplemented",
};

// Ours: classes inside denied modules that only hold data, so a real file may carry them.
const char *const kInert[] = {
    "types.SimpleNamespace", // attributes only
    "uuid.UUID", "uuid.SafeUUID", // uuid is denied for _get_command_stdout; UUID is a value
};

// Ours: TorchScript's pickle helpers (build_intlist ...) in every scripted archive's data.pkl.
const char *const kExemptPrefixes[] = { "torch.jit._pickle" };

const char *const kKnownModules[] = {
    "torch",
    "torch._utils",
    "torch._tensor",
    "torch.serialization",
    "torch.storage",
    "torch.nn",
    "torch.nn.parameter",
    "torch.nn.modules",
    "torch.nn.functional",
    "torch.optim",
    "torch.cuda",
    "torch.sparse",
    "torch.cuda.sparse",
    "torch.utils",
    "torch._C",
    "torch.jit",
    "collections",
    "_codecs",
    "codecs",
    "copyreg",
    "copy_reg",
    "builtins",
    "__builtin__",
    "numpy",
    "numpy.core",
    "numpy.core.multiarray",
    "numpy._core",
    "numpy._core.multiarray",
    "argparse",
    "__main__",
};

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

template <typename Entry, size_t N>
QHash<QString, const Entry *> indexBy(const Entry (&entries)[N], QString (*key)(const Entry &))
{
    QHash<QString, const Entry *> h;
    for (const Entry &e : entries)
        h.insert(key(e), &e);
    return h;
}

template <size_t N> QSet<QString> setOf(const char *const (&items)[N])
{
    QSet<QString> s;
    for (const char *i : items)
        s.insert(L(i));
    return s;
}

} // namespace

const DeniedModule *findDeniedModule(const QString &path)
{
    static const auto h = indexBy<DeniedModule>(kDeniedModules, [](const DeniedModule &e) { return L(e.module); });
    return h.value(path, nullptr);
}

const DeniedName *findDeniedName(const QString &module, const QString &name)
{
    static const auto h = indexBy<DeniedName>(
        kDeniedNames, [](const DeniedName &e) { return L(e.module) + QLatin1Char('\n') + L(e.name); });
    return h.value(module + QLatin1Char('\n') + name, nullptr);
}

bool isDangerousMethod(const QString &name)
{
    static const QSet<QString> s = setOf(kDangerousMethods);
    return s.contains(name);
}

bool isSafeBuiltin(const QString &name)
{
    static const QSet<QString> s = setOf(kSafeBuiltins);
    return s.contains(name);
}

bool isInertException(const QString &fullName)
{
    static const QSet<QString> s = setOf(kInert);
    return s.contains(fullName);
}

bool isExemptPrefix(const QString &path)
{
    static const QSet<QString> s = setOf(kExemptPrefixes);
    return s.contains(path);
}

bool isKnownModule(const QString &path)
{
    static const QSet<QString> s = setOf(kKnownModules);
    return s.contains(path);
}

Phrase threatSentence(Threat t, const Phrase &subject)
{
    switch (t) {
    case Threat::Shell:
        return Phrase::translate("ckpt::Safety", "%1 runs a shell command").arg(subject);
    case Threat::Code:
        return Phrase::translate("ckpt::Safety", "%1 evaluates Python code").arg(subject);
    case Threat::Import:
        return Phrase::translate("ckpt::Safety", "%1 imports any module").arg(subject);
    case Threat::Files:
        return Phrase::translate("ckpt::Safety", "%1 opens or writes files").arg(subject);
    case Threat::Network:
        return Phrase::translate("ckpt::Safety", "%1 makes network connections").arg(subject);
    case Threat::Pickle:
        return Phrase::translate("ckpt::Safety", "%1 loads another pickle with full trust").arg(subject);
    case Threat::Attribute:
        return Phrase::translate("ckpt::Safety", "%1 reaches any attribute of any object (a path to eval or os.system)")
            .arg(subject);
    case Threat::Call:
        return Phrase::translate("ckpt::Safety", "%1 calls another function with arguments of the file's choosing")
            .arg(subject);
    case Threat::Native:
        return Phrase::translate("ckpt::Safety", "%1 calls native code in shared libraries").arg(subject);
    case Threat::Interpreter:
        return Phrase::translate("ckpt::Safety", "%1 changes the running Python interpreter").arg(subject);
    case Threat::Install:
        return Phrase::translate("ckpt::Safety", "%1 installs packages").arg(subject);
    case Threat::Builtin:
        return Phrase::translate("ckpt::Safety", "%1 is a Python builtin that is not plain data").arg(subject);
    case Threat::ModuleObject:
        return Phrase::translate("ckpt::Safety",
            "%1 refers to a module object, which no real checkpoint holds: a crafted pickle can overwrite "
            "functions PyTorch calls")
            .arg(subject);
    case Threat::Internals:
        return Phrase::translate(
            "ckpt::Safety", "%1 walks Python internals (dunder attributes), a path to eval or any module")
            .arg(subject);
    case Threat::Unresolved:
        return Phrase::translate("ckpt::Safety", "%1 has a target that cannot be known before loading").arg(subject);
    }
    return subject;
}

Phrase sourcesText(unsigned sources)
{
    Phrases names;
    if (sources & Picklescan)
        names << QStringLiteral("picklescan");
    if (sources & Fickling)
        names << QStringLiteral("fickling");
    if (sources & Modelscan)
        names << QStringLiteral("modelscan");
    if (sources & TorchBlock)
        names << Phrase::translate("ckpt::Safety", "PyTorch's weights_only", "one of the lists that deny a global");
    if (sources & Ours)
        names << QStringLiteral("Checkpoint Inspector");
    return Phrase::list(names);
}

} // namespace ckpt::safety
