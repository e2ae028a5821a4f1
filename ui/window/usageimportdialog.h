// File > Import Usage…'s summary, shown before anything changes: the days the
// file covers, its models and their token shares, what each field becomes,
// what the file cannot tell, and what its tokens cost a month at the current
// scenario's API prices. A model choice when the file has several, a time
// zone choice (which reads the file again: calendar days and hours move).
// Apply hands the scenario to change; Cancel changes nothing.
#pragma once

#include "core/imports/usageimport.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace ftroi {

class UsageImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `data` is the file read at `tzOffset`; `scenario` the one an Apply changes.
    UsageImportDialog(std::shared_ptr<const usage::UsageData> data, const QString &path, const Scenario &scenario,
                      const QString &currency, QWidget *parent = nullptr);

    // The summary for the chosen model (nullopt with the reason when the choice is refused).
    const Result<UsageSummary> &summary() const { return m_summary; }
    // The scenario as Apply leaves it (valid only when summary() is).
    Result<Scenario> appliedScenario() const;
    QString summaryText() const; // everything the dialog shows, for tests
    void chooseModel(const QString &name);
    void chooseTz(int offsetSeconds);

Q_SIGNALS:
    // Another time zone was chosen: the file must be read again at this offset.
    void tzChosen(int offsetSeconds);

private:
    void refresh();

    std::shared_ptr<const usage::UsageData> m_data;
    QString m_path;
    Scenario m_scenario;
    QString m_currency;
    Result<UsageSummary> m_summary;
    QComboBox *m_model = nullptr;
    QComboBox *m_tz;
    QLabel *m_facts;
    QDialogButtonBox *m_buttons;
};

} // namespace ftroi
