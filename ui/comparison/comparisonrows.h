// The rows of the scenario comparison table: a label with its unit, a tooltip,
// which value counts as best, and how one scenario's cell is computed. The
// result rows are always shown; the input rows only where scenarios differ.
#pragma once

#include "core/engine/costengine.h"
#include "core/model/scenario.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QVariant>

#include <functional>
#include <vector>

namespace ftroi {

// Which value of a row is highlighted as the best one.
enum class BestValue { None, Lowest, Highest };

// What a cell shows and the number behind it.
struct ComparisonCell {
    QString text; // formatted, never "nan" or "inf"
    QVariant raw; // double; QString for text inputs; invalid for never / none
};

// What a cell needs besides its scenario.
struct ComparisonContext {
    QLocale locale;
    QString currency;
};

struct ComparisonRow {
    using CellFunction = std::function<ComparisonCell(const Scenario &, const ScenarioResult &, const ComparisonContext &)>;

    QString label;   // "Monthly API cost"
    QString unit;    // "$/month": "$" stands for the document's currency; empty: no unit
    QString toolTip; // what the row means
    BestValue best = BestValue::None;
    bool numeric = true; // right-aligned when true
    CellFunction cell = nullptr;
    bool longText = false; // a long text cell: it does not widen its column, its tooltip shows it whole

    // "Monthly API cost (€/month)"
    QString header(const QString &currency) const;
};

class ComparisonRows
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonRows)

public:
    // Engine results, in the order the table shows them.
    static const std::vector<ComparisonRow> &results();
    // Scenario inputs; the table shows those whose values differ.
    static const std::vector<ComparisonRow> &inputs();
};

} // namespace ftroi
