// TrafficShapeRows: the traffic shape's preset, drawing and two fields.
#include "ui/form/trafficshaperows.h"

#include "ui/document/document.h"
#include "ui/form/fieldbinder.h"
#include "core/text/format.h"
#include "ui/form/formhelpers.h"
#include "ui/widgets/numberfield.h"
#include "ui/form/trafficprofile.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLocale>

namespace ftroi {

namespace {

struct ShapePreset {
    const char *name;
    double hours;
    double share;
};

constexpr ShapePreset kPresets[] = {
    {QT_TRANSLATE_NOOP("TrafficShapeRows", "Flat (24 h, 100 %)"), 24, 1},
    {QT_TRANSLATE_NOOP("TrafficShapeRows", "Business hours (10 h, 80 %)"), 10, 0.8},
    {QT_TRANSLATE_NOOP("TrafficShapeRows", "Consumer evenings (6 h, 45 %)"), 6, 0.45},
};

const QString kHoursKey = QStringLiteral("workload.peak_hours_per_day");
const QString kShareKey = QStringLiteral("workload.peak_traffic_share");

} // namespace

TrafficShapeRows::TrafficShapeRows(Document *document, FieldBinder *binder, QFormLayout *layout, QObject *parent)
    : QObject(parent), m_document(document), m_presets(new QComboBox), m_profile(new TrafficProfile)
{
    // Sized to a short text, not to its longest item: the form must fit its column.
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_presets->setMinimumContentsLength(12);
    m_presets->setObjectName(QStringLiteral("trafficShapePreset"));
    for (const ShapePreset &p : kPresets)
        m_presets->addItem(tr(p.name));
    m_presets->addItem(tr("Custom"));
    m_presets->setToolTip(tr("How the day's tokens arrive. A fleet sized for the daily average would be too small "
                             "at the peak: the peak hours size the fleet, and autoscaling can shrink it outside them."));
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_presets);
    h->addWidget(m_profile, 1);
    layout->addRow(tr("Traffic shape"), row);

    NumberField *hours = binder->addInput(layout, "workload.peak_hours_per_day");
    NumberField *share = binder->addInput(layout, "workload.peak_traffic_share");
    hours->setHelpText(tr("H: the hours of the day that carry the peak traffic (24: flat)."));
    share->setHelpText(tr("p: the share of the day's tokens that arrive in those hours; at least H/24, and 100 % at 24 hours."));
    hours->setCheck([this](double h) {
        const int i = m_document->currentIndex();
        return i < 0 ? QString() : refusal(h, m_document->scenario(i).workload.peakTrafficShare, true);
    });
    share->setCheck([this](double p) {
        const int i = m_document->currentIndex();
        return i < 0 ? QString() : refusal(m_document->scenario(i).workload.peakHoursPerDay, p, false);
    });

    connect(m_presets, &QComboBox::activated, this, [this](int i) {
        if (i < 0 || i >= int(std::size(kPresets)))
            return;
        const ShapePreset p = kPresets[i];
        m_document->editCurrentScenario(tr("Use the %1 traffic shape").arg(tr(p.name)), [p](Scenario &s) {
            s.workload.peakHoursPerDay = p.hours;
            s.workload.peakTrafficShare = p.share;
        });
    });
}

QString TrafficShapeRows::refusal(double hours, double share, bool hoursEdited)
{
    const QLocale l;
    const bool flat = hours >= 24;
    if ((!flat || share == 1) && share >= hours / 24)
        return QString();
    const QString needed = flat ? formatPercent(l, 1, 0) : formatPercent(l, hours / 24);
    if (hoursEdited)
        return tr("of %1 need a share of traffic of at least %2 (%1 / 24), and the share is %3: "
                  "raise the share first, or pick a traffic shape")
            .arg(formatNumber(l, hours, 2), needed, formatPercent(l, share));
    if (flat)
        return tr("must be 100 % at 24 peak hours (all the traffic is in the peak)");
    return tr("is below %1 / 24 = %2: the peak hours would carry less than their share of the day")
        .arg(formatNumber(l, hours, 2), needed);
}

void TrafficShapeRows::refresh(const Scenario &s)
{
    const double h = s.workload.peakHoursPerDay;
    const double p = s.workload.peakTrafficShare;
    int preset = int(std::size(kPresets)); // Custom
    for (int i = 0; i < int(std::size(kPresets)); ++i)
        if (kPresets[i].hours == h && kPresets[i].share == p)
            preset = i;
    form::setComboIndex(m_presets, preset);
    m_profile->setShape(h, p);
}

} // namespace ftroi
