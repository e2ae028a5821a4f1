// MethodologyDialog: a QTextBrowser over the bundled methodology page.
#include "ui/window/methodologydialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace ftroi {

MethodologyDialog::MethodologyDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Methodology and Glossary"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(QUrl(QStringLiteral("qrc") + documentPath()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

void MethodologyDialog::showEntry(const QString &anchor)
{
    if (anchor.isEmpty())
        m_browser->scrollToAnchor(QStringLiteral("assumptions"));
    else
        m_browser->scrollToAnchor(anchor);
}

QString MethodologyDialog::documentPath()
{
    return QStringLiteral(":/ftroi/help/methodology.html");
}

namespace {

// Anchor name -> the heading text after it, in page order.
const QList<std::pair<QString, QString>> &pageEntries()
{
    static const QList<std::pair<QString, QString>> entries = [] {
        QList<std::pair<QString, QString>> list;
        QFile file(MethodologyDialog::documentPath());
        if (!file.open(QIODevice::ReadOnly))
            return list;
        const QString html = QString::fromUtf8(file.readAll());
        static const QRegularExpression anchor(QStringLiteral("<a name=\"([^\"]+)\"></a>([^<]*)<"));
        for (QRegularExpressionMatchIterator it = anchor.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            list.append({m.captured(1), m.captured(2).trimmed()});
        }
        return list;
    }();
    return entries;
}

} // namespace

QStringList MethodologyDialog::anchors()
{
    QStringList names;
    for (const auto &[name, title] : pageEntries())
        names.append(name);
    return names;
}

QString MethodologyDialog::entryTitle(const QString &anchor)
{
    for (const auto &[name, title] : pageEntries())
        if (name == anchor)
            return title;
    return QString();
}

} // namespace ftroi
