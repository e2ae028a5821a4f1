// UncertaintyView: the metric choice, the chart, and the stale-while-hidden rule.
#include "ui/analysis/uncertaintyview.h"

#include "ui/charts/distributionchart.h"
#include "ui/document/document.h"
#include "ui/analysis/uncertaintycontroller.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace ftroi {

UncertaintyView::UncertaintyView(Document *document, UncertaintyController *controller, QWidget *parent)
    : QWidget(parent), m_document(document), m_controller(controller), m_metric(new QComboBox),
      m_status(new QLabel), m_stop(new QPushButton(tr("Stop"))), m_progress(new QTimer(this)), m_chart(new DistributionChart)
{
    m_stop->setToolTip(tr("Stop refining; keep the first estimate"));
    m_stop->hide();
    m_progress->setInterval(250);
    connect(m_progress, &QTimer::timeout, this, &UncertaintyView::showProgress);
    connect(m_stop, &QPushButton::clicked, controller, &UncertaintyController::stopRefining);
    m_metric->addItem(tr("NPV over the lifetime"), int(UncertaintyMetric::Npv));
    m_metric->addItem(tr("Monthly savings"), int(UncertaintyMetric::MonthlySavings));
    auto *label = new QLabel(tr("&Show:"));
    label->setBuddy(m_metric);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumWidth(0);
    auto *choices = new QHBoxLayout;
    choices->addWidget(label);
    choices->addWidget(m_metric);
    choices->addSpacing(12);
    choices->addWidget(m_status, 1);
    choices->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(choices);
    layout->addWidget(m_chart, 1);

    connect(m_metric, &QComboBox::currentIndexChanged, this,
            [this] { m_chart->setMetric(UncertaintyMetric(m_metric->currentData().toInt())); });
    connect(controller, &UncertaintyController::updated, this, &UncertaintyView::snapshotArrived);
}

void UncertaintyView::snapshotArrived()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

void UncertaintyView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void UncertaintyView::refresh()
{
    m_stale = false;
    const UncertaintySnapshot &snap = m_controller->snapshot();
    const int current = m_document->currentIndex();
    if (current < 0 || current >= m_document->scenarioCount())
        return;
    const Scenario &s = m_document->scenario(current);
    m_chart->setSnapshot(snap.scenario == current ? snap : UncertaintySnapshot{});
    m_chart->setScenario(s, m_document->result(current), m_document->currency());
    const QLocale locale;
    const bool refining = !snap.isEmpty() && !snap.refined;
    m_stop->setVisible(refining);
    if (refining)
        m_progress->start();
    else
        m_progress->stop();
    if (snap.isEmpty())
        m_status->setText(tr("Right-click an input field and choose Set range… to make it uncertain."));
    else if (refining)
        showProgress();
    else if (snap.stopped)
        m_status->setText(tr("Stopped at the first estimate of %1 samples (the scenario asks for %2); a change starts over.")
                              .arg(locale.toString(qlonglong(snap.result.samples)),
                                   locale.toString(qlonglong(requestedSamples(s)))));
    else
        m_status->setText(tr("%1 samples, seed %2. Hover a bar for its share.")
                              .arg(locale.toString(qlonglong(snap.result.samples)),
                                   locale.toString(qlonglong(s.uncertainty ? s.uncertainty->seed : 1))));
}

void UncertaintyView::showProgress()
{
    const UncertaintySnapshot &snap = m_controller->snapshot();
    if (snap.isEmpty() || snap.refined) {
        m_progress->stop();
        return;
    }
    const QLocale locale;
    const double progress = m_controller->refineProgress();
    QString text = tr("First estimate of %1 samples; refining to %2…")
                       .arg(locale.toString(qlonglong(snap.result.samples)), locale.toString(qlonglong(snap.requested)));
    if (progress >= 0)
        text += QStringLiteral(" ") + tr("%1 %").arg(int(progress * 100));
    m_status->setText(text);
}

QString UncertaintyView::statusText() const
{
    return m_status->text();
}

} // namespace ftroi
