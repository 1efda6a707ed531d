#include "model/formats/FormatRegistry.h"

#include "model/formats/Readers.h"
#include "model/io/ZipDirectory.h"

#include <memory>

namespace ckpt {

namespace {
struct Registry {
    std::vector<std::unique_ptr<FormatReader>> owned;
    std::vector<const FormatReader *> readers;

    // Detection order: the first reader that recognises the bytes reads them.
    Registry()
    {
        add(std::make_unique<TorchScriptReader>()); // a zip with code/: before torch-zip
        add(std::make_unique<NumpyReader>()); // .npy, and a zip of .npy records: before torch-zip
        add(std::make_unique<TorchZipReader>());
        add(std::make_unique<TorchLegacyReader>()); // its magic is a pickle: before pickle
        add(std::make_unique<SafetensorsReader>()); // a header of 128 + 256k bytes starts like a pickle
        add(std::make_unique<DcpReader>()); // DCP's .metadata is a pickle: before pickle
        add(std::make_unique<PickleReader>());
        add(std::make_unique<ShardedIndexReader>());
        add(std::make_unique<TrainerFolderReader>()); // folders only
    }
    void add(std::unique_ptr<FormatReader> r)
    {
        readers.push_back(r.get());
        owned.push_back(std::move(r));
    }
};

const Registry &registry()
{
    static const Registry r;
    return r;
}
} // namespace

ZipContents FormatProbe::zipContents() const
{
    if (!m_zip) {
        auto zip = std::make_shared<ZipDirectory>();
        m_zip = !ZipDirectory::looksLikeZip(*m_src) ? ZipContents::NotZip
            : zip->read(m_src)                      ? classifyZip(*zip)
                                                    : ZipContents::Unreadable;
        if (*m_zip != ZipContents::NotZip && *m_zip != ZipContents::Unreadable)
            m_directory = std::move(zip);
    }
    return *m_zip;
}

const std::vector<const FormatReader *> &formatReaders()
{
    return registry().readers;
}

const FormatReader *findReader(const QString &name)
{
    for (const FormatReader *r : formatReaders())
        if (r->name() == name)
            return r;
    return nullptr;
}

const FormatReader *findReader(Format format)
{
    for (const FormatReader *r : formatReaders())
        if (r->format() == format)
            return r;
    return nullptr;
}

const FormatReader *detectFormat(const ByteSourcePtr &src)
{
    return detectFormat(FormatProbe(src));
}

const FormatReader *detectFormat(const FormatProbe &probe)
{
    for (const FormatReader *r : formatReaders())
        if (r->recognises(probe))
            return r;
    return nullptr;
}

QString openDialogFilters(const QString &allLabel, const QStringList &extraPatterns)
{
    const std::vector<const FileFormat *> formats(formatReaders().begin(), formatReaders().end());
    return dialogFilters(formats, allLabel, extraPatterns);
}

} // namespace ckpt
