// ValueText: a new value asks its layout for room only when it no longer
// fits, so a slider step repaints the results panel's values without a new
// layout.
#include "testsupport.h"
#include "ui/widgets/valuetext.h"

#include <QLabel>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtTest>

#include <cmath>

using namespace ftroi;

class TestValueText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::setUpAppTest();
    }

    // A result value asks its layout for room only when a new text no longer
    // fits: a slider step repaints the panel's values without a new layout.
    void valueTextLaysOutOnlyWhenItsRoomChanges()
    {
        QWidget panel;
        auto *layout = new QVBoxLayout(&panel);
        auto *value = new ValueText;
        auto *sentence = new ValueText;
        sentence->setWordWrap(true);
        layout->addWidget(value);
        layout->addWidget(sentence);
        layout->addStretch(1);
        panel.resize(300, 200);
        value->setText(QStringLiteral("$8,653 /month"));
        sentence->setText(QStringLiteral("Self-host: saves $8,653/month"));
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCoreApplication::processEvents();

        testsupport::EventCounter requests(QEvent::LayoutRequest);
        panel.installEventFilter(&requests);
        value->setText(QStringLiteral("$8,712 /month"));
        sentence->setText(QStringLiteral("Self-host: saves $8,712/month"));
        QCoreApplication::processEvents();
        QCOMPARE(requests.count, 0);
        QCOMPARE(value->text(), QStringLiteral("$8,712 /month"));

        value->setText(QStringLiteral("$8,712 /month, and much more text than before"));
        QCoreApplication::processEvents();
        QCOMPARE(requests.count, 1);
        QVERIFY(value->width() >= QFontMetrics(value->font()).horizontalAdvance(value->text()));

        const int oneLine = sentence->height();
        sentence->setText(
            QStringLiteral("Self-host: saves $8,712/month, pays back in 2.0 months, NPV $156 k over 18 months"));
        QCoreApplication::processEvents();
        QCOMPARE(requests.count, 2);
        QVERIFY(sentence->height() > oneLine);
        QLabel reference(sentence->text());
        reference.setWordWrap(true);
        // About as tall as a wrapping QLabel (its text layout differs by a pixel).
        QVERIFY(sentence->heightForWidth(200) >= 2 * QFontMetrics(sentence->font()).height());
        QVERIFY(std::abs(sentence->heightForWidth(200) - reference.heightForWidth(200)) <= 2);
    }
};

QTEST_MAIN(TestValueText)
#include "tst_valuetext.moc"
