// The zip directory (central directory, zip64, local headers, inflate) and the torch zip
// reader on top of it.
#include "model/formats/Readers.h"
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
            QString error;
            zip.readEntry(e, &bytes, &error, true);
            zip.crcMatches(e);
        }
        zip.find(QStringLiteral("data.pkl"));
    }
    ckpt::Checkpoint c;
    ckpt::readTorchZip(src, c);
    fuzz::exercise(c);
    return 0;
}
