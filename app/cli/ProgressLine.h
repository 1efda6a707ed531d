#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

// A long command's progress, "\rconvert 42%" on stderr, shown only when stderr is a
// terminal (and the caller wants it): what goes to pipes and files stays as it was. The
// line is rewritten when the percentage changes and cleared by clear() or at the end.
class ProgressLine {
public:
    ProgressLine(const char *what, bool wanted);
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    bool shown() const { return m_shown; }
    // The sink the core's calls take (`done` of `total`); empty when not shown. The core
    // calls it from one thread at a time.
    std::function<void(qint64 done, qint64 total)> sink();
    void clear();

private:
    const char *m_what;
    bool m_shown;
    std::atomic<int> m_percent { -1 };
};
