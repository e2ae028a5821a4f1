// Small helpers shared by the form's groups: value ranges of the format,
// signal-free setters (a refresh must not look like a user edit), note labels.
#pragma once

#include "core/catalog/catalog.h"
#include "ui/widgets/numberfield.h"
#include "core/model/scenario.h"

class QAbstractButton;
class QComboBox;
class QLabel;

namespace ftroi::form {

inline constexpr NumberRange kNonNegative{0, false, 1e15};
inline constexpr NumberRange kPositive{0, true, 1e15};
inline constexpr NumberRange kFraction{0, false, 1};
inline constexpr NumberRange kPositiveFraction{0, true, 1};

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
