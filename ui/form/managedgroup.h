// The "Managed fine-tuning" group of the input form: turns the managed path
// on or off, picks a provider preset and edits its prices, training, review
// rate and engineering hours, with a summary of its one-time cost.
#pragma once

#include "core/engine/costengine.h"

#include <QGroupBox>

#include <functional>

class QComboBox;
class QLabel;

namespace ftroi {

class Document;
class FieldBinder;

class ManagedGroup : public QGroupBox
{
    Q_OBJECT

public:
    ManagedGroup(Document *document, FieldBinder *binder, QWidget *parent = nullptr);

    QComboBox *providerCombo() const { return m_provider; }
    // Shows the current scenario's managed path (or that there is none).
    void refresh(const Scenario &scenario, const ScenarioResult &result);
    // Refills the provider presets after the price catalog changed (an import).
    void reloadPresets();

private:
    void editManaged(const QString &description, const std::function<void(ManagedPath &)> &change);
    void applyPreset(const QString &provider);

    Document *m_document;
    FieldBinder *m_binder;
    QComboBox *m_provider = nullptr;
    QLabel *m_presetNote = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace ftroi
