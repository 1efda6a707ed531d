#pragma once

#include "model/convert/WriterRegistry.h"
#include "model/stats/StatsTypes.h"

#include <QObject>
#include <QString>

namespace ckpt {

enum class Theme { System, Light, Dark };

// The user's choices, kept in QSettings under "preferences/". Read where they are used
// (the histogram's bins, the Convert dock's format, cast, shard size and verify box, the recent-files
// list, the language and theme); changed() tells open windows to pick them up.
class Preferences : public QObject {
    Q_OBJECT
public:
    static Preferences *instance();

    struct Values {
        int histogramBins = 64;
        BinMode binning = BinMode::Uniform;
        QString saveFormat = defaultWriter().name(); // a writer's --format name
        bool verifyAfterWriting = false;
        QString castDType = QStringLiteral("float16"); // what the Convert dock's cast step offers first
        QString shardSize; // "5GB" as --max-shard-size takes it; empty: one file
        int recentFilesCount = 10;
        QString language; // "de", "zh_CN"; empty: the system's
        Theme theme = Theme::System;
        bool operator==(const Values &o) const;
        bool operator!=(const Values &o) const { return !(*this == o); }
    };
    static constexpr int kMaxHistogramBins = 4096;
    static constexpr int kMaxRecentFiles = 30;

    static Values defaults() { return Values {}; }
    Values values() const;
    // Stores every value and emits changed() if any differs from what was stored.
    void setValues(const Values &v);

Q_SIGNALS:
    void changed();

private:
    using QObject::QObject;
};

} // namespace ckpt
