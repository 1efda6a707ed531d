#pragma once

#include <QStringList>

// Each command parses its own options and returns the process exit code:
// 0 success, 1 a "yes" answer that scripts test for (dangerous, different), 2 an error.
int runInfo(const QStringList &args);
int runScan(const QStringList &args);
int runConvert(const QStringList &args);
int runStats(const QStringList &args);

// Prints "ckpt: FILE: problem" to stderr and returns 2.
int reportError(const QString &file, const QString &problem);
