// The base of the scenario charts: a QChartView styled by chartstyle that
// shows one scenario's result, and can lay itself out and render off-screen
// (chart export, clipboard, the headless command line) without being shown.
#pragma once

#include "core/engine/costengine.h"
#include "core/model/scenario.h"

#include <QChartView>
#include <QString>

class QPainter;

namespace ftroi {

class ChartHeadingItem;

class ScenarioChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ScenarioChartView(QWidget *parent = nullptr);

    // Updates the chart from one scenario and its evaluated result.
    virtual void setScenario(const Scenario &scenario, const ScenarioResult &result, const QString &currency) = 0;

    // The document's name for the subtitle ("pricing.ftroi"); empty for none.
    // Takes effect with the next setScenario().
    void setDocumentName(const QString &name) { m_documentName = name; }
    QString documentName() const { return m_documentName; }
    // The title and the subtitle as plain text (the chart's own title is rich text).
    QString headingTitle() const { return m_title; }
    QString headingSubtitle() const { return m_subtitle; }
    // The heading as drawn, one line per '\n': the title, and the subtitle's
    // lines when shown (a long line wrapped or elided to the chart's width).
    QString shownHeading() const;
    // The title's font as drawn (chartstyle's, sized for the screen or the image).
    QFont headingTitleFont() const;

    // Exports always show the subtitle; on screen it gives way to the plot
    // while the view is shorter than kSubtitleMinHeight (the results panel
    // shows the same numbers beside it).
    static constexpr int kSubtitleMinHeight = 460;
    void setSubtitleAlwaysShown(bool shown);

    // The analysis tabs' choices (metric, inputs) of `other`, a view of the
    // same kind, so an export shows what the tab shows. Nothing by default.
    virtual void copyChoicesFrom(const ScenarioChartView &other) { Q_UNUSED(other); }

    // White (default) or transparent chart background.
    void setTransparentBackground(bool transparent);

    // Lays the chart out at `size` as if the view were shown at that size.
    // A view that was never shown has no geometry yet and would render a tiny plot.
    // Meant for off-screen views: it resizes the widget.
    void layoutForRendering(const QSizeF &size);
    // Paints the laid-out chart into `target` on `painter`, scaled to fit.
    void renderChart(QPainter *painter, const QRectF &target);

protected:
    // The title with the subtitle every chart carries (chartSubtitle: scenario,
    // document, key numbers) under it. Charts call this from setScenario();
    // `keyNumbers`, when given, replaces the key numbers line.
    void setHeading(const QString &title, const Scenario &scenario, const ScenarioResult &result,
                    const QString &currency, const QString &keyNumbers = QString());
    // A new title over the last subtitle.
    void setHeading(const QString &title);

public:
    // The subtitle for this scenario under the current title (for views fed
    // by something else than setScenario(), such as the two-way tab's worker).
    void setSubtitleFor(const Scenario &scenario, const ScenarioResult &result, const QString &currency);

    void resizeEvent(QResizeEvent *event) override;

private:
    void applyHeading();
    // The heading spans the chart; the plot starts below it.
    void placeHeading();
    void fitPlotBelowHeading();
    // A vertical axis title longer than the plot is high ("Whole monthly cost
    // (USD)" on a laptop) breaks before its unit instead of being elided.
    void fitAxisTitles();

    ChartHeadingItem *m_heading = nullptr;
    int m_baseTopMargin = 0;
    QString m_documentName;
    QString m_title;
    QString m_subtitle;
    bool m_subtitleAlwaysShown = false;
};

} // namespace ftroi
