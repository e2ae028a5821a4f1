// TwoWayView: choices, the heatmap, its computation off the GUI thread and
// the click that adopts a cell's values.
#include "ui/analysis/twowayview.h"

#include "ui/analysis/analysisrunner.h"
#include "ui/charts/heatmapchart.h"
#include "ui/document/document.h"
#include "ui/data/inputlabels.h"
#include "ui/data/metriclabels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <cmath>

namespace ftroi {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

void selectPath(QComboBox *box, const QString &path)
{
    const int i = box->findData(path);
    if (i >= 0)
        box->setCurrentIndex(i);
}

} // namespace

TwoWayView::TwoWayView(Document *document, QWidget *parent)
    : AnalysisPage(document, parent), m_metric(new QComboBox), m_x(new QComboBox), m_y(new QComboBox),
      m_status(new QLabel(tr("Hover a cell for its values; click it to use them."))), m_chart(new HeatmapChart),
      m_runner(new AnalysisRunner(this))
{
    for (Metric metric : offeredMetrics())
        m_metric->addItem(metricLabel(metric), int(metric));
    for (QComboBox *box : {m_x, m_y}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
    }
    // The hint gives way first: the page's minimum width must not widen the window.
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumWidth(0);
    auto *choices = new QHBoxLayout;
    choices->addWidget(buddyLabel(tr("&Metric:"), m_metric));
    choices->addWidget(m_metric);
    choices->addSpacing(12);
    choices->addWidget(buddyLabel(tr("&Across:"), m_x));
    choices->addWidget(m_x, 1);
    choices->addSpacing(12);
    choices->addWidget(buddyLabel(tr("&Up:"), m_y));
    choices->addWidget(m_y, 1);
    choices->addSpacing(12);
    choices->addWidget(m_status, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(choices);
    layout->addWidget(m_chart, 1);

    for (QComboBox *box : {m_metric, m_x, m_y})
        connect(box, &QComboBox::currentIndexChanged, this, &TwoWayView::choiceChanged);
    connect(m_chart, &HeatmapChart::cellClicked, this, &TwoWayView::applyCell);
}

void TwoWayView::fillInputs(int scenario)
{
    const QStringList paths = numericInputPaths(document()->scenario(scenario));
    if (paths == m_paths)
        return;
    m_paths = paths;
    const QString x = m_x->currentData().toString().isEmpty() ? defaultHeatmapXPath() : m_x->currentData().toString();
    const QString y = m_y->currentData().toString().isEmpty() ? defaultHeatmapYPath() : m_y->currentData().toString();
    for (QComboBox *box : {m_x, m_y}) {
        const QSignalBlocker blocker(box);
        box->clear();
        for (const QString &path : paths)
            box->addItem(inputLabel(path), path);
    }
    const QSignalBlocker bx(m_x), by(m_y);
    selectPath(m_x, paths.contains(x) ? x : defaultHeatmapXPath());
    selectPath(m_y, paths.contains(y) ? y : defaultHeatmapYPath());
}

void TwoWayView::choiceChanged()
{
    m_chart->setChoice(Metric(m_metric->currentData().toInt()), m_x->currentData().toString(), m_y->currentData().toString());
    invalidate();
}

void TwoWayView::refresh(int scenario)
{
    fillInputs(scenario);
    m_chart->setChoice(Metric(m_metric->currentData().toInt()), m_x->currentData().toString(), m_y->currentData().toString());
    if (m_chart->xPath() == m_chart->yPath()) {
        m_runner->cancel();
        m_status->setText(tr("Across and Up name the same input: choose two different ones."));
        return;
    }
    m_status->setText(tr("Hover a cell for its values; click it to use them."));
    const Scenario s = document()->scenario(scenario);
    const std::optional<HeatmapSpec> spec = shownHeatmapSpec(s, m_chart->metric(), m_chart->xPath(), m_chart->yPath());
    if (!spec)
        return;
    const QString currency = document()->currency();
    m_chart->setSubtitleFor(s, document()->result(scenario), currency);
    m_runner->submit<HeatmapData>(
        [s, spec = *spec](const AnalysisRunner::CancelCheck &cancelled) { return computeHeatmap(s, spec, cancelled); },
        [this, currency](HeatmapData data) { m_chart->setData(std::move(data), currency); });
}

void TwoWayView::applyCell(int ix, int iy)
{
    const HeatmapData &data = m_chart->data();
    if (data.isEmpty() || ix < 0 || iy < 0 || ix >= int(data.grid.x.size()) || iy >= int(data.grid.y.size()))
        return;
    const QString xPath = data.spec.x.path;
    const QString yPath = data.spec.y.path;
    const double x = data.grid.x[size_t(ix)];
    const double y = data.grid.y[size_t(iy)];
    const QLocale locale;
    const QString currency = document()->currency();
    document()->editCurrentScenario(
        tr("Set %1 to %2 and %3 to %4")
            .arg(inputLabel(xPath).toLower(), formatInputValue(locale, xPath, x, currency), inputLabel(yPath).toLower(),
                 formatInputValue(locale, yPath, y, currency)),
        [xPath, yPath, x, y](Scenario &s) {
            for (const auto &[path, value] : {std::pair{xPath, x}, std::pair{yPath, y}}) {
                if (const std::optional<InputHandle> h = resolveInput(s, path))
                    setInputValue(s, *h, h->domain.integer ? std::round(value) : value);
            }
        });
}

} // namespace ftroi
