// SliderPanel: live what-if controls bound to the Document.
#include "ui/window/sliderpanel.h"

#include "core/engine/costengine.h"
#include "ui/document/document.h"
#include "ui/widgets/numberfield.h"
#include "core/text/format.h"

#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace ftroi {

namespace {

constexpr double kMinLogVolume = 4;  // 10 thousand tokens/day
constexpr double kMaxLogVolume = 10; // 10 billion tokens/day

QSlider *makeSlider(int min, int max, int page)
{
    auto *slider = new QSlider(Qt::Horizontal);
    slider->setRange(min, max);
    slider->setPageStep(page);
    slider->setMinimumWidth(220);
    return slider;
}

double roundToSignificant(double value, int digits)
{
    if (!(value > 0))
        return value;
    const double magnitude = std::pow(10.0, digits - 1 - int(std::floor(std::log10(value))));
    return std::round(value * magnitude) / magnitude;
}

} // namespace

SliderPanel::SliderPanel(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);

    m_volume = makeSlider(0, kVolumeSteps, 50);
    m_volume->setObjectName(QStringLiteral("volumeSlider"));
    m_volume->setToolTip(tr("Daily volume, 10 thousand to 10 billion tokens/day (log scale)"));
    m_volumeField = new NumberField(kNonNegativeDomain, 0);
    m_volumeField->setMaximumWidth(150);
    m_volumeText = new QLabel;
    // Fixed size: its text changes on every step and must not re-lay out the window.
    m_volumeText->setFixedSize(m_volumeText->fontMetrics().horizontalAdvance(QStringLiteral("999.9 M tokens/day ")),
                               m_volumeText->fontMetrics().height() + 4);
    grid->addWidget(new QLabel(tr("Daily volume")), 0, 0);
    grid->addWidget(m_volume, 0, 1);
    grid->addWidget(m_volumeField, 0, 2);
    grid->addWidget(m_volumeText, 0, 3);

    m_utilization = makeSlider(1, 100, 10);
    m_utilization->setObjectName(QStringLiteral("utilizationSlider"));
    m_utilizationText = new QLabel;
    m_utilizationText->setObjectName(QStringLiteral("utilizationText"));
    grid->addWidget(new QLabel(tr("Target utilization")), 1, 0);
    grid->addWidget(m_utilization, 1, 1);
    grid->addWidget(m_utilizationText, 1, 2, 1, 2);

    m_reviewRate = makeSlider(0, 500, 10);
    m_reviewRate->setObjectName(QStringLiteral("reviewRateSlider"));
    m_reviewRate->setToolTip(tr("Share of self-hosted responses that need a human review, 0 to 50 % in 0.1 % steps"));
    m_reviewRateText = new QLabel;
    grid->addWidget(new QLabel(tr("Self-hosted review rate")), 2, 0);
    grid->addWidget(m_reviewRate, 2, 1);
    grid->addWidget(m_reviewRateText, 2, 2, 1, 2);

    connect(m_volume, &QSlider::valueChanged, this, [this](int position) { setVolume(tokensForPosition(position), VolumeDrag); });
    connect(m_volumeField, &NumberField::valueEdited, this, [this](double tokens) {
        m_document->closeMerge();
        setVolume(tokens, NoMerge);
    });
    connect(m_utilization, &QSlider::valueChanged, this, [this](int percent) {
        m_document->editCurrentScenario(tr("Change target utilization"),
                                        [percent](Scenario &s) { s.selfHosted.targetUtilization = percent / 100.0; },
                                        UtilizationDrag);
    });
    connect(m_reviewRate, &QSlider::valueChanged, this, [this](int permille) {
        m_document->editCurrentScenario(tr("Change self-hosted review rate"),
                                        [permille](Scenario &s) { s.selfHosted.reviewRate = permille / 1000.0; },
                                        ReviewRateDrag);
    });
    for (QSlider *slider : {m_volume, m_utilization, m_reviewRate})
        connect(slider, &QSlider::sliderReleased, m_document, &Document::closeMerge);

    connect(document, &Document::currentScenarioChanged, this, &SliderPanel::refresh);
    refresh();
}

double SliderPanel::tokensForPosition(int position)
{
    const double exponent = kMinLogVolume + (kMaxLogVolume - kMinLogVolume) * position / kVolumeSteps;
    return roundToSignificant(std::pow(10.0, exponent), 3);
}

int SliderPanel::positionForTokens(double tokensPerDay)
{
    if (!(tokensPerDay > 0))
        return 0;
    const double position = (std::log10(tokensPerDay) - kMinLogVolume) / (kMaxLogVolume - kMinLogVolume) * kVolumeSteps;
    return int(std::clamp(std::round(position), 0.0, double(kVolumeSteps)));
}

void SliderPanel::setVolume(double tokensPerDay, int mergeId)
{
    const int index = m_document->currentIndex();
    if (index < 0 || !(tokensPerRequest(m_document->scenario(index).workload) > 0))
        return; // the volume is requests x tokens per request: without tokens it cannot move
    m_document->editCurrentScenario(tr("Change daily volume"), [tokensPerDay](Scenario &s) {
        s.workload.requestsPerDay = tokensPerDay / tokensPerRequest(s.workload);
    }, mergeId);
}

void SliderPanel::refresh()
{
    const int index = m_document->currentIndex();
    setEnabled(index >= 0);
    if (index < 0)
        return;
    const Scenario &s = m_document->scenario(index);
    const ScenarioResult &r = m_document->result(index);
    const QLocale locale;

    const bool hasTokens = tokensPerRequest(s.workload) > 0;
    m_volume->setEnabled(hasTokens);
    m_volumeField->setEnabled(hasTokens);
    if (!hasTokens)
        m_volume->setToolTip(tr("Requests carry no tokens: set input or output tokens per request first."));
    {
        const QSignalBlocker block(m_volume);
        if (tokensForPosition(m_volume->value()) != r.currentDailyTokens)
            m_volume->setValue(positionForTokens(r.currentDailyTokens));
    }
    m_volumeField->setValue(r.currentDailyTokens);
    m_volumeText->setText(formatTokensPerDay(locale, r.currentDailyTokens));

    {
        const QSignalBlocker block(m_utilization);
        m_utilization->setValue(int(std::round(s.selfHosted.targetUtilization * 100)));
    }
    // Why the target has no effect goes in a tooltip: a longer label would re-lay out the panel.
    const bool fixed = bool(s.selfHosted.fixedInstances);
    m_utilizationText->setText(formatPercent(locale, s.selfHosted.targetUtilization, 0) + (fixed ? tr(" (no effect)") : QString()));
    const QString utilizationTip = fixed
        ? tr("No effect: the fleet is fixed at %1. The target sizes the fleet only when it is sized from the "
             "target utilization (Self-hosted serving > Fleet).").arg(formatNumber(locale, *s.selfHosted.fixedInstances, 0))
        : tr("The share of each instance's throughput the fleet is sized to use, 1 to 100 %");
    m_utilization->setToolTip(utilizationTip);
    m_utilizationText->setToolTip(utilizationTip);

    {
        const QSignalBlocker block(m_reviewRate);
        m_reviewRate->setValue(int(std::round(s.selfHosted.reviewRate * 1000)));
    }
    m_reviewRateText->setText(tr("%1   (API: %2)").arg(formatPercentExact(locale, s.selfHosted.reviewRate),
                                                     formatPercentExact(locale, s.api.reviewRate)));
}

} // namespace ftroi
