#pragma once

#include <QThreadPool>

#include <memory>
#include <utility>

namespace ckpt {

// Lets go of `doomed` on a worker: freeing a checkpoint of 100k keys, its totals or a
// conversion preview takes a tenth of a second, which the GUI thread must not spend when
// a file is replaced, closed or a plan edited. Anything else still holding a share of it
// keeps it alive as before; only the last release moves off the calling thread.
template <class T> void disposeLater(T &&doomed)
{
    // Moved in, so the lambda holds the only share: the worker's reset is the last one.
    auto box = std::make_shared<std::decay_t<T>>(std::forward<T>(doomed));
    QThreadPool::globalInstance()->start([box = std::move(box)]() mutable { box.reset(); });
}

} // namespace ckpt
