#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace ckpt {

// What the LibTorch module (model/torch, built as a separate shared module) offers.
// LibTorch costs ~0.8 s and ~150 MB to load, so no command loads it in normal use:
// statistics, diff and conversion run in the core. The module answers what only
// LibTorch itself can (its version, its own reading of a zip) for tests and checks.
class TorchBackend {
public:
    virtual ~TorchBackend() = default;

    virtual QString torchVersion() const = 0;

    // The records of a torch zip as LibTorch's own PyTorchStreamReader sees them
    // (names without the archive prefix, data offset in the file, size in bytes).
    struct ZipRecord {
        QString name;
        qint64 offset = 0;
        qint64 size = 0;
    };
    virtual bool listZipRecords(const QString &path, std::vector<ZipRecord> *out, QString *error) const = 0;
    // The bytes of one record (name without the prefix) as PyTorchStreamReader::getRecord
    // returns them: what torch.load unpickles for "data.pkl". Never unpickles anything.
    virtual bool readZipRecord(const QString &path, const QString &name, QByteArray *out, QString *error) const = 0;
};

// Loads the module on first call (thread-safe) and returns it, or nullptr with *error
// set to a one-line reason. The module is looked up in $CKPT_TORCH_MODULE (a full
// path), next to the executable, then in the install's library directory.
TorchBackend *torchBackend(QString *error = nullptr);
// True once the module has been loaded in this process (for tests of the fast path).
bool torchBackendLoaded();

} // namespace ckpt

// The module's single entry point, resolved with QLibrary.
extern "C" {
using CkptTorchBackendFactory = ckpt::TorchBackend *(*)();
}
