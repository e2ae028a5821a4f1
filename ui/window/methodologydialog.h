// Help > Methodology: the bundled methodology and glossary (resources/help/
// methodology.html) in a browser that can jump to a glossary entry.
#pragma once

#include <QDialog>

class QTextBrowser;

namespace ftroi {

class MethodologyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MethodologyDialog(QWidget *parent = nullptr);

    // Scrolls to a glossary entry ("payback"); the top for an empty name.
    void showEntry(const QString &anchor);
    QTextBrowser *browser() const { return m_browser; }

    // The resource path of the document, and the anchor names it defines.
    static QString documentPath();
    static QStringList anchors();
    // An entry's heading ("Payback") by anchor name, read once from the page.
    static QString entryTitle(const QString &anchor);

private:
    QTextBrowser *m_browser;
};

} // namespace ftroi
