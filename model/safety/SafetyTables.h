#pragma once

// Internal to Safety.cpp and its tests: the deny- and allow-lists behind gradeGlobal().
// Sources are FORMATS.md C1-C4 and the scanners' own code (see SafetyTables.cpp).

#include "model/common/Phrase.h"

#include <QString>

namespace ckpt::safety {

// Which published list an entry comes from (a bit set).
enum Source : unsigned {
    Picklescan = 1u << 0, // picklescan src/picklescan/scanner.py _unsafe_globals
    Fickling = 1u << 1, // fickling fickle.py UNSAFE_IMPORTS, analysis.py UnsafeImportsML
    Modelscan = 1u << 2, // modelscan settings.py unsafe_globals (CRITICAL/HIGH)
    TorchBlock = 1u << 3, // torch/_weights_only_unpickler.py _blocklisted_modules
    Ours = 1u << 4, // added here, with the reason next to the entry
};

// What a dangerous global can do; chooses the wording of the explanation.
enum class Threat {
    Shell, // runs a shell command
    Code, // evaluates Python code
    Import, // imports any module
    Files, // opens or writes files
    Network, // makes network connections
    Pickle, // loads another pickle with full trust
    Attribute, // reaches any attribute of any object
    Call, // calls another callable with chosen arguments
    Native, // calls native code
    Interpreter, // changes the running interpreter
    Install, // installs packages
    Builtin, // a builtin that is not plain data
    ModuleObject, // refers to a module object itself
    Internals, // walks dunder attributes
    Unresolved, // the target cannot be known before loading
};

struct DeniedModule {
    const char *module; // this module and every submodule
    Threat threat;
    unsigned sources;
};

struct DeniedName {
    const char *module; // exact module
    const char *name; // exact name, or the first component(s) of a dotted name
    Threat threat;
    unsigned sources;
};

// Exact lookups (nullptr when absent).
const DeniedModule *findDeniedModule(const QString &path);
const DeniedName *findDeniedName(const QString &module, const QString &name);

// A method that writes, deletes or maps files or loads a library, when it ends a dotted name.
bool isDangerousMethod(const QString &name);
// Plain-data builtins that fickling's SAFE_BUILTINS exempts from its whole-module `builtins` entry.
bool isSafeBuiltin(const QString &name);
// "module.name" that sits in a denied module but cannot run anything (types.SimpleNamespace ...).
bool isInertException(const QString &fullName);
// Prefixes inside a denied module that are benign (torch.jit._pickle: TorchScript helpers).
bool isExemptPrefix(const QString &path);
// Modules whose module object a real checkpoint never references (torch._utils, collections ...).
bool isKnownModule(const QString &path);

// "torch.float" -> "torch.float32": spellings PyTorch never writes and weights_only rejects.
QString canonicalTorchName(const QString &fullName);
// torch layouts and memory formats: objects that weights_only rejects as bare globals.
bool isTorchLayoutOrMemoryFormat(const QString &fullName);

// "os.system runs a shell command": what `subject` does, a whole sentence.
Phrase threatSentence(Threat t, const Phrase &subject);
// "picklescan, fickling": the lists that deny-list a name.
Phrase sourcesText(unsigned sources);

} // namespace ckpt::safety
