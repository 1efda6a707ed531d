#pragma once

// The Python sources of a TorchScript archive (its code/ records), read on demand by file
// path through the zip reader and its inflate budget, and what they say about the
// archive's objects: the file of a module's class, the lines using CONSTANTS.c<N>.

#include "model/checkpoint/TensorInfo.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace ckpt {

// One line of a code/ source: 1-based line number and its text, trimmed.
struct ScriptCodeLine {
    QString file; // "code/__torch__.py"
    int line = 0;
    QString text;
    QString op; // the call the constant is an argument of ("torch.add"), empty when none
};

struct ScriptCode {
    QString archive; // the file read
    QStringList files; // "code/__torch__.py" ..., in archive order (.py records only)
    QStringList sources; // their text, index for index
    QString error; // set when the archive or a record could not be read

    // The source of `file` ("code/..."), empty when the archive has none.
    QString source(const QString &file) const;
    // "__torch__.torch.nn.modules.linear.Linear" -> "code/__torch__/torch/nn/modules/linear.py",
    // empty when the archive has no such record.
    QString fileForClass(const QString &qualifiedClass) const;
    // 1-based line of `class Name(` for the class in its file, 0 when not found.
    int classLine(const QString &qualifiedClass) const;
    // Every line that uses CONSTANTS.c<index>, in file order.
    std::vector<ScriptCodeLine> constantUses(int index) const;
};
using ScriptCodePtr = std::shared_ptr<const ScriptCode>;

// Reads every code/*.py record of the TorchScript archive at `archivePath` (sizes within
// the zip reader's inflate budget). Never null; error set on failure.
ScriptCodePtr readScriptCode(const QString &archivePath);

// The constants.pkl index of a tensor path ("constants.pkl/3" -> 3), or -1.
int scriptConstantIndex(const Path &path);

} // namespace ckpt
