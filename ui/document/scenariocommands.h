// Undo commands for scenario edits: one generic "change a scenario" command
// that merges repeated edits (a slider drag is one step, see undomergeid.h),
// and commands for adding, removing and reordering scenarios. They are the
// only code that applies a change to a Document.
#pragma once

#include "core/model/scenario.h"

#include <QUndoCommand>

namespace ftroi {

class Document;

class ChangeScenarioCommand : public QUndoCommand
{
public:
    ChangeScenarioCommand(Document *document, int index, Scenario before, Scenario after,
                          const QString &text, int mergeId);
    void undo() override;
    void redo() override;
    // QUndoStack offers mergeWith() only to commands with the same id.
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    Document *m_document;
    int m_index;
    Scenario m_before;
    Scenario m_after;
    int m_mergeId;
    int m_generation;
};

class InsertScenarioCommand : public QUndoCommand
{
public:
    InsertScenarioCommand(Document *document, int index, Scenario scenario, const QString &text);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    int m_index;
    Scenario m_scenario;
};

class RemoveScenarioCommand : public QUndoCommand
{
public:
    RemoveScenarioCommand(Document *document, int index);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    int m_index;
    Scenario m_scenario;
};

class MoveScenarioCommand : public QUndoCommand
{
public:
    MoveScenarioCommand(Document *document, int from, int to);
    void undo() override;
    void redo() override;

private:
    Document *m_document;
    int m_from;
    int m_to;
};

} // namespace ftroi
