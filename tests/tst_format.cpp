// Readable numbers: money, volumes, percentages, months; never "nan"/"inf".
#include "format.h"

#include <QtTest>

#include <limits>

using namespace ftroi;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        const QLocale l(QLocale::English, QLocale::UnitedStates);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("money") << formatMoney(l, 8250, QStringLiteral("USD")) << QStringLiteral("$8,250.00");
        QTest::newRow("negative money") << formatMoney(l, -1695.6553, QStringLiteral("USD")) << QStringLiteral("-$1,695.66");
        QTest::newRow("tiny negative is zero") << formatMoney(l, -0.001, QStringLiteral("USD")) << QStringLiteral("$0.00");
        QTest::newRow("euro") << formatMoney(l, 12.5, QStringLiteral("EUR"), 1) << QStringLiteral("\u20ac12.5");
        QTest::newRow("other currency") << formatMoney(l, 3, QStringLiteral("CHF"), 0) << QStringLiteral("CHF 3");
        QTest::newRow("money nan") << formatMoney(l, nan, QStringLiteral("USD")) << QStringLiteral("\u2014");
        QTest::newRow("tokens") << formatTokensPerDay(l, 12586093.3) << QStringLiteral("12.6 M tokens/day");
        QTest::newRow("billions") << formatCompact(l, 1e9) << QStringLiteral("1.00 B");
        QTest::newRow("trillions") << formatCompact(l, 1e13) << QStringLiteral("10.0 T");
        QTest::newRow("thousands") << formatCompact(l, 999500) << QStringLiteral("1.00 M");
        QTest::newRow("small") << formatCompact(l, 42) << QStringLiteral("42");
        QTest::newRow("compact inf") << formatCompact(l, inf) << QStringLiteral("\u2014");
        QTest::newRow("percent") << formatPercent(l, 0.04050925) << QStringLiteral("4.1 %");
        QTest::newRow("months") << formatMonths(l, 5.5644) << QStringLiteral("5.6 months");
        QTest::newRow("never") << formatMonths(l, std::nullopt) << QStringLiteral("never");
        QTest::newRow("number trims zeros") << formatNumber(l, 2.50, 2) << QStringLiteral("2.5");
        QTest::newRow("number nan") << formatNumber(l, nan, 2) << QStringLiteral("\u2014");
    }

    void formats()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
