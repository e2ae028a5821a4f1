// One path of the decision (API, managed fine-tune or self-host) as a card:
// its title, its whole monthly cost in large type, a few captioned values,
// and a "Best" badge and border when it is the path the numbers favour; an
// excluded path is greyed with its reason and never marked best.
#pragma once

#include <QFrame>

class QGridLayout;
class QLabel;

namespace ftroi {
class ValueText;
}

namespace ftroi {

class PathCard : public QFrame
{
    Q_OBJECT

public:
    // `id` names the card for tests and its style ("api", "managed", "self_hosted").
    PathCard(const QString &id, const QString &title, QWidget *parent = nullptr);

    ValueText *totalLabel() const { return m_total; }
    // Adds a "caption  value" row; returns the value's text.
    ValueText *addRow(const QString &caption);
    // A small grey line under the rows.
    void addFootnote(const QString &text);

    // A small grey line under the rows that changes with the numbers (what a payback is based on).
    ValueText *addBasisLine();

    void setBest(bool best);
    bool isBest() const { return m_best; }
    // Greys the card and names why the path cannot be chosen; empty: allowed.
    void setExcluded(const QString &reason);
    QString excludedReason() const;
    // A note in place of the values (e.g. a path that is not modelled); empty: the values.
    void setNote(const QString &note);
    QString note() const;

private:
    void applyStyle();

    QGridLayout *m_grid;
    QLabel *m_badge;
    ValueText *m_total;
    QLabel *m_note;
    QLabel *m_excluded;
    QList<QWidget *> m_rowWidgets;
    bool m_best = false;
    bool m_isExcluded = false;
};

} // namespace ftroi
