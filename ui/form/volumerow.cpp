// VolumeRow: the volume field with its requests/tokens unit choice.
#include "ui/form/volumerow.h"

#include "core/engine/costengine.h"
#include "ui/document/document.h"
#include "ui/form/fieldbinder.h"
#include "ui/form/formhelpers.h"
#include "ui/widgets/numberfield.h"

#include <QComboBox>

#include <cmath>

namespace ftroi {

VolumeRow::VolumeRow(Document *document, FieldBinder *binder, QFormLayout *layout, QObject *parent)
    : QObject(parent), m_document(document), m_binder(binder)
{
    m_field = binder->addInput(
        layout, "workload.requests_per_day",
        [this](const Scenario &s) {
            return m_unitValue == Unit::TokensPerDay ? dailyTokens(s.workload) : s.workload.requestsPerDay;
        },
        [this](Scenario &s, double v) {
            if (m_unitValue == Unit::TokensPerDay)
                s.workload.requestsPerDay = v / tokensPerRequest(s.workload); // checked > 0 below
            else
                s.workload.requestsPerDay = std::round(v); // a request is whole
        });
    m_field->setCheck([this](double) {
        const int index = m_document->currentIndex();
        if (m_unitValue == Unit::TokensPerDay && index >= 0 &&
            !(tokensPerRequest(m_document->scenario(index).workload) > 0))
            return tr("needs input or output tokens per request to turn tokens into requests");
        return QString();
    });
    m_field->setHelpText(tr("Today's volume, as requests/day or tokens/day (input + output). "
                            "Type 50000, 50k, 2.5M or 1B."));

    m_unit = new QComboBox;
    m_unit->addItem(tr("requests/day"), int(Unit::RequestsPerDay));
    m_unit->addItem(tr("tokens/day"), int(Unit::TokensPerDay));
    m_unit->setToolTip(tr("Read and type the volume as requests or as tokens (input + output) a day"));
    binder->setUnitWidget(m_field, m_unit);
    connect(m_unit, &QComboBox::activated, this,
            [this](int i) { setUnit(Unit(m_unit->itemData(i).toInt())); });
}

void VolumeRow::setUnit(Unit unit)
{
    m_unit->setCurrentIndex(m_unit->findData(int(unit)));
    if (unit == m_unitValue)
        return;
    m_unitValue = unit;
    if (m_document->currentIndex() >= 0)
        m_binder->showValues(m_document->scenario(m_document->currentIndex()));
}

} // namespace ftroi
