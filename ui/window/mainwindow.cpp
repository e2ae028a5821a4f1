// MainWindow: layout, menus, shortcuts and file handling.
#include "ui/window/mainwindow.h"

#include "ui/window/priceimportaction.h"

#include "ui/analysis/goalseekdialog.h"
#include "ui/document/autosave.h"
#include "ui/charts/exportchartdialog.h"
#include "ui/window/chartspanel.h"
#include "ui/comparison/comparisonview.h"
#include "ui/document/document.h"
#include "core/io/documentfile.h"
#include "ui/widgets/numberfield.h"
#include "ui/form/scenarioform.h"
#include "ui/window/methodologydialog.h"
#include "ui/window/resultspanel.h"
#include "ui/window/scenariolistpanel.h"
#include "ui/window/sliderpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QShowEvent>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace ftroi {

namespace {
constexpr int kMaxRecentFiles = 8;
const QString kRecentKey = QStringLiteral("recentFiles");
const QString kGeometryKey = QStringLiteral("window/geometry");   // QRect, the normal (not maximized) geometry
const QString kMaximizedKey = QStringLiteral("window/maximized"); // bool
const QString kFileFilter = QStringLiteral("Scenario documents (*.ftroi);;All files (*)");
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
    connect(m_document, &Document::currentIndexChanged, this, &MainWindow::fitResultsArea);
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
    QAction *newAction = file->addAction(tr("&New"), this, &MainWindow::newDocument);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addAction(tr("Import &Prices…"), this, [this] {
        if (importPricesInteractively(this))
            m_form->reloadPresets();
    });
    file->addSeparator();
    QAction *exportChart = file->addAction(tr("&Export Chart…"), this, &MainWindow::exportChartDialog);
    exportChart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *exportCsv = file->addAction(tr("Export Comparison as &CSV…"));
    connect(exportCsv, &QAction::triggered, m_charts->comparisonView(), &ComparisonView::exportCsv);
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
        copyChartToClipboard(m_charts->currentChartKind(), m_document->scenario(i), m_document->result(i),
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
    const QStringList tabs = {tr("&Break-even Chart"), tr("&Cash-flow Chart"), tr("Cost B&reakdown"), tr("Serving &Levers"),
                              tr("Co&mparison Table"), tr("&Sensitivity"), tr("&Two-way Heatmap"),
                              tr("&Uncertainty")};
    for (int i = 0; i < tabs.size(); ++i) {
        QAction *show = view->addAction(tabs[i], this, [this, i] { m_charts->setCurrentIndex(i); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *goalSeek = tools->addAction(tr("&Goal Seek…"), this, [this] {
        if (!m_goalSeek)
            m_goalSeek = new GoalSeekDialog(m_document, this);
        m_goalSeek->show();
        m_goalSeek->raise();
        m_goalSeek->activateWindow();
    });
    goalSeek->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));

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

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — Fine-Tuning ROI Studio").arg(m_document->displayName()));
    setWindowFilePath(m_document->filePath());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    Q_EMIT messageShown(message);
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box.exec();
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("\"%1\" has unsaved changes. Save them?").arg(m_document->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("unsavedChangesPrompt"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

bool MainWindow::offerRecovery()
{
    const QList<RecoveryCopy> copies = Autosave::orphanedCopies(m_autosave->folder());
    if (copies.isEmpty())
        return false;
    const RecoveryCopy &copy = copies.first(); // the newest
    const QString name = copy.originalPath.isEmpty() ? tr("an unsaved document") : QFileInfo(copy.originalPath).fileName();
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved changes?"),
                    tr("Fine-Tuning ROI Studio did not close properly. A recovery copy of %1 from %2 is available.")
                        .arg(name, QLocale().toString(copy.savedAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("recoveryPrompt"));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore) {
        Autosave::discardCopy(copy);
        return false;
    }
    Result<ScenarioDocument> recovered = Autosave::readCopy(copy);
    if (!recovered) {
        showError(tr("Cannot restore"), tr("The recovery copy could not be read:\n\n%1").arg(recovered.error()));
        return false;
    }
    m_document->reset(std::move(recovered).value(), copy.originalPath);
    m_document->markModified();
    Autosave::discardCopy(copy);
    m_autosave->writeNow(); // this instance now guards the restored changes
    statusBar()->showMessage(tr("Restored unsaved changes of %1").arg(name), 8000);
    return true;
}

void MainWindow::newDocument()
{
    if (!maybeSave())
        return;
    m_document->reset(Document::defaultDocument(), QString());
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->filePath().isEmpty() ? QDir::homePath() : QFileInfo(m_document->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Scenario Document"), dir, kFileFilter);
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    Result<ScenarioDocument> loaded = loadDocumentFile(path);
    if (!loaded) {
        showError(tr("Cannot open document"),
                  tr("\"%1\" was not opened:\n\n%2\n\nThe current document is unchanged.").arg(QFileInfo(path).fileName(), loaded.error()));
        return false;
    }
    m_document->reset(std::move(loaded).value(), QFileInfo(path).absoluteFilePath());
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Opened %1").arg(m_document->displayName()), 5000);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    return saveTo(m_document->filePath());
}

bool MainWindow::saveAs()
{
    QString suggested = m_document->filePath();
    if (suggested.isEmpty())
        suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("Scenarios.ftroi"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save Scenario Document"), suggested, kFileFilter);
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ftroi");
    return saveTo(path);
}

bool MainWindow::saveTo(const QString &path)
{
    const Result<void> saved = saveDocumentFile(m_document->data(), path);
    if (!saved) {
        showError(tr("Cannot save document"), saved.error() + tr("\n\nYour changes are still open and unsaved."));
        return false;
    }
    m_document->setFilePath(QFileInfo(path).absoluteFilePath());
    m_document->markSaved();
    addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 5000);
    return true;
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
    ExportChartDialog dialog(m_document->scenario(i), m_document->result(i), m_document->currency(),
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

void MainWindow::addRecentFile(const QString &path)
{
    QSettings settings;
    QStringList files = settings.value(kRecentKey).toStringList();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecentFiles)
        files.removeLast();
    settings.setValue(kRecentKey, files);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : files) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openFile(path);
        })->setToolTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(kRecentKey);
            rebuildRecentMenu();
        });
    }
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
    // kMinChartTabsHeight (a chart of at least 350 pixels under the tab bar, so a 1366x768
    // screen still shows a readable chart), the panel at least kMinResultsHeight; beyond that
    // the panel scrolls, so the window never needs to be taller than its screen. Recomputed
    // when the column is resized or another scenario is shown; a splitter drag in between
    // stays as the user left it.
    constexpr int kMinChartTabsHeight = 390;
    constexpr int kMinResultsHeight = 120;
    auto *column = static_cast<QSplitter *>(m_resultsArea->parentWidget());
    const int total = column->height() - column->handleWidth();
    if (total <= 0)
        return;
    const int width = m_resultsArea->viewport()->width();
    const int height = m_results->hasHeightForWidth() ? m_results->heightForWidth(width) : m_results->sizeHint().height();
    const int wanted = std::max(height, m_results->minimumSizeHint().height()) + 2 * m_resultsArea->frameWidth()
        + m_results->fontMetrics().height(); // slack for the group box frames
    const int results = std::min(wanted, std::max(kMinResultsHeight, total - kMinChartTabsHeight));
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
    if (maybeSave()) {
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
    if (maybeSave())
        openFile(urls.first().toLocalFile());
}

} // namespace ftroi
