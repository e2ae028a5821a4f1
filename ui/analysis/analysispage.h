// The base of the analysis tabs (sensitivity, two-way): a page that follows
// the document's current scenario but recomputes only while it is visible.
// A change while hidden marks it stale; showing it catches up. This is the
// charts panel's stale-tab rule, kept by the page itself.
#pragma once

#include <QWidget>

namespace ftroi {

class Document;

class AnalysisPage : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisPage(Document *document, QWidget *parent = nullptr);

    Document *document() const { return m_document; }
    bool isStale() const { return m_stale; }
    // Recomputes now if stale (whether visible or not).
    void refreshIfStale();
    // Marks the page stale and recomputes if it is visible (after a choice in the page changed).
    void invalidate();

protected:
    // Recomputes the page for the current scenario (index >= 0).
    virtual void refresh(int scenario) = 0;
    void showEvent(QShowEvent *event) override;

private:
    Document *m_document;
    bool m_stale = true;
};

} // namespace ftroi
