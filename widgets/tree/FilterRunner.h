#pragma once

#include "model/itemmodels/TreeFilter.h"

#include <QObject>

namespace ckpt {

class JobRunner;

// Runs a filter over a checkpoint: inline for small files (instant feedback), on a
// worker for large ones. Only the result of the latest run() is delivered.
class FilterRunner : public QObject {
    Q_OBJECT
public:
    explicit FilterRunner(QObject *parent = nullptr);

    // Files with more tensors than this are filtered on a worker.
    static constexpr size_t kInlineLimit = 5000;

    void run(const CheckpointPtr &ckpt, const FilterSpec &spec);
    void cancel();
    bool isBusy() const;

Q_SIGNALS:
    void started();
    // Null when the spec is empty (show everything).
    void finished(std::shared_ptr<const ckpt::FilterResult> result);

private:
    JobRunner *m_jobs;
};

} // namespace ckpt
