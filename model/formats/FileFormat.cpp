#include "model/formats/FileFormat.h"

#include <QCoreApplication>

namespace ckpt {

QString FileFormat::displayName() const
{
    return QCoreApplication::translate("ckpt::FileFormat", description());
}

QString FileFormat::dialogFilter() const
{
    return QStringLiteral("%1 (%2)").arg(displayName(), nameFilters().join(QLatin1Char(' ')));
}

QString dialogFilters(
    const std::vector<const FileFormat *> &formats, const QString &allLabel, const QStringList &extraPatterns)
{
    QStringList entries, every;
    for (const FileFormat *f : formats) {
        entries << f->dialogFilter();
        for (const QString &p : f->nameFilters())
            if (!every.contains(p))
                every << p;
    }
    every << extraPatterns;
    if (!allLabel.isEmpty())
        entries.prepend(QStringLiteral("%1 (%2)").arg(allLabel, every.join(QLatin1Char(' '))));
    entries << QCoreApplication::translate("ckpt::FileFormat", "All files (*)");
    return entries.join(QStringLiteral(";;"));
}

} // namespace ckpt
