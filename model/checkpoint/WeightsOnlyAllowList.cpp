#include "model/checkpoint/WeightsOnlyAllowList.h"

#include <QHash>
#include <QSet>
#include <QStringList>

// PyTorch's weights_only allow-list and the name spellings around it, cross-checked against
//  - PyTorch 1.13 (Debian python3-torch 1.13.1): /usr/lib/python3/dist-packages/torch/
//    _weights_only_unpickler.py `_get_allowed_globals()`, 90 entries (tests/test_safety.cpp
//    compares them with the installed module when it is there);
//  - newer PyTorch (pytorch/pytorch main): torch/_weights_only_unpickler.py `_get_allowed_globals()`
//    with torch/storage.py `_dtype_to_storage_type_map()` and `_new_dtypes()`. What 2.x releases
//    added when is mostly not recorded here: entries 1.13 lacks count as sure for >= 2.6 and
//    only as maybe for 2.0-2.5 (see allowTables()).
// model/safety grades by it; WeightsOnly.h answers per release with it.
// 1.13 lacks: collections.Counter, torch.device, _codecs.encode, builtins.bytearray/set/complex,
// every dtype but complex32/64/128, float16/32/64 and int8/16/32/64 (so no bfloat16, bool, uint8,
// quantized or float8 dtypes), the quantization schemes, _rebuild_parameter_with_state,
// _rebuild_qtensor, _rebuild_tensor_v3, _rebuild_wrapper_subclass,
// _rebuild_device_tensor_from_numpy/_cpu_tensor, torch._tensor._rebuild_from_type_v2, and the
// Python-2 name mapping (__builtin__.set). Newer PyTorch lacks 1.13's _rebuild_sparse_csr_tensor
// (folded into _rebuild_sparse_tensor); we keep it as allowed.
// Not in either list although they look harmless: dtype aliases (torch.float: str() of a dtype
// is always the canonical torch.float32), torch.UntypedStorage (the key is
// torch.storage.UntypedStorage), layouts and memory formats, numpy anything.

