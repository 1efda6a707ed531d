#pragma once

#include "model/pickle/Value.h"

#include <vector>

namespace ckpt {

// A pickle can build cycles (a list that contains itself through the memo). Shared
// pointers never free a cycle, and tree walks would loop: replace every back edge
// reachable from `roots` by an inert "<recursive reference>" object. Iterative, so a
// 100k-deep tree costs no stack. Returns the number of edges replaced.
int breakCycles(const std::vector<ValuePtr> &roots);

} // namespace ckpt
