// WrapLabel: the heights it remembers are a plain wrapping QLabel's, and a
// new text or font forgets them.
#include "testsupport.h"
#include "ui/widgets/wraplabel.h"

#include <QLabel>
#include <QStandardPaths>
#include <QtTest>

using namespace ftroi;

class TestWrapLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        testsupport::setUpAppTest();
    }

    // The results panel's wrapped labels remember their heights, and forget
    // them with a new text or font: the same heights as a plain QLabel's.
    void wrapLabelHeightsFollowText()
    {
        WrapLabel wrap;
        QLabel plain;
        plain.setWordWrap(true);
        const QString longText = QStringLiteral("Self-hosting saves money at this volume, ").repeated(6);
        for (const QString &text : {longText, QStringLiteral("Short"), longText}) {
            wrap.setText(text);
            plain.setText(text);
            for (int width : {120, 400, 120})
                QCOMPARE(wrap.heightForWidth(width), plain.heightForWidth(width));
        }
        QVERIFY(wrap.heightForWidth(120) > wrap.heightForWidth(400));
        QFont big = wrap.font();
        big.setPointSizeF(big.pointSizeF() * 2);
        wrap.setFont(big);
        plain.setFont(big);
        QCOMPARE(wrap.heightForWidth(400), plain.heightForWidth(400));
    }
};

QTEST_MAIN(TestWrapLabel)
#include "tst_wraplabel.moc"