namespace ckpt {
namespace {

QString L(const char *s)
{
    return QString::fromLatin1(s);
}

// PyTorch's dtype names as str(dtype) prints them (the allow-list keys).
const char *const kDtypes113[] = {
    // 1.13 _get_allowed_globals(): only these ten
    "complex32",
    "complex64",
    "complex128",
    "float16",
    "float32",
    "float64",
    "int8",
    "int16",
    "int32",
    "int64",
};
const char *const kDtypesNewer[] = {
    // _dtype_to_storage_type_map()
    "float64",
    "float32",
    "float16",
    "int64",
    "int32",
    "int16",
    "int8",
    "uint8",
    "bool",
    "bfloat16",
    "complex128",
    "complex64",
    "qint8",
    "qint32",
    "quint8",
    "quint4x2",
    "quint2x4",
    // _new_dtypes()
    "float8_e5m2",
    "float8_e4m3fn",
    "float8_e5m2fnuz",
    "float8_e4m3fnuz",
    "float8_e8m0fnu",
    "float4_e2m1fn_x2",
    "bits8",
    "bits16",
    "bits1x8",
    "bits2x4",
    "bits4x2",
    "complex32",
    "uint16",
    "uint32",
    "uint64",
    // uint1-7, int1-7
    "uint1",
    "uint2",
    "uint3",
    "uint4",
    "uint5",
    "uint6",
    "uint7",
    "int1",
    "int2",
    "int3",
    "int4",
    "int5",
    "int6",
    "int7",
};

const char *const kTensorScalars[]
    = { "Byte", "Char", "Double", "Float", "Int", "Long", "Short", "Half", "Bool", "BFloat16" };
const char *const kStorageScalars[] = { "Double", "Float", "Half", "Long", "Int", "Short", "Char", "Byte", "Bool",
    "BFloat16", "ComplexDouble", "ComplexFloat", "QInt8", "QInt32", "QUInt8", "QUInt4x2", "QUInt2x4" };

const char *const kRebuild113[]
    = { "_rebuild_parameter", "_rebuild_tensor", "_rebuild_tensor_v2", "_rebuild_sparse_tensor",
          "_rebuild_meta_tensor_no_storage", "_rebuild_sparse_csr_tensor" /* 1.13 only; gone in 2.x */ };
const char *const kRebuildNewer[]
    = { "_rebuild_parameter", "_rebuild_parameter_with_state", "_rebuild_qtensor", "_rebuild_tensor",
          "_rebuild_tensor_v2", "_rebuild_tensor_v3", "_rebuild_sparse_tensor", "_rebuild_meta_tensor_no_storage",
          "_rebuild_wrapper_subclass", "_rebuild_device_tensor_from_numpy", "_rebuild_device_tensor_from_cpu_tensor" };

constexpr TorchReleases k113 = releaseBit(TorchRelease::Torch1_13);
constexpr TorchReleases k2x = releaseBit(TorchRelease::Torch2_0To2_5) | releaseBit(TorchRelease::Torch2_6Plus);
constexpr TorchReleases k20 = releaseBit(TorchRelease::Torch2_0To2_5);
constexpr TorchReleases k26 = releaseBit(TorchRelease::Torch2_6Plus);

// Per name: the release groups whose every release accepts it (sure), and those where some
// release does or may (maybe, a superset): the 2.x list grew release by release.
struct AllowTables {
    struct Entry {
        TorchReleases sure = 0, maybe = 0;
    };
    QHash<QString, Entry> releases;
    QStringList ordered;
    void add(const QString &full, TorchReleases sure, TorchReleases maybe)
    {
        auto it = releases.find(full);
        if (it == releases.end()) {
            releases.insert(full, { sure, sure | maybe });
            ordered << full;
        } else {
            it->sure |= sure;
            it->maybe |= sure | maybe;
        }
    }
    void add(const QString &full, TorchReleases in) { add(full, in, 0); }
};

const AllowTables &allowTables()
{
    static const AllowTables t = [] {
        AllowTables a;
        // 1.13 (/usr/lib/python3/dist-packages/torch/_weights_only_unpickler.py). Names it
        // shares with the newest list were in every release between.
        for (const char *n : { "collections.OrderedDict", "torch.nn.parameter.Parameter",
                 "torch.serialization._get_layout", "torch.Size", "torch.Tensor" })
            a.add(L(n), k113);
        for (const char *d : kDtypes113)
            a.add(QStringLiteral("torch.") + L(d), k113);
        for (const char *f : kRebuild113)
            a.add(QStringLiteral("torch._utils.") + L(f), k113);
        // Newer PyTorch (pytorch/pytorch main). An entry 1.13 lacks was added during 2.x, in a
        // release not recorded here: an early 2.x may refuse it (a 2.2-era list still lacked
        // torch.device, bool and bfloat16 dtypes and every quantized rebuild), so 2.0-2.5 only
        // "maybe" accepts it, while 2.6 (which made weights_only the default) has it.
        auto newer = [&a](const QString &full) {
            const bool in113 = a.releases.value(full).sure & k113;
            a.add(full, in113 ? k2x : k26, in113 ? 0 : k20);
        };
        for (const char *n : { "collections.OrderedDict", "collections.Counter", "torch.nn.parameter.Parameter",
                 "torch.serialization._get_layout", "torch.Size", "torch.Tensor", "torch.device", "_codecs.encode",
                 "builtins.bytearray" })
            newer(L(n));
        // PR #138866 (merged 2024-10-25, after 2.5 shipped): 2.6 on.
        a.add(QStringLiteral("builtins.set"), k26);
        // Added around 2.6 or later (release not recorded here): newer releases accept it.
        a.add(QStringLiteral("builtins.complex"), 0, k26);
        for (const char *d : kDtypesNewer) {
            const QString full = QStringLiteral("torch.") + L(d);
            // dtypes that first exist after 2.6 (torch 2.7's float8_e8m0fnu, 2.8's float4)
            if (qstrcmp(d, "float8_e8m0fnu") == 0 || qstrcmp(d, "float4_e2m1fn_x2") == 0)
                a.add(full, 0, k26);
            else
                newer(full);
        }
        for (const char *q : { "per_tensor_affine", "per_tensor_symmetric", "per_channel_affine",
                 "per_channel_symmetric", "per_channel_affine_float_qparams" })
            newer(QStringLiteral("torch.") + L(q));
        for (const char *f : kRebuildNewer)
            newer(QStringLiteral("torch._utils.") + L(f));
        newer(QStringLiteral("torch._tensor._rebuild_from_type_v2"));
        // 1.13's _rebuild_sparse_csr_tensor was folded into _rebuild_sparse_tensor during 2.x.
        a.add(QStringLiteral("torch._utils._rebuild_sparse_csr_tensor"), 0, k20);
        // Tensor classes (torch._tensor_classes; the same 38 in 1.13 and newer:
        // torch/csrc/utils/tensor_types.cpp all_declared_types(), no sparse Bool)
        for (const char *prefix : { "torch.", "torch.cuda.", "torch.sparse.", "torch.cuda.sparse." }) {
            const bool sparse = QByteArray(prefix).contains("sparse");
            for (const char *s : kTensorScalars)
                if (!(sparse && qstrcmp(s, "Bool") == 0))
                    a.add(L(prefix) + L(s) + QStringLiteral("Tensor"), kAllTorchReleases);
        }
        // Storage classes (torch._storage_classes; the same 31 in 1.13 and newer)
        for (const char *s : kStorageScalars)
            a.add(QStringLiteral("torch.") + L(s) + QStringLiteral("Storage"), kAllTorchReleases);
        for (int i = 0; i < 12; ++i) // CUDA has no quantized storages
            a.add(QStringLiteral("torch.cuda.") + L(kStorageScalars[i]) + QStringLiteral("Storage"), kAllTorchReleases);
        a.add(QStringLiteral("torch.storage.UntypedStorage"), kAllTorchReleases);
        a.add(QStringLiteral("torch.storage.TypedStorage"), kAllTorchReleases);
        return a;
    }();
    return t;
}

} // namespace

TorchReleases allowedIn(const QString &fullName)
{
    return allowTables().releases.value(fullName).sure;
}

TorchReleases possiblyAllowedIn(const QString &fullName)
{
    return allowTables().releases.value(fullName).maybe;
}

QStringList allowedGlobals()
{
    return allowTables().ordered;
}

bool mapPython2Name(QString *module, QString *name)
{
    // torch/_utils.py NAME_MAPPING, then IMPORT_MAPPING (as _read_global_instruction applies them)
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h;
        const char *const pairs[][2] = {
            { "__builtin__.xrange", "builtins.range" },
            { "__builtin__.reduce", "functools.reduce" },
            { "__builtin__.intern", "sys.intern" },
            { "__builtin__.unichr", "builtins.chr" },
            { "__builtin__.unicode", "builtins.str" },
            { "__builtin__.long", "builtins.int" },
            { "itertools.izip", "builtins.zip" },
            { "itertools.imap", "builtins.map" },
            { "itertools.ifilter", "builtins.filter" },
            { "itertools.ifilterfalse", "itertools.filterfalse" },
            { "itertools.izip_longest", "itertools.zip_longest" },
            { "UserDict.IterableUserDict", "collections.UserDict" },
            { "UserList.UserList", "collections.UserList" },
            { "UserString.UserString", "collections.UserString" },
            { "__builtin__.basestring", "builtins.str" },
            { "exceptions.StandardError", "builtins.Exception" },
            { "UserDict.UserDict", "collections.UserDict" },
        };
        for (const auto &p : pairs)
            h.insert(L(p[0]), L(p[1]));
        return h;
    }();
    static const QHash<QString, QString> modules = [] {
        QHash<QString, QString> h;
        const char *const pairs[][2] = {
            { "__builtin__", "builtins" },
            { "copy_reg", "copyreg" },
            { "Queue", "queue" },
            { "repr", "reprlib" },
            { "_abcoll", "collections.abc" },
            { "UserDict", "collections" },
            { "UserList", "collections" },
            { "UserString", "collections" },
            { "whichdb", "dbm" },
            { "StringIO", "io" },
            { "cStringIO", "io" },
        };
        for (const auto &p : pairs)
            h.insert(L(p[0]), L(p[1]));
        return h;
    }();
    const auto byName = names.constFind(*module + QLatin1Char('.') + *name);
    if (byName != names.constEnd()) {
        const int dot = byName->lastIndexOf(QLatin1Char('.'));
        *module = byName->left(dot);
        *name = byName->mid(dot + 1);
        return true;
    }
    const auto byModule = modules.constFind(*module);
    if (byModule != modules.constEnd()) {
        *module = *byModule;
        return true;
    }
    return false;
}

namespace {
TorchReleases acceptance(const QString &module, const QString &name, TorchReleases (*lookUp)(const QString &))
{
    constexpr TorchReleases k113 = releaseBit(TorchRelease::Torch1_13);
    QString m = module, n = name;
    mapPython2Name(&m, &n);
    return (lookUp(module + QLatin1Char('.') + name) & k113) | (lookUp(m + QLatin1Char('.') + n) & ~k113);
}
} // namespace

TorchReleases weightsOnlyAcceptance(const QString &module, const QString &name)
{
    return acceptance(module, name, allowedIn);
}

TorchReleases weightsOnlyPossibleAcceptance(const QString &module, const QString &name)
{
    return acceptance(module, name, possiblyAllowedIn);
}

} // namespace ckpt
