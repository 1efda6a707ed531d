#pragma once

// A nested state as torch.distributed.checkpoint's flatten_state_dict sees it
// (traverse_state_dict): what the DCP writer stores as one item each.

#include "model/common/Phrase.h"
#include "model/pickle/Value.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace ckpt {

// One leaf: its fully qualified name (the path joined with '.', indexes as decimal text),
// its nested path for planner_data (dict keys as str(key), list indexes as ints) and the
// value: a tensor, or anything DCP saves as a torch.save'd BYTE_IO item.
struct DcpLeaf {
    QString fqn;
    std::vector<ValuePtr> path; // String and Int values
    ValuePtr value;
};

// DCP's rules: a dict is entered with str(key) (an empty one leaves nothing); a list is
// entered by index unless it holds only non-tensor scalars and such lists (then it is one
// leaf, like a tuple, a set, an object or a scalar). False with *error for a root that is
// not a dict, a key str() would not give us (floats, tuples), two leaves of one name.
// *emptyDicts gets the paths of empty dicts, which DCP does not store.
bool flattenForDcp(const ValuePtr &root, std::vector<DcpLeaf> *out, QStringList *emptyDicts, Phrase *error);

} // namespace ckpt
