// Document: scenario data, cached results, undo stack and file identity.
#include "ui/document/document.h"

#include "core/model/importsource.h"
#include "core/model/rangerules.h"
#include "ui/document/scenariocommands.h"

#include <QFileInfo>
#include <QUndoStack>

namespace ftroi {

Document::Document(QObject *parent) : QObject(parent), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    reset(defaultDocument(), QString());
}

Document::~Document() = default;

void Document::setCurrentIndex(int index)
{
    if (scenarioCount() == 0)
        index = -1;
    else
        index = std::clamp(index, 0, scenarioCount() - 1);
    if (index == m_current)
        return;
    m_current = index;
    closeMerge();
    emitCurrentIndexChanged();
}

void Document::emitCurrentIndexChanged()
{
    Q_EMIT currentIndexChanged(m_current);
    Q_EMIT currentScenarioChanged(m_current);
}

bool Document::isModified() const
{
    return !m_undoStack->isClean();
}

void Document::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

QString Document::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

void Document::reset(ScenarioDocument data, const QString &filePath)
{
    m_data = std::move(data);
    m_undoStack->clear();
    m_undoStack->setClean();
    recomputeAll();
    m_current = scenarioCount() > 0 ? 0 : -1;
    setFilePath(filePath);
    Q_EMIT scenariosReset();
    emitCurrentIndexChanged();
    Q_EMIT modifiedChanged(false);
}

void Document::markSaved()
{
    m_undoStack->setClean();
}

void Document::markModified()
{
    m_undoStack->resetClean();
}

void Document::editScenario(int index, const Scenario &changed, const QString &description, int mergeId)
{
    if (index < 0 || index >= scenarioCount())
        return;
    Scenario after = changed;
    carryRanges(scenario(index), after); // ranges follow their inputs, so the document stays valid
    dropEditedImportSource(scenario(index), after); // an edited imported value is no longer the import's
    m_undoStack->push(new ChangeScenarioCommand(this, index, scenario(index), after, description, mergeId));
}

void Document::importIntoScenario(int index, const Scenario &imported, const QString &description)
{
    if (index < 0 || index >= scenarioCount())
        return;
    Scenario after = imported;
    carryRanges(scenario(index), after);
    closeMerge();
    m_undoStack->push(new ChangeScenarioCommand(this, index, scenario(index), after, description, NoMerge));
    closeMerge();
}

void Document::editCurrentScenario(const QString &description, const std::function<void(Scenario &)> &change, int mergeId)
{
    if (m_current < 0 || m_current >= scenarioCount())
        return;
    Scenario s = scenario(m_current);
    change(s);
    editScenario(m_current, s, description, mergeId);
}

void Document::closeMerge()
{
    ++m_mergeGeneration;
}

void Document::insertScenario(int index, const Scenario &s, const QString &description)
{
    index = std::clamp(index, 0, scenarioCount());
    m_undoStack->push(new InsertScenarioCommand(this, index, s, description));
}

void Document::removeScenario(int index)
{
    if (index < 0 || index >= scenarioCount() || scenarioCount() <= 1)
        return; // a document keeps at least one scenario
    m_undoStack->push(new RemoveScenarioCommand(this, index));
}

void Document::moveScenario(int from, int to)
{
    if (from < 0 || from >= scenarioCount() || to < 0 || to >= scenarioCount() || from == to)
        return;
    m_undoStack->push(new MoveScenarioCommand(this, from, to));
}

void Document::applyScenario(int index, const Scenario &s)
{
    m_data.scenarios[index] = s;
    recompute(index);
    Q_EMIT scenarioChanged(index);
    if (index == m_current)
        Q_EMIT currentScenarioChanged(index);
}

void Document::applyInsert(int index, const Scenario &s)
{
    m_data.scenarios.insert(index, s);
    m_results.insert(m_results.begin() + index, evaluate(s));
    Q_EMIT scenariosReset();
    m_current = -1;
    setCurrentIndex(index);
}

void Document::applyRemove(int index)
{
    m_data.scenarios.removeAt(index);
    m_results.erase(m_results.begin() + index);
    Q_EMIT scenariosReset();
    const int wanted = std::min(index, scenarioCount() - 1);
    m_current = -2; // force the signal: the scenario at this index is a different one
    setCurrentIndex(wanted);
}

void Document::applyMove(int from, int to)
{
    m_data.scenarios.move(from, to);
    const ScenarioResult moved = m_results[size_t(from)];
    m_results.erase(m_results.begin() + from);
    m_results.insert(m_results.begin() + to, moved);
    Q_EMIT scenariosReset();
    m_current = -2;
    setCurrentIndex(to);
}

void Document::recompute(int index)
{
    m_results[size_t(index)] = evaluate(m_data.scenarios.at(index));
}

void Document::recomputeAll()
{
    m_results.clear();
    m_results.reserve(size_t(m_data.scenarios.size()));
    for (const Scenario &s : m_data.scenarios)
        m_results.push_back(evaluate(s));
}

Scenario Document::defaultScenario()
{
    Scenario s;
    s.name = tr("New scenario");
    s.workload = {50000, 500, 200};
    s.api.model = QStringLiteral("GPT-4o");
    s.api.inputPricePer1M = 5.0;
    s.api.outputPricePer1M = 15.0;
    // Review rates start at 0: a new document shows no review cost nobody typed.
    s.api.reviewRate = 0;
    s.selfHosted.modelSizeB = 7;
    s.selfHosted.method = Method::Lora;
    s.selfHosted.instance = QStringLiteral("A10G");
    s.selfHosted.instanceCostPerHour = 1.03;
    s.selfHosted.throughputTokensPerS = 5000;
    s.selfHosted.fixedInstances.reset();
    s.selfHosted.targetUtilization = 0.2;
    s.selfHosted.reviewRate = 0;
    s.selfHosted.storagePricePerGbMonth = 0.023;
    s.reviewCost = 5.0;
    s.project.trainingRuns = 8;
    s.project.computeCostPerRun = 12.0;
    s.project.engineeringHours = defaultEngineeringPhases();
    s.project.hourlyRate = 150;
    s.project.lifetimeMonths = 18;
    // Finance discounts at a cost of capital: 10 % a year, written in the file as an input.
    s.project.discountRateAnnual = 0.10;
    s.context = DecisionContext{};
    return s;
}

QList<EngineeringPhase> Document::defaultEngineeringPhases()
{
    // The seed's eight phases at the middle of each range.
    return {{tr("Data collection and curation"), 40},
            {tr("Data formatting and quality checks"), 12},
            {tr("Initial experiment setup"), 6},
            {tr("Hyperparameter search"), 12},
            {tr("Evaluation framework setup"), 12},
            {tr("Model evaluation and iteration"), 28},
            {tr("Deployment and integration"), 16},
            {tr("Monitoring setup"), 6}};
}

ScenarioDocument Document::defaultDocument()
{
    ScenarioDocument d;
    d.scenarios = {defaultScenario()};
    return d;
}

} // namespace ftroi
