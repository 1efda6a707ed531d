#pragma once

#include "model/common/Phrase.h"

#include <QString>

#include <functional>

namespace ckpt {

// A folder that becomes the target only on commit(), as OutputFile does for one file:
// its files are written into a hidden sibling (".NAME.ckpt-XXXXXX", locked while it is
// written, so a later create() beside it removes those whose writer is gone), which
// commit() fsyncs and renames into place. The target may be missing or an empty folder;
// a folder holding only entries `replaceable` accepts (an earlier output of the same
// format) is replaced whole, as a file target is; anything else is refused, so nothing
// else is ever removed. Removed with what it holds by discard() or the destructor unless
// committed: a failed or cancelled write leaves the target as it was.
class OutputFolder {
public:
    using Replaceable = std::function<bool(const QString &entryName)>;

    OutputFolder() = default;
    OutputFolder(const OutputFolder &) = delete;
    OutputFolder &operator=(const OutputFolder &) = delete;
    ~OutputFolder();

    bool create(const QString &target, const Replaceable &replaceable, Phrase *error);
    // Where the files go until commit().
    QString path() const { return m_temp; }
    QString target() const { return m_target; }
    bool commit(Phrase *error);
    void discard();

    static void removeAbandonedBeside(const QString &target);

private:
    bool checkTarget(Phrase *error) const;

    QString m_target;
    QString m_temp;
    Replaceable m_replaceable;
    int m_lockFd = -1;
    bool m_committed = false;
};

} // namespace ckpt
