// The decision memo as a PDF (File > Export Report…, `ftroi --export-report`):
// per scenario its summary, its key charts drawn as vectors, its assumptions;
// then the methodology appendix. A4, or US Letter where the locale uses it;
// text selectable, fonts embedded (Qt's PDF engine). Written atomically.
#pragma once

#include "core/io/documentformat.h"

#include <QList>
#include <QLocale>
#include <QPageSize>
#include <QString>

namespace ftroi {

struct ReportOptions {
    QString documentName; // shown under each scenario's title
    QLocale locale;       // numbers, dates and the paper size
};

// US Letter for the United States, Canada, Mexico and the other Letter
// countries, else A4.
QPageSize::PageSizeId reportPageSize(const QLocale &locale);

// Writes the memo of `scenarios` (indices into `document`, in that order) to
// `path`; false with `error` naming the file and the reason when it cannot.
bool writeReport(const ScenarioDocument &document, const QList<int> &scenarios, const QString &path, QString *error,
                 const ReportOptions &options = {});

} // namespace ftroi
