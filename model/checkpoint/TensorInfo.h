#pragma once

#include "model/checkpoint/DType.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <vector>

namespace ckpt {

class ByteSource;

// One step from the root: a string key / attribute name, or an integer index or key.
struct PathPart {
    bool isIndex = false;
    qint64 index = 0;
    QString key;

    static PathPart ofKey(const QString &k)
    {
        PathPart p;
        p.key = k;
        return p;
    }
    static PathPart ofIndex(qint64 i)
    {
        PathPart p;
        p.isIndex = true;
        p.index = i;
        return p;
    }
    QString toString() const { return isIndex ? QString::number(index) : key; }
    bool operator==(const PathPart &o) const
    {
        return isIndex == o.isIndex && (isIndex ? index == o.index : key == o.key);
    }
};
using Path = std::vector<PathPart>;

// "model_state_dict/fc.weight": the slash-joined form the CLI globs match against.
QString pathToString(const Path &path);

// One piece of a tensor a DCP rank saved (FORMATS.md D5): a complete torch.save blob
// inside a .distcp file, holding the block [offsets, offsets + sizes) of the whole tensor.
struct StorageChunk {
    std::vector<qint64> offsets; // where the block starts in the whole tensor
    std::vector<qint64> sizes; // the block's shape
    QString file; // absolute path of the .distcp file
    qint64 itemOffset = 0; // the torch.save blob: first byte in the file and length
    qint64 itemLength = 0;
    // The block's own tensor inside the blob: its storage's first byte in the file, size
    // and byte order, and the view (the storage may be larger than the block).
    qint64 dataOffset = -1;
    qint64 dataBytes = 0;
    bool bigEndian = false;
    qint64 storageOffset = 0; // in elements
    std::vector<qint64> strides;
};

// Where a storage's bytes are in the file.
struct StorageInfo {
    QString key; // record key ("0", "140234..." ) as saved
    // Zip folder of the storage's record ("data/"), empty if not zip: the record is
    // recordDir + key, joined when asked (one string per storage is megabytes at 100k).
    QString recordDir;
    QString recordName() const { return recordDir.isEmpty() ? QString() : recordDir + key; }
    DType dtype = DType::Unknown;
    QString device; // location tag as saved: "cpu", "cuda:1", "mps"
    qint64 numel = 0; // elements of `dtype` the storage holds
    qint64 fileOffset = -1; // first byte in the file; -1 if not located (compressed, missing)
    qint64 nbytes = 0; // bytes the storage occupies
    bool compressed = false; // zip record is deflated: bytes must be inflated to read
    bool bigEndian = false; // byteorder record said "big"
    QString file; // file holding the bytes (a shard); empty: the checkpoint's own file
    // Bytes held in memory instead (a numpy array pickled inside the file, a deflated .npz
    // record): read from here, `fileOffset` unused.
    std::shared_ptr<ByteSource> inlineBytes;
    // DCP: the storage is a whole tensor of shape `chunkedShape` assembled from these
    // blocks (fileOffset -1); its bytes are read through the tensor layer's ChunkedSource.
    bool chunked = false;
    std::vector<StorageChunk> chunks;
    std::vector<qint64> chunkedShape;
};

// torch.qscheme of a quantized tensor, as its _rebuild_qtensor call names it.
enum class QScheme {
    Unknown, // a name we do not know (the tensor's values cannot be dequantized)
    PerTensorAffine,
    PerTensorSymmetric,
    PerChannelAffine,
    PerChannelSymmetric,
    PerChannelAffineFloatQParams,
};
// "per_tensor_affine", ... ("unknown"); and back (Unknown for any other name).
QString qschemeName(QScheme s);
QScheme qschemeFromName(const QString &name);
// One scale and zero point for the whole tensor, or one per channel along `axis`.
bool isPerTensor(QScheme s);
bool isPerChannel(QScheme s);

// How a tensor's elements are stored. Strided: in a storage of the file, at an offset
// with strides. Meta: nowhere (_rebuild_meta_tensor_no_storage; shape and dtype only).
enum class TensorLayout { Strided, Meta };
QString layoutName(TensorLayout l); // "strided", "meta"

struct QuantInfo {
    QScheme scheme = QScheme::Unknown;
    double scale = 0.0;
    qint64 zeroPoint = 0;
    int axis = -1; // per-channel axis
    int scalesTensor = -1; // per-channel: indexes into Checkpoint::tensors of the
    int zeroPointsTensor = -1; // scales and zero points (rebuild arguments, not in the tree)
};

struct TensorInfo {
    Path path; // first path at which the tensor appears in the tree
    bool reached = false; // the tree walk found it (a root tensor has an empty path);
                          // false for rebuild arguments such as per-channel quantizer scales
    DType dtype = DType::Unknown;
    std::vector<qint64> shape;
    std::vector<qint64> strides;
    qint64 storageOffset = 0; // in elements
    int storageIndex = -1; // into Checkpoint::storages; -1 for meta / no storage
    bool requiresGrad = false;
    bool isParameter = false;
    bool isQuantized = false;
    QuantInfo quant;
    TensorLayout layout = TensorLayout::Strided;
    QString rebuiltBy; // reconstructor, e.g. "torch._utils._rebuild_tensor_v2"
    QString subclass; // tensor subclass from _rebuild_from_type_v2, if any
    // A numpy.ndarray read as a tensor (its dtype code, "f4"); empty for torch tensors.
    // torch output keeps it an ndarray; everything that reads values treats it as a tensor.
    QString numpyDtype;

    qint64 numel() const;
    qint64 nbytes() const; // numel * element size (bytes used)
    bool isContiguous() const;
};

// Row-major strides of `shape` as torch computes them (a size-0 dimension counts as 1).
std::vector<qint64> contiguousStrides(const std::vector<qint64> &shape);

} // namespace ckpt
