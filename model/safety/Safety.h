#pragma once

#include <QString>

namespace ckpt {

// How a referenced global is judged.
enum class Verdict {
    Allowed, // in PyTorch's weights_only allow-list: loads with weights_only=True
    NeedsCode, // an unknown class or function: torch.load needs weights_only=False and the code
    Dangerous, // on a scanner deny-list: loading the file can run arbitrary code
    Invalid, // structural problem (bad zip, CRC mismatch, parse error, stray stack items)
};

// "allowed", "needs-code", "dangerous", "invalid"
QString verdictName(Verdict v);

struct Finding {
    QString global; // "module.name"; empty for structural findings
    Verdict verdict = Verdict::Allowed;
    QString where; // record or pickle it was found in ("data.pkl", "pickle #4 at byte 120")
    QString detail; // why: "os.system runs a shell command", "CRC mismatch" ...
    bool readByTorchLoad = true; // in the stream torch.load unpickles (false: other members)
};

// Grades one global by module and qualified name (the table in FORMATS.md C1-C4).
Verdict gradeGlobal(const QString &module, const QString &name);
// Short explanation for a dangerous or unknown global, for the UI.
QString explainGlobal(const QString &module, const QString &name);

} // namespace ckpt
