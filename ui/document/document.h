// The open scenario document: the single source of truth the form, sliders,
// charts and comparison table observe. Every edit goes through the undo
// stack: the edit functions push a command (scenariocommands.h), and only the
// commands may apply a change. Each change re-runs the engine once for the
// changed scenario and then notifies the views, which read the cached results.
// A view that shows the current scenario listens to currentScenarioChanged().
#pragma once

#include "core/engine/costengine.h"
#include "core/model/scenario.h"
#include "ui/document/undomergeid.h"

#include <QObject>
#include <QString>

#include <functional>

class QUndoStack;

namespace ftroi {

class Document : public QObject
{
    Q_OBJECT

public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    // --- Reading ----------------------------------------------------------
    int scenarioCount() const { return int(m_data.scenarios.size()); }
    const Scenario &scenario(int index) const { return m_data.scenarios.at(index); }
    const ScenarioResult &result(int index) const { return m_results.at(size_t(index)); }
    const ScenarioDocument &data() const { return m_data; }
    QString currency() const { return m_data.currency; }

    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    // "name.ftroi", or "Untitled" for a new document.
    QString displayName() const;

    // --- Whole-document changes (not undoable; they clear the undo stack) --
    void reset(ScenarioDocument data, const QString &filePath);
    void markSaved();
    // Marks the document as having unsaved changes (e.g. restored from a recovery copy).
    void markModified();

    // --- Edits (undoable) --------------------------------------------------
    // Replaces scenario `index`. Edits with the same `mergeId` (an UndoMergeId
    // other than NoMerge) to the same scenario in a row merge into one undo
    // step (slider drags).
    void editScenario(int index, const Scenario &changed, const QString &description, int mergeId = NoMerge);
    // Replaces scenario `index` with what an import made of it (its values and
    // their source together): one undo step that never merges and keeps the
    // new source (an edit would drop it, see core/model/importsource.h).
    void importIntoScenario(int index, const Scenario &imported, const QString &description);
    // Applies `change` to a copy of the current scenario and edits it in (no-op without one).
    void editCurrentScenario(const QString &description, const std::function<void(Scenario &)> &change,
                             int mergeId = NoMerge);
    // Ends the current merge, so the next edit starts a new undo step.
    void closeMerge();
    void insertScenario(int index, const Scenario &scenario, const QString &description);
    void removeScenario(int index);
    void moveScenario(int from, int to);

    // A new scenario with the seed's defaults (GPT-4o vs 7B LoRA on an A10G).
    static Scenario defaultScenario();
    // The seed's eight project phases with mid-range hours.
    static QList<EngineeringPhase> defaultEngineeringPhases();
    static ScenarioDocument defaultDocument();

Q_SIGNALS:
    // The scenario's inputs changed and its result was recomputed.
    void scenarioChanged(int index);
    // Scenarios were added, removed or reordered, or the document replaced.
    // Always followed by currentIndexChanged, so views that show only the
    // current scenario need not listen to this one.
    void scenariosReset();
    void currentIndexChanged(int index);
    // What a view of the current scenario follows: emitted after
    // currentIndexChanged(), and after scenarioChanged() for the current one.
    void currentScenarioChanged(int index);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);

private:
    // Only the undo commands apply changes: their redo() and undo().
    friend class ChangeScenarioCommand;
    friend class InsertScenarioCommand;
    friend class RemoveScenarioCommand;
    friend class MoveScenarioCommand;
    void applyScenario(int index, const Scenario &scenario);
    void applyInsert(int index, const Scenario &scenario);
    void applyRemove(int index);
    void applyMove(int from, int to);
    int mergeGeneration() const { return m_mergeGeneration; }

    void emitCurrentIndexChanged();
    void recompute(int index);
    void recomputeAll();

    ScenarioDocument m_data;
    std::vector<ScenarioResult> m_results;
    int m_current = 0;
    QString m_filePath;
    QUndoStack *m_undoStack;
    int m_mergeGeneration = 0;
};

} // namespace ftroi
