// The Workload's volume row: one field read as requests/day or tokens/day
// (a unit choice beside it). Requests typed in are stored whole; tokens typed
// in become requests through today's tokens per request. Suffixes k, M, B
// work in both ("50M").
#pragma once

#include <QObject>

class QComboBox;
class QFormLayout;

namespace ftroi {

class Document;
class FieldBinder;
class NumberField;

class VolumeRow : public QObject
{
    Q_OBJECT

public:
    enum class Unit { RequestsPerDay, TokensPerDay };

    VolumeRow(Document *document, FieldBinder *binder, QFormLayout *layout, QObject *parent = nullptr);

    NumberField *field() const { return m_field; }
    QComboBox *unitChoice() const { return m_unit; }
    Unit unit() const { return m_unitValue; }
    void setUnit(Unit unit);

private:
    Document *m_document;
    FieldBinder *m_binder;
    NumberField *m_field = nullptr;
    QComboBox *m_unit = nullptr;
    Unit m_unitValue = Unit::RequestsPerDay;
};

} // namespace ftroi
