// The Self-hosted group's "Paid as" rows (format 3's self_hosted.pricing): on
// demand, reserved, spot or owned servers, each showing only its own fields,
// with suggestions (reserved discounts, a spot discount, an 8x H100 server)
// marked as such with their source and date. A fleet paid every hour
// (reserved, owned) cannot autoscale: choosing one turns autoscaling off in the
// same undo step.
#pragma once

#include "core/model/scenario.h"

#include <QObject>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QLabel;

namespace ftroi {

class Document;
class FieldBinder;

class FleetPricingRows : public QObject
{
    Q_OBJECT

public:
    FleetPricingRows(Document *document, FieldBinder *binder, QFormLayout *layout, QObject *parent = nullptr);

    void refresh(const Scenario &s);
    QComboBox *paidAs() const { return m_paidAs; }
    QComboBox *suggestions() const { return m_suggestions; }
    QLabel *note() const { return m_note; }

    // A suggestion's values (exposed for the tests and the Methodology).
    struct Suggestion {
        QString label;  // the picker's item
        QString source; // where the figure comes from, with its date
        FleetPricing pricing;
    };
    static const QList<Suggestion> &suggestionList();

private:
    void choose(PricingModel model);
    void applySuggestion(int index);

    Document *m_document;
    FieldBinder *m_binder;
    QFormLayout *m_layout;
    QComboBox *m_paidAs;
    QComboBox *m_suggestions;
    QLabel *m_note;
};

} // namespace ftroi
