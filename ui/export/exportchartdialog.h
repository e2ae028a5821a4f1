// The "Export chart" dialog: pick a chart, a size, a background and a format,
// see a live preview, then save to a file or copy to the clipboard. The work
// is done by chartexport, the same code the command line uses. The file name
// is proposed as "<scenario-slug>-<chart>.png" in the folder of the last
// export (remembered in QSettings), else beside the document, else in Pictures.
#pragma once

#include "ui/export/chartexport.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace ftroi {

class ExportChartDialog : public QDialog
{
    Q_OBJECT

public:
    // `documentPath` (may be empty: unsaved) gives the default folder; the
    // options' choicesFrom is looked up per kind through `choices`.
    ExportChartDialog(const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                      ChartKind initial, QWidget *parent = nullptr, const QString &documentPath = QString(),
                      std::function<ChartOptions(ChartKind)> options = {});

    // The QSettings key of the last export folder.
    static QString lastFolderKey();
    // The folder proposed for a new export: the last one used when it still
    // exists, else the document's, else Pictures (else home).
    static QString defaultFolder(const QString &documentPath);

    ChartKind chartKind() const;
    QSize imageSize() const;
    bool isTransparent() const;
    bool isSvg() const;
    QString filePath() const;
    void setFilePath(const QString &path);

private:
    void browse();
    void exportChart();
    void copyToClipboard();
    void updateDefaultPath();
    void updateState();
    void updatePreview();
    // Empty when the settings can be exported, else what is wrong.
    QString validationMessage() const;
    void showMessage(const QString &text, bool isError);
    ChartOptions currentOptions() const;

    Scenario m_scenario;
    ScenarioResult m_result;
    QString m_currency;
    QString m_documentPath;
    std::function<ChartOptions(ChartKind)> m_options;
    bool m_pathEdited = false;

    QComboBox *m_kind;
    QComboBox *m_sizePreset;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QComboBox *m_background;
    QComboBox *m_format;
    QLineEdit *m_path;
    QLabel *m_preview;
    QLabel *m_message;
    QPushButton *m_exportButton;
    QPushButton *m_copyButton;
    QTimer *m_previewTimer;
};

} // namespace ftroi
