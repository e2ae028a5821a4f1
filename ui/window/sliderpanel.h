// The three sliders that stay in view: daily volume (log scale, 10 thousand
// to 10 billion tokens/day, with a typed value), target utilization and the
// self-hosted review rate (with the API's rate beside it). Every move edits
// the current scenario live; a whole drag merges into one undo step.
#pragma once

#include <QWidget>

class QLabel;
class QSlider;

namespace ftroi {

class Document;
class NumberField;

class SliderPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SliderPanel(Document *document, QWidget *parent = nullptr);

    QSlider *volumeSlider() const { return m_volume; }
    QSlider *utilizationSlider() const { return m_utilization; }
    QSlider *reviewRateSlider() const { return m_reviewRate; }
    NumberField *volumeField() const { return m_volumeField; }

    // Slider position <-> tokens/day (3 significant digits).
    static double tokensForPosition(int position);
    static int positionForTokens(double tokensPerDay);
    static constexpr int kVolumeSteps = 600;

private:
    void refresh();
    void setVolume(double tokensPerDay, int mergeId);

    Document *m_document;
    QSlider *m_volume;
    NumberField *m_volumeField;
    QLabel *m_volumeText;
    QSlider *m_utilization;
    QLabel *m_utilizationText;
    QSlider *m_reviewRate;
    QLabel *m_reviewRateText;
};

} // namespace ftroi
