// Uncertainty ranges on the form's numeric fields: every field bound to an
// input path gets "Set range…" in its context menu and a small ± button
// inside it; a field with a range shows it after its value. Setting or
// removing a range is one undoable edit of the document.
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace ftroi {

class Document;
class FieldBinder;
class NumberField;

class RangeControls : public QObject
{
    Q_OBJECT

public:
    RangeControls(Document *document, FieldBinder *binder, QWidget *dialogParent);

    // Opens the range dialog of the field bound to `key` (the ± button and the menu entry).
    void editRange(const QString &key);
    // The ± button of a field (tests); nullptr for a field that is not an input.
    QAction *rangeAction(const QString &key) const;

Q_SIGNALS:
    // A dialog is about to open (tests use it to fill and close the dialog).
    void dialogOpened(QWidget *dialog);

private:
    struct Entry {
        QString key;
        QString label;
        NumberField *field;
        QAction *action;
    };
    void showMenu(const Entry &entry, const QPoint &pos);
    void refresh();

    Document *m_document;
    QPointer<QWidget> m_dialogParent;
    QList<Entry> m_entries;
};

} // namespace ftroi
