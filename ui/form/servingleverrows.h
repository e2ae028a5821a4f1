// The Self-hosted group's serving levers: precision, autoscaling with its
// off-peak floor, and the three throughput speedups (engine, quantization,
// speculative decoding) with suggestions from the seed article, marked as
// such. The throughput field keeps the measured figure; the speedups multiply it.
#pragma once

#include "core/model/scenario.h"

#include <QObject>

class QCheckBox;
class QComboBox;
class QFormLayout;

namespace ftroi {

class Document;
class FieldBinder;

class ServingLeverRows : public QObject
{
    Q_OBJECT

public:
    ServingLeverRows(Document *document, FieldBinder *binder, QFormLayout *layout, QObject *parent = nullptr);

    void refresh(const Scenario &s);
    QComboBox *precision() const { return m_precision; }
    QCheckBox *autoscaling() const { return m_autoscaling; }
    QComboBox *suggestions() const { return m_suggestions; }

private:
    void applySuggestion(int index);

    Document *m_document;
    FieldBinder *m_binder;
    QComboBox *m_precision;
    QCheckBox *m_autoscaling;
    QComboBox *m_suggestions;
};

} // namespace ftroi
