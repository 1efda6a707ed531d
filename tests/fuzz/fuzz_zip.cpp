// The zip directory (central directory, zip64, local headers, inflate) and the zip-based
// readers on top of it (torch.save, TorchScript), found through the registry.
#include "model/io/ZipDirectory.h"
#include "tests/fuzz/FuzzCommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ckpt::ByteSourcePtr src = fuzz::source(data, size);
    ckpt::ZipDirectory zip;
    zip.setMaxInflatedSize(1 << 20);
    if (zip.read(src)) {
        for (const ckpt::ZipEntry &e : zip.entries()) {
            QByteArray bytes;
            ckpt::Phrase error;
            zip.readEntry(e, &bytes, &error, true);
            zip.crcMatches(e);
        }
        zip.find(QStringLiteral("data.pkl"));
    }
    fuzz::read(ckpt::Format::TorchZip, src);
    fuzz::read(ckpt::Format::TorchScript, src);
    return 0;
}
