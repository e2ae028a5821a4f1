// Helpers shared by the form's groups.
#include "ui/form/formhelpers.h"

#include "core/catalog/pricenotes.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QAbstractItemView>
#include <QLabel>
#include <QSignalBlocker>
#include <QStandardItemModel>

#include <algorithm>

namespace ftroi::form {

QLabel *noteLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #5f6368;"));
    return label;
}

void setComboIndex(QComboBox *combo, int index)
{
    const QSignalBlocker block(combo);
    combo->setCurrentIndex(index);
}

void setComboText(QComboBox *combo, const QString &text)
{
    const QSignalBlocker block(combo);
    combo->setCurrentText(text);
}

void setChecked(QAbstractButton *button, bool checked)
{
    const QSignalBlocker block(button);
    button->setChecked(checked);
}

void fillMethods(QComboBox *combo)
{
    combo->addItem(QStringLiteral("LoRA"), int(Method::Lora));
    combo->addItem(QStringLiteral("QLoRA"), int(Method::Qlora));
    combo->addItem(QCoreApplication::translate("ScenarioForm", "Full fine-tuning"), int(Method::Full));
}

void selectMethod(QComboBox *combo, Method method)
{
    setComboIndex(combo, combo->findData(int(method)));
}

namespace {

// The width of the widest of `items`, measured on the longest texts only (a
// view's sizeHintForColumn() lays out every row: seconds for 100,000).
int widestItemWidth(QComboBox *combo, QList<QStandardItem *> items)
{
    constexpr qsizetype kMeasured = 32;
    const auto longer = [](const QStandardItem *a, const QStandardItem *b) { return a->text().size() > b->text().size(); };
    if (items.size() > kMeasured) {
        std::nth_element(items.begin(), items.begin() + kMeasured, items.end(), longer);
        items.resize(kMeasured);
    }
    QAbstractItemView *view = combo->view();
    int widest = 0;
    for (QStandardItem *item : std::as_const(items))
        widest = std::max(widest, view->sizeHintForIndex(item->index()).width());
    return widest;
}

} // namespace

void fillPricePresets(QComboBox *combo, const QList<CatalogEntry> &entries)
{
    const QString text = combo->currentText();
    const QSignalBlocker block(combo);
    combo->clear();
    // All rows in one insert, their data set before: a user catalog may hold 100,000 entries.
    const QDate today = QDate::currentDate();
    QList<QStandardItem *> items;
    items.reserve(entries.size());
    for (const CatalogEntry &e : entries) {
        auto *item = new QStandardItem(e.name + QStringLiteral("  \u2014  ") + presetSummary(e, today));
        item->setData(e.name, Qt::UserRole);
        item->setData(e.source + (e.note.isEmpty() ? QString() : QStringLiteral("\n") + e.note), Qt::ToolTipRole);
        items.append(item);
    }
    if (auto *model = qobject_cast<QStandardItemModel *>(combo->model()))
        model->invisibleRootItem()->appendRows(items);
    combo->setCurrentText(text);
    // The long item texts must not widen the form; the list still shows them whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->view()->setMinimumWidth(widestItemWidth(combo, items) + 24);
}

} // namespace ftroi::form
