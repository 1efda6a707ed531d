#include "model/formats/NumpyTensors.h"

#include "model/checkpoint/TreeWalk.h"

#include <algorithm>
#include <unordered_set>

namespace ckpt {

namespace {
struct NumpyCode {
    const char *code;
    DType dtype;
};
const NumpyCode kCodes[] = {
    { "f8", DType::Float64 },
    { "f4", DType::Float32 },
    { "f2", DType::Float16 },
    { "i8", DType::Int64 },
    { "i4", DType::Int32 },
    { "i2", DType::Int16 },
    { "i1", DType::Int8 },
    { "u8", DType::UInt64 },
    { "u4", DType::UInt32 },
    { "u2", DType::UInt16 },
    { "u1", DType::UInt8 },
    { "b1", DType::Bool },
    { "c8", DType::Complex64 },
    { "c16", DType::Complex128 },
};

constexpr int kMaxDepth = 2000; // as assignTensorPaths: hostile nesting stops here
} // namespace

DType dtypeFromNumpyCode(QStringView code, bool *bigEndian)
{
    bool big = false;
    if (!code.isEmpty()
        && (code.front() == u'<' || code.front() == u'>' || code.front() == u'|' || code.front() == u'=')) {
        big = code.front() == u'>';
        code = code.mid(1);
    }
    if (bigEndian)
        *bigEndian = big;
    for (const NumpyCode &c : kCodes)
        if (code == QLatin1String(c.code))
            return c.dtype;
    return DType::Unknown;
}

bool addNumpyTensor(Checkpoint &ckpt, Value &arr, qint64 fileOffset, const ByteSourcePtr &inlineBytes)
{
    bool prefixBig = false;
    const DType dtype = dtypeFromNumpyCode(arr.text, &prefixBig);
    if (arr.kind != Value::Kind::NumpyArray || arr.state() || dtype == DType::Unknown || arr.tensorIndex >= 0)
        return false;
    const qint64 es = elementSize(dtype);
    qint64 numel = 1;
    for (qint64 d : arr.shape())
        if (d < 0 || (d > 0 && numel > std::numeric_limits<qint64>::max() / es / d))
            return false;
        else
            numel *= d;
    const qint64 nbytes = numel * es;
    if (inlineBytes ? inlineBytes->size() != nbytes : fileOffset < 0)
        return false;
    StorageInfo s;
    s.key = QStringLiteral("numpy-%1").arg(ckpt.storages.size());
    s.dtype = dtype;
    s.device = QStringLiteral("cpu");
    s.numel = numel;
    s.nbytes = nbytes;
    s.fileOffset = inlineBytes ? -1 : fileOffset;
    s.inlineBytes = inlineBytes;
    s.bigEndian = es > 1 && (prefixBig || arr.integer == 1);
    TensorInfo t;
    t.dtype = dtype;
    t.shape = arr.shape();
    t.strides.assign(arr.shape().size(), 1);
    // C order: the last index moves fastest; Fortran order: the first.
    const qsizetype n = qsizetype(arr.shape().size());
    for (qsizetype i = 1; i < n; ++i) {
        const size_t to = size_t(arr.boolean ? i : n - 1 - i), from = size_t(arr.boolean ? i - 1 : n - i);
        t.strides[to] = t.strides[from] * std::max<qint64>(1, arr.shape()[from]);
    }
    t.storageIndex = int(ckpt.storages.size());
    t.numpyDtype = arr.text;
    ckpt.storages.push_back(std::move(s));
    ckpt.tensors.push_back(std::move(t));
    arr.tensorIndex = int(ckpt.tensors.size()) - 1;
    return true;
}

void addPickledNumpyTensors(Checkpoint &ckpt)
{
    // An ndarray is pickled through numpy's _reconstruct: without that global (every pickle's
    // globals are findings) there is none, and a 100k-key tree need not be walked.
    const bool anyArray = std::any_of(ckpt.findings.begin(), ckpt.findings.end(), [](const Finding &f) {
        return f.global.startsWith(QLatin1String("numpy")) && f.global.endsWith(QLatin1String("._reconstruct"));
    });
    if (!anyArray)
        return;
    std::unordered_set<const Value *> seen;
    // Depth-first with an explicit stack: hostile nesting must not overflow ours. Shared
    // pointers: an object's "__args__" child is a tuple made for the walk, which must live
    // until it has been walked (and its address must not be reused while `seen` has it).
    std::vector<std::pair<ValuePtr, int>> todo;
    std::vector<ValuePtr> walked;
    if (ckpt.root)
        todo.emplace_back(ckpt.root, 0);
    for (const auto &side : ckpt.sideTrees)
        if (side.second)
            todo.emplace_back(side.second, 0);
    while (!todo.empty()) {
        const ValuePtr v = std::move(todo.back().first);
        const int depth = todo.back().second; // a plain variable: lambdas capture it (clang 14)
        todo.pop_back();
        if (depth > kMaxDepth || !seen.insert(v.get()).second)
            continue;
        walked.push_back(v);
        if (v->kind == Value::Kind::NumpyArray && !v->state() && !v->bytes().isEmpty()) {
            addNumpyTensor(ckpt, *v, -1, ByteSource::fromBytes(v->bytes(), QStringLiteral("numpy array")));
            continue;
        }
        if (!v->isContainer())
            continue;
        forEachChild(*v, [&todo, depth](const PathPart &, const ValuePtr &child) {
            if (child)
                todo.emplace_back(child, depth + 1);
        });
    }
}

} // namespace ckpt
