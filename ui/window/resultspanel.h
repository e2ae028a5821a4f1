// The live results of the selected scenario: the decision in one sentence,
// the three paths (API today, managed fine-tune, self-host) as cards with
// their whole monthly cost, savings, payback, NPV and ROI over the lifetime,
// the seed's context score with its reasons, and the self-hosting details
// (break-evens, fleet and utilization with a warning above 100 %, the cost
// breakdown). Every value's tooltip shows its formula with the scenario's numbers.
#pragma once

#include "core/engine/costengine.h"
#include "ui/window/resultexplanations.h"
#include "ui/widgets/valuetext.h"

#include <QMap>
#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;

namespace ftroi {

class Document;
class PathCard;
class UncertaintyController;

class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPanel(Document *document, QWidget *parent = nullptr);

    // The label showing an item's value (tests).
    ValueText *valueLabel(ResultItem item) const { return m_values.value(item); }
    PathCard *card(Path path) const { return m_cards.value(path); }
    // The decision headline, and the sentence shown when the context points the other way.
    QString headlineText() const;
    QString disagreementText() const;
    // The close call and the exclusions and shares under the headline; empty when none.
    QString closeCallText() const;
    QString decisionNotesText() const;
    // "Context score 6 (Strong: fine-tune)", or why there is none.
    QString recommendationText() const;
    // The height of the decision (headline, cards, context score) at `width`:
    // what the window keeps whole when the details do not fit as well.
    int decisionHeightForWidth(int width) const;
    // Shows the Monte Carlo's P10 – P90 and probability of payback under the decision.
    void setUncertainty(UncertaintyController *controller);
    // "Probability of payback within the lifetime: 72 %" and the P10 – P90 lines; empty without ranges.
    QString uncertaintyText() const;

Q_SIGNALS:
    // The texts were refreshed (their height may have changed).
    void contentChanged();

private:
    void refresh();
    void refreshUncertainty();
    // The current scenario's result, with the Monte Carlo's best-path shares when it has ranges.
    ScenarioResult shownResult(int index) const;
    QWidget *buildDecision();
    QWidget *buildContext();
    QWidget *buildDetails();
    ValueText *addKpi(QGridLayout *grid, int row, int column, const QString &title, ResultItem item);

    Document *m_document;
    QMap<ResultItem, ValueText *> m_values;
    QMap<Path, PathCard *> m_cards;
    QGroupBox *m_decisionBox = nullptr;
    ValueText *m_headline = nullptr;
    ValueText *m_disagreement = nullptr;
    ValueText *m_closeCall = nullptr;    // "Close call: ..." when the lead is small or uncertain
    ValueText *m_decisionNotes = nullptr; // exclusions with their reasons; best-path shares with ranges
    ValueText *m_selfPaybackBasis = nullptr;
    ValueText *m_selfFleetPayment = nullptr; // capex and opex of an owned or reserved fleet
    ValueText *m_managedPaybackBasis = nullptr;
    ValueText *m_probability = nullptr; // the Monte Carlo, when the scenario has ranges
    ValueText *m_spread = nullptr;
    UncertaintyController *m_uncertainty = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_sources = nullptr; // where the prices came from; training estimates that disagree
    ValueText *m_verdict = nullptr;
    ValueText *m_reasons = nullptr;
};

} // namespace ftroi
