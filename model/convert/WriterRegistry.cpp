#include "model/convert/WriterRegistry.h"

#include "model/convert/Writers.h"

#include <memory>

namespace ckpt {

namespace {
struct Registry {
    std::vector<std::unique_ptr<FormatWriter>> owned;
    std::vector<const FormatWriter *> writers;

    Registry()
    {
        add(std::make_unique<TorchWriter>()); // the default
        add(std::make_unique<SafetensorsWriter>());
        add(std::make_unique<PackageWriter>());
        add(std::make_unique<DcpWriter>());
    }
    void add(std::unique_ptr<FormatWriter> w)
    {
        writers.push_back(w.get());
        owned.push_back(std::move(w));
    }
};

const Registry &registry()
{
    static const Registry r;
    return r;
}
} // namespace

const std::vector<const FormatWriter *> &formatWriters()
{
    return registry().writers;
}

const FormatWriter &writerForFileName(const QString &path)
{
    for (const FormatWriter *w : formatWriters())
        if (!w->writesFolder() && path.endsWith(w->suffix(), Qt::CaseInsensitive))
            return *w;
    return defaultWriter(); // a folder format is chosen by name, never by a file name
}

const FormatWriter &defaultWriter()
{
    return *formatWriters().front();
}

const FormatWriter *findWriter(const QString &name)
{
    for (const FormatWriter *w : formatWriters())
        if (w->name() == name)
            return w;
    return nullptr;
}

QString writerNames()
{
    QStringList names;
    for (const FormatWriter *w : formatWriters())
        names << w->name();
    const QString last = names.takeLast();
    return names.isEmpty() ? last : names.join(QStringLiteral(", ")) + QStringLiteral(" or ") + last;
}

QString saveDialogFilters(const FormatWriter &writer)
{
    return dialogFilters({ &writer }, QString());
}

} // namespace ckpt
