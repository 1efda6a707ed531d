// Differential: ZipDirectory against miniz's rules written out again here, independently
// (PyTorch's third_party/miniz-2.x: mz_zip_reader_locate_header_sig, the directory walk of
// mz_zip_reader_read_central_dir, mz_zip_reader_locate_file's heap sort and binary search).
// Where both accept a file they must list the same records and resolve every name to the
// same one, or a scan would read bytes torch does not (or miss the ones it does).
#include "model/io/ZipDirectory.h"
#include "tests/fuzz/FuzzCommon.h"

#include <cstdlib>
#include <string>
#include <vector>

namespace {
uint32_t rd(const uint8_t *p, int n)
{
    uint32_t v = 0;
    for (int i = n - 1; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}
uint64_t rd64(const uint8_t *p)
{
    return uint64_t(rd(p, 4)) | (uint64_t(rd(p + 4, 4)) << 32);
}
int lower(int c)
{
    return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

struct Miniz {
    std::vector<std::string> names;
    std::vector<uint32_t> order;

    bool read(const uint8_t *d, size_t size)
    {
        if (size < 22)
            return false;
        // The last signature with 22 bytes after it, within the last 64 KiB + 22 (+ a block).
        int64_t eocd = -1;
        for (int64_t block = int64_t(size) > 4096 ? int64_t(size) - 4096 : 0;;) {
            const int64_t n = std::min<int64_t>(4096, int64_t(size) - block);
            for (int64_t i = n - 4; i >= 0; --i)
                if (rd(d + block + i, 4) == 0x06054b50 && int64_t(size) - (block + i) >= 22) {
                    eocd = block + i;
                    break;
                }
            if (eocd >= 0 || block == 0 || int64_t(size) - block >= 65535 + 22)
                break;
            block = block > 4093 ? block - 4093 : 0;
        }
        if (eocd < 0)
            return false;
        const uint8_t *e = d + eocd;
        uint64_t total = rd(e + 10, 2), onDisk = rd(e + 8, 2), cdSize = rd(e + 12, 4), cdOfs = rd(e + 16, 4);
        uint32_t disk = rd(e + 4, 2), cdDisk = rd(e + 6, 2);
        if (eocd >= 76 && rd(e - 20, 4) == 0x07064b50) {
            const uint64_t z = rd64(e - 20 + 8);
            if (z > size - 56)
                return false;
            if (rd(d + z, 4) == 0x06064b50) {
                if (rd64(d + z + 4) < 44 || rd(e - 20 + 16, 4) != 1)
                    return false;
                total = rd64(d + z + 32);
                onDisk = rd64(d + z + 24);
                cdSize = rd64(d + z + 40);
                if (total > 0xffffffffu || onDisk > 0xffffffffu || cdSize > 0xffffffffu)
                    return false;
                disk = rd(d + z + 16, 4);
                cdDisk = rd(d + z + 20, 4);
                cdOfs = rd64(d + z + 48);
            }
        }
        if (total != onDisk || ((disk | cdDisk) != 0 && (disk != 1 || cdDisk != 1)))
            return false;
        if (cdSize < total * 46 || cdOfs + cdSize > size)
            return false;
        const uint8_t *p = d + cdOfs;
        uint64_t left = cdSize;
        for (uint64_t i = 0; i < total; ++i) {
            if (left < 46 || rd(p, 4) != 0x02014b50)
                return false;
            const uint64_t len = 46 + rd(p + 28, 2) + rd(p + 30, 2) + rd(p + 32, 2);
            if (len > left)
                return false;
            names.emplace_back(reinterpret_cast<const char *>(p + 46), rd(p + 28, 2));
            p += len;
            left -= len;
        }
        for (uint32_t i = 0; i < names.size(); ++i)
            order.push_back(i);
        auto less = [this](uint32_t a, uint32_t b) {
            const std::string &l = names[a], &r = names[b];
            for (size_t i = 0; i < std::min(l.size(), r.size()); ++i)
                if (lower(uint8_t(l[i])) != lower(uint8_t(r[i])))
                    return lower(uint8_t(l[i])) < lower(uint8_t(r[i]));
            return l.size() < r.size();
        };
        const uint64_t n = order.size();
        auto sift = [&](uint64_t root, uint64_t end) {
            for (uint64_t child; (child = 2 * root + 1) < end; root = child) {
                if (child + 1 < end && less(order[child], order[child + 1]))
                    ++child;
                if (!less(order[root], order[child]))
                    break;
                std::swap(order[root], order[child]);
            }
        };
        if (n > 1) {
            for (uint64_t s = (n - 2) / 2 + 1; s-- > 0;)
                sift(s, n);
            for (uint64_t end = n - 1; end > 0; --end) {
                std::swap(order[0], order[end]);
                sift(0, end);
            }
        }
        return true;
    }

    int locate(const std::string &q) const
    {
        int64_t l = 0, h = int64_t(order.size()) - 1;
        while (l <= h) {
            const int64_t m = l + (h - l) / 2;
            const std::string &s = names[order[size_t(m)]];
            int c = 0;
            size_t i = 0;
            for (; i < std::min(s.size(), q.size()) && !c; ++i)
                c = lower(uint8_t(s[i])) - lower(uint8_t(q[i]));
            if (!c)
                c = int(s.size()) - int(q.size());
            if (!c)
                return int(order[size_t(m)]);
            (c < 0 ? l : h) = c < 0 ? m + 1 : m - 1;
        }
        return -1;
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ckpt::ByteSourcePtr src = fuzz::source(data, size);
    ckpt::ZipDirectory zip;
    Miniz miniz;
    if (!zip.read(src) || !miniz.read(data, size))
        return 0;
    if (zip.entries().size() != miniz.names.size())
        std::abort();
    for (size_t i = 0; i < miniz.names.size(); ++i) {
        if (zip.entries()[i].name.toUtf8().toStdString() != miniz.names[i])
            continue; // names that are not UTF-8: ours decodes them
        const ckpt::ZipEntry *ours = zip.findFull(zip.entries()[i].name);
        const int theirs = miniz.locate(miniz.names[i]);
        if (!ours || int(ours - zip.entries().data()) != theirs)
            std::abort();
    }
    return 0;
}
