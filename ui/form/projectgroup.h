// The Project group of the input form (see projectgroup.cpp).
#pragma once

#include "core/engine/costengine.h"

#include <QGroupBox>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QRadioButton;

namespace ftroi {

class Document;
class FieldBinder;
class PhasesModel;

class ProjectGroup : public QGroupBox
{
    Q_OBJECT

public:
    ProjectGroup(Document *document, FieldBinder *binder, QWidget *parent = nullptr);

    // Shows the current scenario's project values and their totals.
    void refresh(const Scenario &scenario, const ScenarioResult &result);

private:
    QWidget *buildTraining();
    void editCurrent(const QString &description, const std::function<void(Scenario &)> &change);

    Document *m_document;
    FieldBinder *m_binder;
    PhasesModel *m_phases = nullptr;
    QLabel *m_phasesMessage = nullptr;
    QLabel *m_hoursTotal = nullptr; // the phases' hours summed, and what they cost
    QLabel *m_projectSummary = nullptr;
    QRadioButton *m_givenRunCost = nullptr;
    QRadioButton *m_estimatedRunCost = nullptr;
    QWidget *m_training = nullptr;
    QComboBox *m_trainingMethod = nullptr;
    QComboBox *m_trainingGpu = nullptr;
    QCheckBox *m_trainingSpot = nullptr;
    QComboBox *m_trainingEstimate = nullptr; // which estimate prices the runs
    QLabel *m_trainingSummary = nullptr;
    QLabel *m_trainingCheck = nullptr; // both estimates, when they disagree
};

} // namespace ftroi
