// The main window: scenario list and input form on the left; sliders,
// results and chart/comparison tabs on the right. It wires the menus, drag
// and drop and the status bar to the DocumentController, which owns the file
// lifecycle (new, open, save, recent files, unsaved-changes prompt,
// recovery), and owns its placement: sized to the screen it opens on, the
// geometry it closed with restored only when that still fits a screen.
#pragma once

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QMenu;
class QScrollArea;

namespace ftroi {

class Autosave;
class ChartsPanel;
struct ChartOptions;
enum class ChartKind;
class Document;
class DocumentController;
class UsageImportAction;
class DocumentDialogs;
class GoalSeekDialog;
class ReportExportAction;
class ResultsPanel;
class ScenarioForm;
class ScenarioListPanel;
class ScheduleDialog;
class SliderPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    UsageImportAction *usageImport() const { return m_usageImport; }
    DocumentController *documentController() const { return m_files; }
    SliderPanel *sliders() const { return m_sliders; }
    ResultsPanel *results() const { return m_results; }
    ScenarioForm *form() const { return m_form; }
    ChartsPanel *charts() const { return m_charts; }
    ReportExportAction *reportAction() const { return m_report; }
    ScenarioListPanel *scenarioList() const { return m_list; }

    // The file lifecycle, as DocumentController's functions of the same names.
    bool openFile(const QString &path);
    bool saveTo(const QString &path);
    bool save();
    bool saveAs();
    bool maybeSave();
    void newDocument();
    bool offerRecovery();
    QMenu *recentFilesMenu() const { return m_recentMenu; }
    // Tools > Goal Seek (created when first opened).
    GoalSeekDialog *goalSeekDialog() const { return m_goalSeek; }
    // Tools > Monthly Schedule (created when first opened).
    ScheduleDialog *scheduleDialog() const { return m_schedule; }
    void showSchedule();
    // File > Export Workbook…: the live workbook of the whole document at
    // `path`; a failure is shown in a message box. True when written.
    bool exportWorkbook(const QString &path);

    Autosave *autosave() const { return m_autosave; }

    // The preferred 1500 x 950 window, shrunk to fit `available` (a screen's
    // available geometry, window frame included) and centred in it.
    static QRect defaultGeometry(const QRect &available);

Q_SIGNALS:
    // A message for the user was shown (error dialogs are also announced here).
    void messageShown(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildMenus();
    void exportChartDialog();
    void exportWorkbookDialog();
    // The document's name and the chart tab's choices, for exports and copies.
    ChartOptions chartOptions(ChartKind kind) const;
    void about();
    void updateTitle();
    void fitResultsArea();
    void placeOnScreen();
    void rememberGeometry();

    Document *m_document;
    UsageImportAction *m_usageImport = nullptr; // File > Import Usage…
    ScenarioListPanel *m_list;
    ScenarioForm *m_form;
    SliderPanel *m_sliders;
    ResultsPanel *m_results;
    ChartsPanel *m_charts;
    ReportExportAction *m_report = nullptr;
    QMenu *m_recentMenu = nullptr;
    GoalSeekDialog *m_goalSeek = nullptr;
    ScheduleDialog *m_schedule = nullptr;
    QString m_lastWorkbookFolder;
    QScrollArea *m_resultsArea = nullptr;
    QTimer m_refitResults;
    bool m_resultsSizedByUser = false; // the results/charts splitter was dragged since the scenario was chosen
    Autosave *m_autosave;
    std::unique_ptr<DocumentDialogs> m_dialogs;
    DocumentController *m_files;
};

} // namespace ftroi
