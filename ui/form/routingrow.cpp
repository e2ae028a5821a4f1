// RoutingRow: "the fine-tuned model serves N % of requests" and what the rest costs.
#include "ui/form/routingrow.h"

#include "core/text/format.h"
#include "ui/document/document.h"
#include "ui/form/fieldbinder.h"
#include "ui/form/formhelpers.h"
#include "ui/widgets/numberfield.h"

#include <QFormLayout>
#include <QLabel>

namespace ftroi {

RoutingRow::RoutingRow(Document *document, FieldBinder *binder, QFormLayout *layout, QObject *parent)
    : QObject(parent), m_document(document), m_note(form::noteLabel())
{
    NumberField *share = binder->addInput(layout, "routing.fine_tuned_share");
    share->setHelpText(tr("Hybrid routing: the fine-tuned model (self-hosted or managed) serves this share of the "
                          "requests, with the same request mix; the rest stays on the API at its prices, review "
                          "and error rates."));
    m_note->setObjectName(QStringLiteral("routingNote"));
    layout->addRow(QString(), m_note);
}

void RoutingRow::refresh(const Scenario &s, const ScenarioResult &r)
{
    const double share = s.routing ? s.routing->fineTunedShare.value_or(1.0) : 1.0;
    if (share >= 1) {
        m_note->setText(tr("The fine-tuned model serves every request."));
        return;
    }
    const QLocale locale;
    const QString currency = m_document->currency();
    const double rest = 1 - share;
    m_note->setText(tr("The other %1 of requests (%2 a day) stay on the API: %3 a month for their bill and %4 for "
                       "their reviews and errors, plus the API's operations.")
                        .arg(formatPercentExact(locale, rest, 0, 2),
                             formatNumber(locale, rest * s.workload.requestsPerDay, 0),
                             formatMoney(locale, r.monthlyRemainderApiCost, currency, 0),
                             formatMoney(locale, r.monthlyRemainderQualityCost, currency, 0)));
}

} // namespace ftroi
