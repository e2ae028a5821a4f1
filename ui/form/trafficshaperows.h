// The Workload group's traffic shape: a preset (flat, business hours,
// consumer evenings) with a 24-hour profile drawing, the peak hours per day
// and the share of the day's tokens in them. A pair the format refuses (a
// share below H/24, or not 100 % at 24 hours) is refused in place with the reason.
#pragma once

#include "core/model/scenario.h"

#include <QObject>

class QComboBox;
class QFormLayout;

namespace ftroi {

class Document;
class FieldBinder;
class TrafficProfile;

class TrafficShapeRows : public QObject
{
    Q_OBJECT

public:
    TrafficShapeRows(Document *document, FieldBinder *binder, QFormLayout *layout, QObject *parent = nullptr);

    void refresh(const Scenario &s);
    QComboBox *presets() const { return m_presets; }
    TrafficProfile *profile() const { return m_profile; }

    // Why the format refuses peak hours `hours` with the share `share` (worded for
    // the field just edited, after its label), or an empty string.
    static QString refusal(double hours, double share, bool hoursEdited);

private:
    Document *m_document;
    QComboBox *m_presets;
    TrafficProfile *m_profile;
};

} // namespace ftroi
