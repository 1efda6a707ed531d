// Differential: one file read by both of ZipDirectory's rule sets (PyTorch's miniz, Python's
// zipfile). Neither may crash or read outside the file; where both read it, nothing is
// prepended, no name repeats and both walk the same number of records, they must list the
// same records at the same places (else a scan of one reading misses what the other loads).
#include "model/io/ZipDirectory.h"
#include "tests/fuzz/FuzzCommon.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ckpt::ByteSourcePtr src = fuzz::source(data, size);
    ckpt::ZipDirectory miniz(ckpt::ZipDirectory::Rules::Miniz), zipfile(ckpt::ZipDirectory::Rules::PythonZipfile);
    const bool minizOk = miniz.read(src), zipfileOk = zipfile.read(src);
    for (ckpt::ZipDirectory *zip : { &miniz, &zipfile }) {
        zip->setMaxInflatedSize(1 << 20);
        for (const ckpt::ZipEntry &e : zip->entries()) {
            QByteArray bytes;
            ckpt::Phrase error;
            zip->readEntry(e, &bytes, &error, true);
        }
    }
    if (!minizOk || !zipfileOk || zipfile.concatOffset() != 0 || miniz.hasCaseInsensitiveDuplicates()
        || zipfile.hasCaseInsensitiveDuplicates() || miniz.entries().size() != zipfile.entries().size())
        return 0;
    for (size_t i = 0; i < miniz.entries().size(); ++i) {
        const ckpt::ZipEntry &a = miniz.entries()[i], &b = zipfile.entries()[i];
        if (a.name != b.name)
            continue; // non-ASCII names decode differently (UTF-8 vs cp437), or cut at a NUL
        if (a.localHeaderOffset != b.localHeaderOffset || (!b.openError && a.dataOffset != b.dataOffset))
            std::abort();
    }
    return 0;
}
