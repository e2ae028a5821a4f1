// Small helpers shared by the form's groups: signal-free setters (a refresh
// must not look like a user edit), note labels, method and preset pickers.
#pragma once

#include "core/catalog/catalog.h"
#include "ui/widgets/numberfield.h"
#include "core/model/scenario.h"

class QAbstractButton;
class QComboBox;
class QLabel;

namespace ftroi::form {

QLabel *noteLabel();
void setComboIndex(QComboBox *combo, int index);
void setComboText(QComboBox *combo, const QString &text);
void setChecked(QAbstractButton *button, bool checked);
void fillMethods(QComboBox *combo);
void selectMethod(QComboBox *combo, Method method);
// Fills a preset picker: each item shows the entry's name, provider, price and
// date ("may be stale" after 180 days), its tooltip the source and note, and
// its data the entry's name. The typed text is kept.
void fillPricePresets(QComboBox *combo, const QList<CatalogEntry> &entries);

} // namespace ftroi::form
