#pragma once

#include "model/common/Phrase.h"

#include <QString>

namespace ckpt {

// How a referenced global is judged (the grading itself is model/safety's).
enum class Verdict {
    Allowed, // in PyTorch's weights_only allow-list: loads with weights_only=True
    NeedsCode, // an unknown class or function: torch.load needs weights_only=False and the code
    Dangerous, // on a scanner deny-list: loading the file can run arbitrary code
    Invalid, // structural problem (bad zip, CRC mismatch, parse error, stray stack items)
};

// "allowed", "needs-code", "dangerous", "invalid"
QString verdictName(Verdict v);

// One thing the safety scan recorded while the file was read.
struct Finding {
    QString global; // "module.name"; empty for structural findings
    Verdict verdict = Verdict::Allowed;
    Phrase where; // record or pickle it was found in ("data.pkl", "pickle #4 at byte 120")
    Phrase detail; // why: "os.system runs a shell command", "CRC mismatch" ...
    bool readByTorchLoad = true; // in the stream torch.load unpickles (false: other members)
};

} // namespace ckpt
