// Undo commands that edit a Document.
#include "ui/document/scenariocommands.h"

#include "ui/document/document.h"

#include <QCoreApplication>

namespace ftroi {

ChangeScenarioCommand::ChangeScenarioCommand(Document *document, int index, Scenario before, Scenario after,
                                             const QString &text, int mergeId)
    : QUndoCommand(text), m_document(document), m_index(index), m_before(std::move(before)),
      m_after(std::move(after)), m_mergeId(mergeId < 0 ? NoMerge : mergeId), m_generation(document->mergeGeneration())
{
}

void ChangeScenarioCommand::undo()
{
    m_document->applyScenario(m_index, m_before);
}

void ChangeScenarioCommand::redo()
{
    m_document->applyScenario(m_index, m_after);
}

bool ChangeScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ChangeScenarioCommand *>(other);
    if (o->m_index != m_index || o->m_generation != m_generation)
        return false;
    m_after = o->m_after;
    return true;
}

InsertScenarioCommand::InsertScenarioCommand(Document *document, int index, Scenario scenario, const QString &text)
    : QUndoCommand(text), m_document(document), m_index(index), m_scenario(std::move(scenario))
{
}

void InsertScenarioCommand::undo()
{
    m_document->applyRemove(m_index);
}

void InsertScenarioCommand::redo()
{
    m_document->applyInsert(m_index, m_scenario);
}

RemoveScenarioCommand::RemoveScenarioCommand(Document *document, int index)
    : QUndoCommand(QCoreApplication::translate("Document", "Delete scenario \"%1\"").arg(document->scenario(index).name)),
      m_document(document), m_index(index), m_scenario(document->scenario(index))
{
}

void RemoveScenarioCommand::undo()
{
    m_document->applyInsert(m_index, m_scenario);
}

void RemoveScenarioCommand::redo()
{
    m_document->applyRemove(m_index);
}

MoveScenarioCommand::MoveScenarioCommand(Document *document, int from, int to)
    : QUndoCommand(QCoreApplication::translate("Document", "Move scenario \"%1\"").arg(document->scenario(from).name)),
      m_document(document), m_from(from), m_to(to)
{
}

void MoveScenarioCommand::undo()
{
    m_document->applyMove(m_to, m_from);
}

void MoveScenarioCommand::redo()
{
    m_document->applyMove(m_from, m_to);
}

} // namespace ftroi
