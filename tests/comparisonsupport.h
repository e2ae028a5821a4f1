// Shared helpers for the comparison table tests: named scenarios, a document
// reset to them, and a model's rows, cells and best-value marks by label.
#pragma once

#include "testsupport.h"
#include "ui/comparison/comparisonmodel.h"
#include "ui/document/document.h"

#include <QAbstractItemModel>
#include <QAbstractItemModelTester>

namespace comparisonsupport {

using namespace ftroi;

using Tester = QAbstractItemModelTester;

inline Scenario scenarioNamed(const QString &name)
{
    Scenario s = testsupport::baseScenario();
    s.name = name;
    return s;
}

inline void resetDocument(Document &doc, const QList<Scenario> &scenarios,
                          const QString &currency = QStringLiteral("USD"))
{
    doc.reset(ScenarioDocument{currency, scenarios, {}}, QString());
}

// The row whose header starts with `label`, or -1.
inline int rowOf(const QAbstractItemModel &model, const QString &label)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.headerData(row, Qt::Vertical).toString().startsWith(label))
            return row;
    }
    return -1;
}

inline QString cellText(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

inline bool isBest(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column), ComparisonModel::IsBestValueRole).toBool();
}

using testsupport::parseCsv;

} // namespace comparisonsupport
