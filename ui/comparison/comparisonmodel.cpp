// ComparisonModel: scenarios side by side, best values highlighted, and
// updates narrowed to the changed column.
#include "ui/comparison/comparisonmodel.h"

#include "ui/comparison/comparisonrows.h"
#include "ui/document/document.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSize>

#include <algorithm>
#include <cmath>
#include <optional>

namespace ftroi {

namespace {

// Light green behind the best value, with dark text so it stays readable on
// dark palettes too.
const QColor kBestBackground(0xd4, 0xf2, 0xc9);
const QColor kBestForeground(0x12, 0x2e, 0x12);

bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

std::optional<double> finiteNumber(const QVariant &raw)
{
    if (raw.typeId() != QMetaType::Double)
        return std::nullopt;
    const double value = raw.toDouble();
    if (!std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace

ComparisonModel::ComparisonModel(Document *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    if (document) {
        connect(document, &Document::scenarioChanged, this, &ComparisonModel::onScenarioChanged);
        connect(document, &Document::scenariosReset, this, &ComparisonModel::resetFromDocument);
        connect(document, &Document::currentIndexChanged, this, &ComparisonModel::onCurrentIndexChanged);
        connect(document, &QObject::destroyed, this, &ComparisonModel::resetFromDocument);
    }
    resetFromDocument();
}

ComparisonModel::~ComparisonModel() = default;

int ComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return resultRowCount() + int(m_inputRows.size());
}

int ComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

int ComparisonModel::resultRowCount() const
{
    return int(ComparisonRows::results().size());
}

bool ComparisonModel::isInputRow(int row) const
{
    return row >= resultRowCount() && row < rowCount();
}

const ComparisonRow &ComparisonModel::rowAt(int row) const
{
    if (row < resultRowCount())
        return ComparisonRows::results().at(size_t(row));
    return ComparisonRows::inputs().at(size_t(m_inputRows.at(size_t(row - resultRowCount()))));
}

namespace {
constexpr int kLongTextWidth = 220;
} // namespace

QVariant ComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    if (!m_document || column >= m_document->scenarioCount())
        return QVariant();
    const ComparisonRow &def = rowAt(row);
    const bool best = row < resultRowCount() && size_t(column) < m_best.size() && m_best[size_t(column)][size_t(row)];

    switch (role) {
    case Qt::DisplayRole:
    case RawValueRole: {
        const ComparisonCell cell = def.cell(m_document->scenario(column), m_document->result(column),
                                             ComparisonContext{QLocale(), m_document->currency()});
        return role == Qt::DisplayRole ? QVariant(cell.text) : cell.raw;
    }
    case Qt::ToolTipRole:
        if (def.longText)
            return data(index, Qt::DisplayRole).toString() + QLatin1Char('\n') + def.toolTip;
        return best ? def.toolTip + QLatin1Char('\n') + tr("Best value of the compared scenarios.") : def.toolTip;
    case Qt::SizeHintRole:
        // Elided in the table rather than widening the column.
        return def.longText ? QVariant(QSize(kLongTextWidth, 0)) : QVariant();
    case Qt::TextAlignmentRole:
        return int((def.numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return best ? QVariant(QBrush(kBestBackground)) : QVariant();
    case Qt::ForegroundRole:
        return best ? QVariant(QBrush(kBestForeground)) : QVariant();
    case Qt::FontRole:
        if (best) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return QVariant();
    case IsBestValueRole:
        return best;
    case IsInputRowRole:
        return isInputRow(row);
    default:
        return QVariant();
    }
}

QVariant ComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columnCount)
            return QVariant();
        switch (role) {
        case Qt::DisplayRole:
            return m_names.value(section);
        case Qt::ToolTipRole:
            return tr("%1\nClick to make it the current scenario.").arg(m_names.value(section));
        case Qt::FontRole:
            if (section == m_current) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return QVariant();
        default:
            return QVariant();
        }
    }

