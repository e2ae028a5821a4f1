// The input form of the selected scenario, grouped as Workload, API,
// Self-hosted serving, Quality, Project and Context. Each field shows the
// Document's value and turns a valid edit into one undoable scenario change;
// presets from the catalog fill prices and throughput, all stay editable.
#pragma once

#include "scenario.h"

#include <QScrollArea>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QRadioButton;
class QTableView;

namespace ftroi {

class Document;
class NumberField;
class PhasesModel;
struct NumberRange;

class ScenarioForm : public QScrollArea
{
    Q_OBJECT

public:
    explicit ScenarioForm(Document *document, QWidget *parent = nullptr);

    // The field bound to a scenario key such as "api.input_price_per_1m" (tests, focus).
    NumberField *field(const QString &key) const;

private:
    using Getter = std::function<double(const Scenario &)>;
    using Setter = std::function<void(Scenario &, double)>;
    struct Binding {
        QString key;
        NumberField *field;
        Getter get;
        Setter set;
    };

    QGroupBox *buildWorkload();
    QGroupBox *buildApi();
    QGroupBox *buildSelfHosted();
    QGroupBox *buildQuality();
    QGroupBox *buildProject();
    QWidget *buildTraining();
    QGroupBox *buildContext();

    NumberField *addNumber(QFormLayout *layout, const QString &key, const QString &label, const QString &unit,
                           NumberRange range, int decimals, double scale, Getter get, Setter set);
    QComboBox *addLevelCombo(QFormLayout *layout, const QString &label);
    void edit(const QString &description, const std::function<void(Scenario &)> &change);
    void refresh();
    void applyApiPreset(const QString &name);
    void applyInstancePreset(const QString &name);

    Document *m_document;
    QList<Binding> m_bindings;
    PhasesModel *m_phases = nullptr;
    QComboBox *m_apiModel = nullptr;
    QComboBox *m_instance = nullptr;
    QComboBox *m_method = nullptr;
    QCheckBox *m_autoFleet = nullptr;
    QLabel *m_presetNote = nullptr;
    QLabel *m_phasesMessage = nullptr;
    QLabel *m_projectSummary = nullptr;
    QRadioButton *m_givenRunCost = nullptr;
    QRadioButton *m_estimatedRunCost = nullptr;
    QWidget *m_training = nullptr;
    QComboBox *m_trainingMethod = nullptr;
    QComboBox *m_trainingGpu = nullptr;
    QCheckBox *m_trainingSpot = nullptr;
    QLabel *m_trainingSummary = nullptr;
    QGroupBox *m_context = nullptr;
    QComboBox *m_consistency = nullptr;
    QComboBox *m_qualityRequirement = nullptr;
    QCheckBox *m_expertise = nullptr;
    QCheckBox *m_iteration = nullptr;
};

} // namespace ftroi
