// "Set range…": low, high and distribution of one input's uncertainty range.
// The scenario's value is the most likely one (the mode of a triangular
// range). The dialog refuses to close on an invalid range and says why, with
// the same rules the file format applies (core/rangerules.h).
#pragma once

#include "core/model/inputpaths.h"
#include "core/model/scenario.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace ftroi {

class NumberField;

class RangeDialog : public QDialog
{
    Q_OBJECT

public:
    // `like` gives the display scale, decimals and unit of the input's own field.
    RangeDialog(const QString &label, const QString &unit, const InputHandle &input, double value,
                const InputRange *existing, const NumberField *like, QWidget *parent = nullptr);

    // The range entered (valid once the dialog was accepted).
    InputRange range() const { return m_range; }
    // The user chose "Remove Range".
    bool removeRequested() const { return m_remove; }

    NumberField *lowField() const { return m_low; }
    NumberField *highField() const { return m_high; }
    QComboBox *distributionBox() const { return m_distribution; }
    QString errorText() const;

    void accept() override;

private:
    void spread(double fraction);

    InputHandle m_input;
    double m_value;
    InputRange m_range;
    bool m_remove = false;
    NumberField *m_low;
    NumberField *m_high;
    QComboBox *m_distribution;
    QLabel *m_error;
};

} // namespace ftroi
