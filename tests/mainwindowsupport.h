// Shared helpers for the tests that drive the real main window: the seed
// examples' path, answering the next message box, typing into a field, and
// a monthly amount as the results panel writes it.
#pragma once

#include "core/text/format.h"
#include "testsupport.h"
#include "ui/widgets/numberfield.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

namespace mainwindowsupport {

using namespace ftroi;

inline QString referencePath()
{
    return testsupport::dataPath(QStringLiteral("seed-examples.ftroi"));
}

// Clicks `button` on the next modal message box, and records that it appeared.
inline void answerNextMessageBox(QMessageBox::StandardButton button, QString *seenText)
{
    QTimer::singleShot(0, [button, seenText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (seenText)
            *seenText = box->objectName() + QLatin1Char('|') + box->text();
        box->button(button)->click();
    });
}

inline void typeInto(NumberField *field, const QString &text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

inline QString apiCostText(double monthly)
{
    return formatMoney(QLocale(), monthly, QStringLiteral("USD"), 0) + QStringLiteral(" /month");
}

} // namespace mainwindowsupport
