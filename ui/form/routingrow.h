// The Workload's hybrid routing row (format 3's routing.fine_tuned_share): the
// share of requests the fine-tuned model serves, and a note on what the rest
// still costs on the API (its bill, reviews and errors, and its operations).
#pragma once

#include "core/engine/costengine.h"
#include "core/model/scenario.h"

#include <QObject>

class QFormLayout;
class QLabel;

namespace ftroi {

class Document;
class FieldBinder;

class RoutingRow : public QObject
{
    Q_OBJECT

public:
    RoutingRow(Document *document, FieldBinder *binder, QFormLayout *layout, QObject *parent = nullptr);

    void refresh(const Scenario &s, const ScenarioResult &r);
    QLabel *note() const { return m_note; }

private:
    Document *m_document;
    QLabel *m_note;
};

} // namespace ftroi
