// MainWindow: layout, menus, shortcuts and the wiring of the file lifecycle.
#include "ui/window/mainwindow.h"

#include "ui/window/autosaveindicator.h"
#include "ui/window/priceimportaction.h"
#include "ui/window/reportexportaction.h"
#include "ui/window/usageimportaction.h"

#include "ui/analysis/goalseekdialog.h"
#include "ui/document/autosave.h"
#include "ui/export/exportchartdialog.h"
#include "ui/window/chartspanel.h"
#include "ui/comparison/comparisonview.h"
#include "ui/document/document.h"
#include "ui/document/documentcontroller.h"
#include "ui/window/documentdialogs.h"
#include "ui/window/recentfilesmenu.h"
#include "ui/widgets/numberfield.h"
#include "ui/widgets/savepath.h"
#include "ui/form/scenarioform.h"
#include "ui/window/methodologydialog.h"
#include "ui/window/resultspanel.h"
#include "ui/window/scenariolistpanel.h"
#include "ui/window/scheduledialog.h"
#include "core/report/workbook.h"
#include "ui/window/sliderpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QScrollArea>
#include <QShowEvent>
#include <QSettings>
#include <QSplitter>
#include <QTimer>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ftroi {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");   // QRect, the normal (not maximized) geometry
const QString kMaximizedKey = QStringLiteral("window/maximized"); // bool
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_document(new Document(this))
{
    m_list = new ScenarioListPanel(m_document);
    m_form = new ScenarioForm(m_document);
    m_sliders = new SliderPanel(m_document);
    m_results = new ResultsPanel(m_document);
    m_charts = new ChartsPanel(m_document);
    m_results->setUncertainty(m_charts->uncertainty());

    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_list);
    left->addWidget(m_form);
    left->setStretchFactor(1, 1);
    left->setSizes({150, 700});

    // The results sit in a frameless scroll area: their labels change on every
    // slider step, and the scroll area keeps the relayout inside the panel
    // instead of re-laying out the whole window.
    auto *resultsArea = new QScrollArea;
    resultsArea->setWidget(m_results);
    resultsArea->setWidgetResizable(true);
    resultsArea->setFrameShape(QFrame::NoFrame);
    resultsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_resultsArea = resultsArea;

    auto *rightSplit = new QSplitter(Qt::Vertical);
    rightSplit->addWidget(resultsArea);
    rightSplit->addWidget(m_charts);
    rightSplit->setStretchFactor(1, 1);
    rightSplit->installEventFilter(this);
    connect(m_document, &Document::currentIndexChanged, this, [this] {
        m_resultsSizedByUser = false;
        fitResultsArea();
    });
    // New lines in the results (a close call, the Monte Carlo's summary) refit them,
    // unless the user has dragged the splitter since the scenario was chosen.
    connect(rightSplit, &QSplitter::splitterMoved, this, [this] { m_resultsSizedByUser = true; });
    // One refit after a burst of refreshes (a slider drag), not one per refresh.
    m_refitResults.setSingleShot(true);
    connect(&m_refitResults, &QTimer::timeout, this, &MainWindow::fitResultsArea);
    connect(m_results, &ResultsPanel::contentChanged, this, [this] {
        if (!m_resultsSizedByUser)
            m_refitResults.start(0);
    });
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_sliders);
    rightLayout->addWidget(rightSplit, 1);

    auto *main = new QSplitter(Qt::Horizontal);
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(1, 1);
    main->setSizes({470, 1000});
    setCentralWidget(main);

    bool intervalOk = false;
    const int interval = qEnvironmentVariableIntValue("FTROI_AUTOSAVE_INTERVAL_MS", &intervalOk);
    m_autosave = new Autosave(m_document, QString(), intervalOk && interval > 0 ? interval : Autosave::kDefaultIntervalMs, this);
    m_dialogs = std::make_unique<DocumentDialogs>(this);
    m_files = new DocumentController(m_document, m_autosave, m_dialogs.get(), this);
    connect(m_files, &DocumentController::errorShown, this, &MainWindow::messageShown);
    connect(m_files, &DocumentController::statusMessage, statusBar(), &QStatusBar::showMessage);
    statusBar()->addPermanentWidget(new AutosaveIndicator(m_autosave));

    buildMenus();
    setAcceptDrops(true);
    placeOnScreen();

    connect(m_document, &Document::modifiedChanged, this, &MainWindow::setWindowModified);
    connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
    updateTitle();
    statusBar()->showMessage(tr("Drag the sliders to see costs, payback and break-even move."), 8000);
    // A refused entry that the focus left behind is restored; the status bar says why.
    const QList<NumberField *> fields = m_form->findChildren<NumberField *>();
    for (NumberField *field : fields)
        connect(field, &NumberField::editReverted, this, [this](const QString &message) {
            statusBar()->showMessage(message, 10000);
        });
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New"), m_files, &DocumentController::newDocument);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), m_files, &DocumentController::openWithDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = new RecentFilesMenu(m_files, file);
    file->addMenu(m_recentMenu);
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), m_files, &DocumentController::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), m_files, &DocumentController::saveAs);
    // Not every platform theme binds Save As: Ctrl+Shift+S everywhere.
    saveAsAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty()
                                   ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
                                   : QKeySequence::keyBindings(QKeySequence::SaveAs));
    file->addSeparator();
    auto *prices = new PriceImportAction(this, statusBar());
    file->addAction(prices->action());
    connect(prices, &PriceImportAction::finished, this, [this](bool changed) {
        if (changed)
            m_form->reloadPresets();
    });
    m_usageImport = new UsageImportAction(this, m_document);
    file->addAction(m_usageImport->action());
    connect(m_usageImport, &UsageImportAction::statusMessage, statusBar(), &QStatusBar::showMessage);
    file->addSeparator();
    QAction *exportChart = file->addAction(tr("&Export Chart…"), this, &MainWindow::exportChartDialog);
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_report = new ReportExportAction(m_document, this, statusBar());
    file->addAction(m_report->action());
    QAction *exportCsv = file->addAction(tr("Export Comparison as &CSV…"));
    connect(exportCsv, &QAction::triggered, m_charts->comparisonView(), &ComparisonView::exportCsv);
    QAction *exportBook = file->addAction(tr("Export &Workbook…"), this, &MainWindow::exportWorkbookDialog);
    exportBook->setObjectName(QStringLiteral("exportWorkbook"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z and Ctrl+Y both redo, whatever the platform's own choice.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copyChart = edit->addAction(tr("Copy C&hart"), this, [this] {
        const int i = m_document->currentIndex();
        if (i < 0)
            return;
        copyChartToClipboard(m_charts->currentChartKind(), m_document->scenario(i), m_charts->shownResult(i),
                             m_document->currency(), QSize(1920, 1080), false,
                             chartOptions(m_charts->currentChartKind()));
        statusBar()->showMessage(tr("Copied the %1 chart (1920 x 1080) to the clipboard")
                                     .arg(chartKindTitle(m_charts->currentChartKind()).toLower()), 5000);
    });
    copyChart->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    QAction *copyTable = edit->addAction(tr("Copy &Comparison Table"));
    copyTable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copyTable, &QAction::triggered, m_charts->comparisonView(), &ComparisonView::copy);

    QMenu *scenario = menuBar()->addMenu(tr("&Scenario"));
    scenario->addActions({m_list->addAction(), m_list->duplicateAction(), m_list->renameAction(),
                          m_list->deleteAction()});
    scenario->addSeparator();
    scenario->addActions({m_list->moveUpAction(), m_list->moveDownAction()});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_charts->addViewActions(view); // one per tab, from the chart registry

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *goalSeek = tools->addAction(tr("&Goal Seek…"), this, [this] {
        if (!m_goalSeek)
            m_goalSeek = new GoalSeekDialog(m_document, this);
        m_goalSeek->show();
        m_goalSeek->raise();
        m_goalSeek->activateWindow();
    });
    goalSeek->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    QAction *schedule = tools->addAction(tr("Monthly &Schedule…"), this, &MainWindow::showSchedule);
    schedule->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    schedule->setObjectName(QStringLiteral("toolsSchedule"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *methodology = help->addAction(tr("&Methodology and Glossary"), this, [this] {
        auto *dialog = new MethodologyDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    methodology->setShortcut(QKeySequence::HelpContents);
    methodology->setObjectName(QStringLiteral("helpMethodology"));
    help->addAction(tr("&About Fine-Tuning ROI Studio"), this, &MainWindow::about);
}

void MainWindow::showSchedule()
{
    if (!m_schedule)
        m_schedule = new ScheduleDialog(m_document, this);
    m_schedule->show();
    m_schedule->raise();
    m_schedule->activateWindow();
}

bool MainWindow::exportWorkbook(const QString &path)
{
    const Result<void> written = writeWorkbook(m_document->data(), path);
    if (!written) {
        QMessageBox::warning(this, tr("Export Failed"), tr("%1: %2").arg(QDir::toNativeSeparators(path), written.error()));
        return false;
    }
    statusBar()->showMessage(tr("Exported the workbook to %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::exportWorkbookDialog()
{
    const QString base = QFileInfo(m_document->displayName()).completeBaseName();
    const QString path = askSavePath(this, tr("Export Workbook"), (base.isEmpty() ? tr("model") : base) + QStringLiteral(".xlsx"),
                                     tr("Excel workbooks (*.xlsx);;All files (*)"), QStringLiteral("xlsx"),
                                     m_document->filePath(), m_lastWorkbookFolder);
    if (path.isEmpty())
        return;
    exportWorkbook(path);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Fine-Tuning ROI Studio").arg(m_document->displayName()));
    setWindowFilePath(m_document->filePath());
}

bool MainWindow::openFile(const QString &path)
{
    return m_files->openFile(path);
}

bool MainWindow::saveTo(const QString &path)
{
    return m_files->saveTo(path);
}

bool MainWindow::save()
{
    return m_files->save();
}

bool MainWindow::saveAs()
{
    return m_files->saveAs();
}

bool MainWindow::maybeSave()
{
    return m_files->maybeSave();
}

void MainWindow::newDocument()
{
    m_files->newDocument();
}

bool MainWindow::offerRecovery()
{
    return m_files->offerRecovery();
}

ChartOptions MainWindow::chartOptions(ChartKind kind) const
{
    ChartOptions options;
    options.documentName = m_charts->documentName();
    options.choicesFrom = m_charts->chart(kind); // the tab's metric and inputs
    return options;
}

void MainWindow::exportChartDialog()
{
    const int i = m_document->currentIndex();
    if (i < 0)
        return;
    ExportChartDialog dialog(m_document->scenario(i), m_charts->shownResult(i), m_document->currency(),
                             m_charts->currentChartKind(), this, m_document->filePath(),
                             [this](ChartKind kind) { return chartOptions(kind); });
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Exported the %1 chart to %2")
                                 .arg(chartKindTitle(dialog.chartKind()).toLower(),
                                      QDir::toNativeSeparators(QFileInfo(dialog.filePath()).absoluteFilePath())),
                             10000);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Fine-Tuning ROI Studio"),
                       tr("<h3>Fine-Tuning ROI Studio %1</h3>"
                          "<p>Would fine-tuning and self-hosting an open model be cheaper than your LLM API bill, "
                          "and when does it pay back?</p>"
                          "<p>Models API cost, GPU serving, storage, review cost, engineering and training, "
                          "with break-even volumes, payback and a recommendation.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    fitResultsArea();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (m_resultsArea && watched == m_resultsArea->parentWidget() && event->type() == QEvent::Resize)
        fitResultsArea();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::fitResultsArea()
{
    // The whole panel at its current width (wrapped text included) while the chart tabs keep
    // kMinChartTabsHeight (a chart of at least 280 pixels under the tab bar, so a 1366x768
    // screen still shows a readable chart), the panel at least kMinResultsHeight; beyond that
    // the panel scrolls, so the window never needs to be taller than its screen. Recomputed
    // when the column is resized or another scenario is shown; a splitter drag in between
    // stays as the user left it. When the whole panel does not fit, it ends below the
    // decision (the details scroll into view) so that nothing is cut through.
    constexpr int kMinChartTabsHeight = 320;
    constexpr int kMinResultsHeight = 120;
    auto *column = static_cast<QSplitter *>(m_resultsArea->parentWidget());
    const int total = column->height() - column->handleWidth();
    if (total <= 0)
        return;
    const int width = m_resultsArea->viewport()->width();
    const int height = m_results->hasHeightForWidth() ? m_results->heightForWidth(width) : m_results->sizeHint().height();
    const int wanted = std::max(height, m_results->minimumSizeHint().height()) + 2 * m_resultsArea->frameWidth()
        + m_results->fontMetrics().height(); // slack for the group box frames
    const int available = std::max(kMinResultsHeight, total - kMinChartTabsHeight);
    int results = std::min(wanted, available);
    // Not all of it fits: end at the decision's bottom rather than cut through the details
    // (they scroll into view), and give the chart the rest.
    if (wanted > available) {
        // A little slack: the group box's frame and the layout's rounding.
        const int decision = m_results->decisionHeightForWidth(width) + 2 * m_resultsArea->frameWidth()
            + m_results->fontMetrics().height() / 2;
        if (decision <= available)
            results = decision;
    }
    if (column->sizes().value(0) != results)
        column->setSizes({results, total - results});
}

QRect MainWindow::defaultGeometry(const QRect &available)
{
    // Room for the window frame and title bar, which are not known before the
    // window is shown: a twentieth of the screen each way, at least 8 pixels.
    const QSize room(std::max(8, available.width() / 20), std::max(8, available.height() / 20));
    const QSize size = QSize(1500, 950).boundedTo(available.size() - room).expandedTo(QSize(1, 1));
    QRect geometry(QPoint(0, 0), size);
    geometry.moveCenter(available.center());
    return geometry;
}

void MainWindow::placeOnScreen()
{
    // The remembered geometry comes back only when it fits a screen that is
    // there now; otherwise the window is sized for the screen it opens on.
    const QSettings settings;
    const QRect saved = settings.value(kGeometryKey).toRect();
    if (saved.isValid()) {
        const QScreen *target = QGuiApplication::screenAt(saved.center());
        if (target && target->availableGeometry().contains(saved)) {
            setGeometry(saved);
            if (settings.value(kMaximizedKey).toBool())
                setWindowState(windowState() | Qt::WindowMaximized);
            return;
        }
    }
    const QScreen *target = screen() ? screen() : QGuiApplication::primaryScreen();
    if (target)
        setGeometry(defaultGeometry(target->availableGeometry()));
    else
        resize(1500, 950);
}

void MainWindow::rememberGeometry()
{
    QSettings settings;
    settings.setValue(kGeometryKey, normalGeometry());
    settings.setValue(kMaximizedKey, isMaximized());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_files->maybeSave()) {
        rememberGeometry();
        event->accept();
    } else {
        event->ignore();
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    m_files->openAfterPrompt(urls.first().toLocalFile());
}

} // namespace ftroi
