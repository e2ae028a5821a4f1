// ftroi --export-report FILE --scenario N|NAME|all --out memo.pdf: the
// decision memo without a window (File > Export Report… in the app).
#pragma once

class QCommandLineParser;

int exportReport(const QCommandLineParser &parser);
