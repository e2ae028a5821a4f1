// Export dialog: settings, inline validation, debounced preview, save and copy.
#include "ui/export/exportchartdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace ftroi {

namespace {

constexpr QSize kPreviewSize(480, 270);
constexpr int kCustomPreset = 3;
const QSize kPresets[] = {QSize(1280, 720), QSize(1920, 1080), QSize(3840, 2160)};

// A checkerboard behind transparent previews, as image editors show them.
QPixmap checkerboard(QSize size)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    const int cell = 8;
    for (int y = 0; y < size.height(); y += cell)
        for (int x = (y / cell) % 2 * cell; x < size.width(); x += 2 * cell)
            painter.fillRect(x, y, cell, cell, QColor(0xE0, 0xE0, 0xE0));
    return pixmap;
}

} // namespace

ExportChartDialog::ExportChartDialog(const Scenario &scenario, const ScenarioResult &result, const QString &currency,
                                     ChartKind initial, QWidget *parent, const QString &documentPath,
                                     std::function<ChartOptions(ChartKind)> options)
    : QDialog(parent), m_scenario(scenario), m_result(result), m_currency(currency), m_documentPath(documentPath),
      m_options(std::move(options)), m_kind(new QComboBox(this)),
      m_sizePreset(new QComboBox(this)), m_width(new QSpinBox(this)), m_height(new QSpinBox(this)),
      m_background(new QComboBox(this)), m_format(new QComboBox(this)), m_path(new QLineEdit(this)),
      m_preview(new QLabel(this)), m_message(new QLabel(this)), m_previewTimer(new QTimer(this))
{
    setWindowTitle(QStringLiteral("Export Chart"));
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_sizePreset->setObjectName(QStringLiteral("sizePreset"));
    m_background->setObjectName(QStringLiteral("background"));
    m_format->setObjectName(QStringLiteral("format"));
    m_path->setObjectName(QStringLiteral("filePath"));

    for (ChartKind kind : chartKinds())
        m_kind->addItem(chartKindTitle(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(initial)));

    for (const QSize &size : kPresets)
        m_sizePreset->addItem(QStringLiteral("%1 \u00d7 %2").arg(size.width()).arg(size.height()), size);
    m_sizePreset->addItem(QStringLiteral("Custom"));
    m_sizePreset->setCurrentIndex(1);
    for (QSpinBox *spin : {m_width, m_height}) {
        spin->setRange(100, 8000);
        spin->setSuffix(QStringLiteral(" px"));
    }
    m_width->setValue(1920);
    m_height->setValue(1080);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_sizePreset, 1);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("\u00d7"), this));
    sizeRow->addWidget(m_height);

    m_background->addItems({QStringLiteral("White"), QStringLiteral("Transparent")});
    m_format->addItems({QStringLiteral("PNG image"), QStringLiteral("SVG drawing")});

    auto *browseButton = new QPushButton(QStringLiteral("Browse\u2026"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(QStringLiteral("&Chart:"), m_kind);
    auto *sizeLabel = new QLabel(QStringLiteral("&Size:"), this);
    sizeLabel->setBuddy(m_sizePreset);
    form->addRow(sizeLabel, sizeRow);
    form->addRow(QStringLiteral("&Background:"), m_background);
    form->addRow(QStringLiteral("&Format:"), m_format);
    auto *pathLabel = new QLabel(QStringLiteral("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);

    m_preview->setFixedSize(kPreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(QStringLiteral("&Export"), QDialogButtonBox::AcceptRole);
    m_copyButton = buttons->addButton(QStringLiteral("Copy to C&lipboard"), QDialogButtonBox::ActionRole);
    m_exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 0, Qt::AlignHCenter);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(80);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportChartDialog::updatePreview);

    const auto changed = [this] {
        updateState();
        m_previewTimer->start();
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, changed] {
        updateDefaultPath();
        changed();
    });
    connect(m_sizePreset, &QComboBox::currentIndexChanged, this, [this, changed](int index) {
        if (index != kCustomPreset) {
            const QSize size = m_sizePreset->itemData(index).toSize();
            m_width->setValue(size.width());
            m_height->setValue(size.height());
        }
        changed();
    });
    connect(m_width, &QSpinBox::valueChanged, this, changed);
    connect(m_height, &QSpinBox::valueChanged, this, changed);
    connect(m_background, &QComboBox::currentIndexChanged, this, changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this, changed] {
        // Keep the chosen name, switch the extension.
        const QFileInfo info(filePath());
        if (!filePath().isEmpty())
            m_path->setText(
                QDir(info.path())
                    .filePath(info.completeBaseName() + (isSvg() ? QStringLiteral(".svg") : QStringLiteral(".png"))));
        changed();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, &ExportChartDialog::updateState);
    connect(browseButton, &QPushButton::clicked, this, &ExportChartDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportChartDialog::exportChart);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportChartDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    updateDefaultPath();
    updateState();
    updatePreview();
}

ChartKind ExportChartDialog::chartKind() const
{
    return ChartKind(m_kind->currentData().toInt());
}

QSize ExportChartDialog::imageSize() const
{
    return QSize(m_width->value(), m_height->value());
}

bool ExportChartDialog::isTransparent() const
{
    return m_background->currentIndex() == 1;
}

bool ExportChartDialog::isSvg() const
{
    return m_format->currentIndex() == 1;
}

QString ExportChartDialog::filePath() const
{
    return m_path->text().trimmed();
}

void ExportChartDialog::setFilePath(const QString &path)
{
    m_pathEdited = true;
    m_path->setText(path);
}

QString ExportChartDialog::lastFolderKey()
{
    return QStringLiteral("export/lastFolder");
}

QString ExportChartDialog::defaultFolder(const QString &documentPath)
{
    const QString last = QSettings().value(lastFolderKey()).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    if (!documentPath.isEmpty() && QFileInfo(QFileInfo(documentPath).absolutePath()).isDir())
        return QFileInfo(documentPath).absolutePath();
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    return !pictures.isEmpty() && QFileInfo(pictures).isDir() ? pictures : QDir::homePath();
}

ChartOptions ExportChartDialog::currentOptions() const
{
    return m_options ? m_options(chartKind()) : ChartOptions{};
}

void ExportChartDialog::updateDefaultPath()
{
    if (m_pathEdited)
        return;
    m_path->setText(QDir(defaultFolder(m_documentPath)).filePath(chartFileName(m_scenario.name, chartKind(), isSvg())));
}

void ExportChartDialog::browse()
{
    const QString filter = isSvg() ? QStringLiteral("SVG drawings (*.svg)") : QStringLiteral("PNG images (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, QStringLiteral("Export Chart"), filePath(), filter);
    if (!path.isEmpty())
        setFilePath(path);
}

QString ExportChartDialog::validationMessage() const
{
    const QString path = filePath();
    if (path.isEmpty())
        return QStringLiteral("Choose a file to export to.");
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return QStringLiteral("The folder \"%1\" does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()));
    if (info.isDir())
        return QStringLiteral("\"%1\" is a folder; add a file name.").arg(QDir::toNativeSeparators(path));
    const QString suffix = isSvg() ? QStringLiteral("svg") : QStringLiteral("png");
    if (info.suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        return QStringLiteral("The file name should end in .%1.").arg(suffix);
    return QString();
}

void ExportChartDialog::showMessage(const QString &text, bool isError)
{
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QString());
}

void ExportChartDialog::updateState()
{
    const bool custom = m_sizePreset->currentIndex() == kCustomPreset;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
    const QString problem = validationMessage();
    m_exportButton->setEnabled(problem.isEmpty());
    showMessage(problem, true);
}

void ExportChartDialog::updatePreview()
{
    // Render at the layout size (at most about 1920x1080) and scale down: it
    // looks like the export without rendering a 4K image on every change.
    const QSize layoutSize = chartLayoutSize(imageSize()).toSize();
    const QImage image =
        renderChartImage(chartKind(), m_scenario, m_result, m_currency, layoutSize, isTransparent(), currentOptions());
    const QSize shown = image.size().scaled(kPreviewSize - QSize(4, 4), Qt::KeepAspectRatio);
    QPixmap pixmap = isTransparent() ? checkerboard(shown) : QPixmap(shown);
    if (!isTransparent())
        pixmap.fill(Qt::white);
    QPainter painter(&pixmap);
    painter.drawImage(QPoint(0, 0), image.scaled(shown, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    painter.end();
    m_preview->setPixmap(pixmap);
}

void ExportChartDialog::exportChart()
{
    const QString problem = validationMessage();
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return;
    }
    QString error;
    const ChartOptions options = currentOptions();
    const bool ok = isSvg() ? writeChartSvg(chartKind(), m_scenario, m_result, m_currency, imageSize(), isTransparent(),
                                            filePath(), &error, options)
                            : writeChartPng(chartKind(), m_scenario, m_result, m_currency, imageSize(), isTransparent(),
                                            filePath(), &error, options);
    if (!ok) {
        showMessage(error, true);
        return;
    }
    QSettings().setValue(lastFolderKey(), QFileInfo(filePath()).absolutePath());
    accept();
}

void ExportChartDialog::copyToClipboard()
{
    copyChartToClipboard(chartKind(), m_scenario, m_result, m_currency, imageSize(), isTransparent(), currentOptions());
    showMessage(QStringLiteral("Copied a %1 \u00d7 %2 image to the clipboard.")
                    .arg(imageSize().width())
                    .arg(imageSize().height()),
                false);
}

} // namespace ftroi
