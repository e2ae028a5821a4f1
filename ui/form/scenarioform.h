// The input form of the selected scenario, grouped as Workload, API,
// Self-hosted serving, Managed fine-tuning, Quality, Project and Context. Each field shows the
// Document's value and turns a valid edit into one undoable scenario change;
// presets from the catalog fill prices and throughput, all stay editable.
#pragma once

#include "core/catalog/catalog.h"
#include "core/model/scenario.h"

#include <QScrollArea>

#include <functional>
#include <utility>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;

namespace ftroi {

class Document;
class FieldBinder;
class FleetPricingRows;
class ManagedGroup;
class MeasuredCapacityRows;
class NumberField;
class ProjectGroup;
class RangeControls;
class RoutingRow;
class ServingLeverRows;
class TrafficShapeRows;
class VolumeRow;

class ScenarioForm : public QScrollArea
{
    Q_OBJECT

public:
    explicit ScenarioForm(Document *document, QWidget *parent = nullptr);

    // The field bound to a scenario key such as "api.input_price_per_1m" (tests, focus).
    NumberField *field(const QString &key) const;
    RangeControls *rangeControls() const { return m_ranges; }
    ManagedGroup *managedGroup() const { return m_managed; }
    VolumeRow *volumeRow() const { return m_volume; }
    // Refills the API, GPU and managed presets after the price catalog changed (an import).
    void reloadPresets();

private:
    QGroupBox *buildWorkload();
    QGroupBox *buildApi();
    QGroupBox *buildSelfHosted();
    QGroupBox *buildQuality();
    QGroupBox *buildContext();
    QGroupBox *buildDecisionRules();
    void showPriceNote(QLabel *note, const std::optional<PriceSource> &source);

    QComboBox *addLevelCombo(QFormLayout *layout, const QString &label);
    void edit(const QString &description, const std::function<void(Scenario &)> &change);
    void refresh();
    void applyApiPreset(const QString &name);
    void applyInstancePreset(const QString &name);

    Document *m_document;
    FieldBinder *m_binder;
    RangeControls *m_ranges = nullptr;
    ProjectGroup *m_project = nullptr;
    ManagedGroup *m_managed = nullptr;
    TrafficShapeRows *m_traffic = nullptr;
    VolumeRow *m_volume = nullptr;
    ServingLeverRows *m_levers = nullptr;
    FleetPricingRows *m_pricing = nullptr;
    RoutingRow *m_routing = nullptr;
    MeasuredCapacityRows *m_capacity = nullptr;
    QComboBox *m_apiModel = nullptr;
    QComboBox *m_instance = nullptr;
    QComboBox *m_method = nullptr;
    QCheckBox *m_autoFleet = nullptr;
    QLabel *m_presetNote = nullptr;
    std::pair<QString, double> m_presetNoteFor; // the instance name and price the hint describes
    QGroupBox *m_context = nullptr;
    QComboBox *m_consistency = nullptr;
    QComboBox *m_qualityRequirement = nullptr;
    QCheckBox *m_expertise = nullptr;
    QCheckBox *m_iteration = nullptr;
    QCheckBox *m_requiresSelfHosting = nullptr;
    QLabel *m_apiPriceNote = nullptr;      // where the API prices came from; stale or unknown in amber
    QLabel *m_usageNote = nullptr;         // "from usage export, 2026-09-01 – 2026-11-30" while imported values stand
    QLabel *m_apiUsageNote = nullptr;      // the same beside the cached and batch shares
    QLabel *m_instancePriceNote = nullptr; // the same for the instance price
};

} // namespace ftroi
