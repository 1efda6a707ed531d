#pragma once

#include "model/stats/StatsTypes.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace ckpt {

// What the LibTorch module (model/torch, built as a separate shared module) offers.
// LibTorch costs ~0.8 s and ~150 MB to load, so nothing on the fast path (open, info,
// scan) may call torchBackend(); everything that needs real tensor maths does, once.
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

    // ---- Tensor statistics (issue 4; value types in stats/StatsTypes.h) ----
    // Statistics and histogram of each request's elements, read through a read-only mmap
    // in the planned pieces with torch::from_blob, on `options.threads` threads. One
    // result per request (a bad request gets TensorStats::error). Returns false with
    // *error only when cancelled or the whole job fails.
    virtual bool computeStats(const std::vector<StatsRequest> &requests, const StatsOptions &options,
        const StatsControl &control, std::vector<TensorStats> *out, QString *error) const = 0;
    // ---- end of tensor statistics ----
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
