#pragma once

#include <QStringList>

#include <atomic>

#include <memory>

// Each command parses its own options and returns the process exit code:
// 0 success, 1 a "yes" answer that scripts test for (dangerous, different), 2 an error.
int runInfo(const QStringList &args);
int runScan(const QStringList &args);
int runConvert(const QStringList &args);
int runStats(const QStringList &args);
int runDiff(const QStringList &args);
int runCheck(const QStringList &args);
int runRuns(const QStringList &args);
int runMerge(const QStringList &args);
int runLora(const QStringList &args);

// While one lives, SIGINT and SIGTERM set flag() instead of ending the process: a command
// that writes then stops and leaves its target as it was.
class InterruptFlag {
public:
    InterruptFlag();
    ~InterruptFlag();
    InterruptFlag(const InterruptFlag &) = delete;
    InterruptFlag &operator=(const InterruptFlag &) = delete;
    const std::atomic_bool *flag() const;
};

class QCommandLineParser;

// Parses a command's arguments (help option included). Returns -1 to go on, or the exit
// code to return at once: 0 after printing --help, 2 after reporting a usage error.
int parseCommandLine(QCommandLineParser &parser, const QStringList &args);

// Prints "ckpt: FILE: problem" to stderr and returns 2.
int reportError(const QString &file, const QString &problem);

namespace ckpt {
struct Checkpoint;
}
// Leaves a checkpoint (or a result made of its keys) to the end of the process: freeing a
// 100k-node tree one node at a time costs more than printing it, and the command returns
// right after. It stays reachable, so leak checkers do not report it.
void keepUntilExit(std::shared_ptr<const void> kept);