    if (section < 0 || section >= rowCount())
        return QVariant();
    const ComparisonRow &def = rowAt(section);
    switch (role) {
    case Qt::DisplayRole:
        return def.header(m_document ? m_document->currency() : QString());
    case Qt::ToolTipRole:
        return def.toolTip;
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isInputRow(section)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return QVariant();
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> ComparisonModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(IsBestValueRole, "isBestValue");
    names.insert(IsInputRowRole, "isInputRow");
    return names;
}

QString ComparisonModel::scenarioName(int column) const
{
    const QString name = m_document->scenario(column).name;
    return name.isEmpty() ? tr("Scenario %1").arg(column + 1) : name;
}

std::vector<int> ComparisonModel::differingInputRows() const
{
    std::vector<int> rows;
    if (!m_document || m_columnCount < 2)
        return rows;
    const ComparisonContext context{QLocale(), m_document->currency()};
    const std::vector<ComparisonRow> &inputs = ComparisonRows::inputs();
    for (size_t i = 0; i < inputs.size(); ++i) {
        const ComparisonCell first = inputs[i].cell(m_document->scenario(0), m_document->result(0), context);
        for (int column = 1; column < m_columnCount; ++column) {
            const ComparisonCell other =
                inputs[i].cell(m_document->scenario(column), m_document->result(column), context);
            if (other.text != first.text || other.raw != first.raw) {
                rows.push_back(int(i));
                break;
            }
        }
    }
    return rows;
}

// The best value of each result row: the lowest or highest finite number;
// never / none values never win. Ties are all highlighted, but a row where
// every scenario has the same value has no highlight.
std::vector<std::vector<bool>> ComparisonModel::computeBest() const
{
    const int rows = resultRowCount();
    std::vector<std::vector<bool>> best(size_t(m_columnCount), std::vector<bool>(size_t(rows), false));
    if (!m_document || m_columnCount < 2)
        return best;
    const ComparisonContext context{QLocale(), m_document->currency()};
    std::vector<std::optional<double>> values(size_t(m_columnCount), std::nullopt);
    for (int row = 0; row < rows; ++row) {
        const ComparisonRow &def = ComparisonRows::results().at(size_t(row));
        if (def.best == BestValue::None)
            continue;
        std::optional<double> winner;
        for (int column = 0; column < m_columnCount; ++column) {
            const ComparisonCell cell = def.cell(m_document->scenario(column), m_document->result(column), context);
            const std::optional<double> value = finiteNumber(cell.raw);
            values[size_t(column)] = value;
            if (value && (!winner || (def.best == BestValue::Lowest ? *value < *winner : *value > *winner)))
                winner = value;
        }
        if (!winner)
            continue;
        int tied = 0;
        for (const std::optional<double> &value : values)
            tied += value && nearlyEqual(*value, *winner) ? 1 : 0;
        if (tied == m_columnCount)
            continue; // all equal: nothing stands out
        for (int column = 0; column < m_columnCount; ++column) {
            const std::optional<double> &value = values[size_t(column)];
            best[size_t(column)][size_t(row)] = value && nearlyEqual(*value, *winner);
        }
    }
    return best;
}

void ComparisonModel::resetFromDocument()
{
    beginResetModel();
    m_columnCount = m_document ? m_document->scenarioCount() : 0;
    m_names.clear();
    for (int column = 0; column < m_columnCount; ++column)
        m_names.append(scenarioName(column));
    m_inputRows = differingInputRows();
    m_best = computeBest();
    m_current = m_document ? m_document->currentIndex() : -1;
    endResetModel();
}

void ComparisonModel::onScenarioChanged(int index)
{
    if (!m_document || index < 0 || index >= m_columnCount || m_document->scenarioCount() != m_columnCount) {
        resetFromDocument();
        return;
    }
    if (differingInputRows() != m_inputRows) {
        resetFromDocument(); // rows appear or disappear
        return;
    }

    const QString name = scenarioName(index);
    if (name != m_names.at(index)) {
        m_names[index] = name;
        Q_EMIT headerDataChanged(Qt::Horizontal, index, index);
    }

    std::vector<std::vector<bool>> previousBest = computeBest();
    std::swap(previousBest, m_best);
    Q_EMIT dataChanged(this->index(0, index), this->index(rowCount() - 1, index));
    // The changed scenario can take the best value from, or give it back to, the others.
    const QList<int> highlightRoles = {Qt::BackgroundRole, Qt::ForegroundRole, Qt::FontRole, Qt::ToolTipRole,
                                       IsBestValueRole};
    for (int column = 0; column < m_columnCount; ++column) {
        if (column != index && m_best[size_t(column)] != previousBest[size_t(column)])
            Q_EMIT dataChanged(this->index(0, column), this->index(resultRowCount() - 1, column), highlightRoles);
    }
}

void ComparisonModel::onCurrentIndexChanged(int index)
{
    const int previous = m_current;
    m_current = index;
    if (previous >= 0 && previous < m_columnCount)
        Q_EMIT headerDataChanged(Qt::Horizontal, previous, previous);
    if (index >= 0 && index < m_columnCount && index != previous)
        Q_EMIT headerDataChanged(Qt::Horizontal, index, index);
}

} // namespace ftroi
