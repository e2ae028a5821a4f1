// Shared helpers for the chart tests: scenarios that exercise the charts, the
// seed examples, checks that Qt Charts was given only finite numbers and
// that the break-even chart's series sit on the right axes, and measures of
// a rendered image.
#pragma once

#include "core/engine/costengine.h"
#include "core/io/documentformat.h"
#include "testsupport.h"
#include "ui/charts/breakevenchart.h"
#include "ui/charts/scenariochartview.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QImage>
#include <QLogValueAxis>
#include <QSet>
#include <QValueAxis>
#include <QXYSeries>

#include <cmath>

namespace chartsupport {

using namespace ftroi;

inline const QString kUsd = QStringLiteral("USD");

inline Scenario autoSizedScenario()
{
    Scenario s = testsupport::baseScenario();
    s.selfHosted.fixedInstances.reset();
    return s;
}

// A scenario that pays back: the seed's worked example with equal review rates.
inline Scenario payingScenario()
{
    Scenario s = testsupport::baseScenario();
    s.selfHosted.reviewRate = s.api.reviewRate;
    return s;
}

inline ScenarioDocument seedDocument()
{
    const ReadResult read =
        readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
    if (!read.document)
        qFatal("seed examples: %s", qPrintable(read.error));
    return *read.document;
}

inline bool sameValue(double actual, double expected)
{
    return testsupport::closeRel(actual, expected, 1e-9) || std::abs(actual - expected) < 1e-9;
}

// Every number Qt Charts was given in `view`'s series and axes.
inline QString firstNonFinite(const ScenarioChartView &view)
{
    const QList<QAbstractSeries *> series = view.chart()->series();
    for (QAbstractSeries *s : series) {
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            for (const QPointF &p : xy->points())
                if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
                    return QStringLiteral("series \"%1\" has (%2, %3)").arg(s->name()).arg(p.x()).arg(p.y());
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets())
                for (int i = 0; i < set->count(); ++i)
                    if (!std::isfinite(set->at(i)))
                        return QStringLiteral("bar set \"%1\" has %2").arg(set->label()).arg(set->at(i));
        }
    }
    for (QAbstractAxis *axis : view.chart()->axes()) {
        if (auto *value = qobject_cast<QValueAxis *>(axis)) {
            if (!std::isfinite(value->min()) || !std::isfinite(value->max()) || !(value->max() > value->min()))
                return QStringLiteral("axis \"%1\" range %2..%3")
                    .arg(axis->titleText())
                    .arg(value->min())
                    .arg(value->max());
        } else if (auto *log = qobject_cast<QLogValueAxis *>(axis)) {
            if (!(log->min() > 0) || !std::isfinite(log->max()) || !(log->max() > log->min()))
                return QStringLiteral("log axis range %1..%2").arg(log->min()).arg(log->max());
        }
    }
    return QString();
}

// How far up the log cost axis `y` sits: 0 at the bottom, 1 at the top.
inline double logAxisFraction(const BreakEvenChart &chart, double y)
{
    const double lo = std::log10(chart.costMin());
    return (std::log10(y) - lo) / (std::log10(chart.costMax()) - lo);
}

// Negative self-hosted costs at high volume: fewer reviews save more than the fleet costs.
// The self-hosted model needs no reviews, the API many: the old review-cost
// delta made the self-hosted line negative; its whole cost never is.
inline Scenario negativeCostScenario()
{
    Scenario s = testsupport::baseScenario();
    s.selfHosted.reviewRate = 0;
    s.api.reviewRate = 0.1;
    s.reviewCost = 5;
    return s;
}

// Nothing costs anything: no cost above zero for a log axis.
inline Scenario zeroCostScenario()
{
    Scenario s = testsupport::baseScenario();
    s.api.inputPricePer1M = s.api.outputPricePer1M = 0;
    s.api.reviewRate = s.selfHosted.reviewRate = 0;
    s.selfHosted.instanceCostPerHour = 0;
    s.selfHosted.storagePricePerGbMonth = 0;
    s.project.computeCostPerRun = 0;
    s.project.hourlyRate = 0;
    return s;
}

// Each series sits on the volume axis and on the shown cost axis only.
inline QString wrongAxes(const BreakEvenChart &chart)
{
    const QList<QAbstractSeries *> series = chart.chart()->series();
    for (QAbstractSeries *s : series) {
        const QList<QAbstractAxis *> axes = s->attachedAxes();
        if (axes.size() != 2 || !axes.contains(chart.volumeAxis()) || !axes.contains(chart.activeCostAxis()))
            return QStringLiteral("series \"%1\" has %2 axes").arg(s->name()).arg(axes.size());
    }
    if (!chart.activeCostAxis()->isVisible())
        return QStringLiteral("the cost axis in use is hidden");
    QAbstractAxis *other = chart.isLogCostAxis() ? static_cast<QAbstractAxis *>(chart.costAxis())
                                                 : static_cast<QAbstractAxis *>(chart.logCostAxis());
    if (other->isVisible())
        return QStringLiteral("the unused cost axis is shown");
    return QString();
}

inline double nonWhiteFraction(const QImage &image)
{
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (line[x] != 0xffffffffu)
                ++count;
    }
    return double(count) / (qint64(image.width()) * image.height());
}

inline int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(line[x]);
    }
    return int(colours.size());
}

} // namespace chartsupport
