// The main window: scenario list and input form on the left; sliders,
// results and chart/comparison tabs on the right. It owns file handling
// (new, open, save, recent files, unsaved-changes prompt, drag and drop) and
// its placement: sized to the screen it opens on, the geometry it closed with
// restored only when that still fits a screen.
#pragma once

#include <QMainWindow>

class QMenu;
class QScrollArea;

namespace ftroi {

class Autosave;
class ChartsPanel;
struct ChartOptions;
enum class ChartKind;
class Document;
class GoalSeekDialog;
class ResultsPanel;
class ScenarioForm;
class ScenarioListPanel;
class SliderPanel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_document; }
    SliderPanel *sliders() const { return m_sliders; }
    ResultsPanel *results() const { return m_results; }
    ScenarioForm *form() const { return m_form; }
    ChartsPanel *charts() const { return m_charts; }
    ScenarioListPanel *scenarioList() const { return m_list; }

    // Opens `path`; on a refused file shows why and keeps the current document.
    bool openFile(const QString &path);
    bool saveTo(const QString &path);
    bool save();
    bool saveAs();
    // Asks Save / Discard / Cancel when there are unsaved changes; true to go on.
    bool maybeSave();
    // File > New: a new document with one default scenario (asks first when there are unsaved changes).
    void newDocument();
    QMenu *recentFilesMenu() const { return m_recentMenu; }
    // Tools > Goal Seek (created when first opened).
    GoalSeekDialog *goalSeekDialog() const { return m_goalSeek; }

    // Offers to restore the newest recovery copy a crashed instance left;
    // true when one was restored.
    bool offerRecovery();
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
    void openDialog();
    void exportChartDialog();
    // The document's name and the chart tab's choices, for exports and copies.
    ChartOptions chartOptions(ChartKind kind) const;
    void about();
    void updateTitle();
    void addRecentFile(const QString &path);
    void rebuildRecentMenu();
    void showError(const QString &title, const QString &message);
    void fitResultsArea();
    void placeOnScreen();
    void rememberGeometry();

    Document *m_document;
    ScenarioListPanel *m_list;
    ScenarioForm *m_form;
    SliderPanel *m_sliders;
    ResultsPanel *m_results;
    ChartsPanel *m_charts;
    QMenu *m_recentMenu = nullptr;
    GoalSeekDialog *m_goalSeek = nullptr;
    QScrollArea *m_resultsArea = nullptr;
    Autosave *m_autosave;
};

} // namespace ftroi
