// The "Uncertainty" tab: a choice of metric (NPV or monthly savings) above the
// distribution chart. It shows the UncertaintyController's live snapshots, and
// like every tab it repaints only while visible: a snapshot that arrives while
// it is hidden marks it stale, and showing it catches up.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace ftroi {

class DistributionChart;
class Document;
class UncertaintyController;

class UncertaintyView : public QWidget
{
    Q_OBJECT

public:
    UncertaintyView(Document *document, UncertaintyController *controller, QWidget *parent = nullptr);

    DistributionChart *chart() const { return m_chart; }
    QComboBox *metricBox() const { return m_metric; }
    bool isStale() const { return m_stale; }
    // Stops a long refinement (shown while one runs, with its progress).
    QPushButton *stopButton() const { return m_stop; }
    QString statusText() const;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void snapshotArrived();
    void refresh();
    void showProgress();

    Document *m_document;
    UncertaintyController *m_controller;
    QComboBox *m_metric;
    QLabel *m_status;
    QPushButton *m_stop;
    QTimer *m_progress;
    DistributionChart *m_chart;
    bool m_stale = true;
};

} // namespace ftroi
