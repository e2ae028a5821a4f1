// Readable numbers: money, volumes, percentages, months; never "nan"/"inf".
#include "core/text/format.h"
#include "core/text/numbertext.h"

#include <QtTest>

#include <limits>
#include <optional>

using namespace ftroi;

class TestFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A percentage keeps the digit that matters: 2.05 % is not 2.1 %.
    void percentExact()
    {
        const QLocale l(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(formatPercentExact(l, 0.0205), QStringLiteral("2.05 %"));
        QCOMPARE(formatPercentExact(l, 0.02), QStringLiteral("2.0 %"));
        QCOMPARE(formatPercentExact(l, 0.2, 0), QStringLiteral("20 %"));
        QCOMPARE(formatPercentExact(l, 0.123456), QStringLiteral("12.346 %"));
        QCOMPARE(formatPercentExact(l, 0.0204), QStringLiteral("2.04 %"));
    }

    // A value that rounds to zero is written without a sign.
    void noNegativeZero()
    {
        const QLocale l(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(formatNumber(l, -0.0, 0), QStringLiteral("0"));
        QCOMPARE(formatNumber(l, -0.004, 2), QStringLiteral("0"));
        QCOMPARE(formatNumber(l, -0.4, 0), QStringLiteral("0"));
        QCOMPARE(formatNumber(l, -0.6, 0), QStringLiteral("-1"));
        QCOMPARE(formatPercent(l, -0.00001, 1), QStringLiteral("0.0 %"));
        QCOMPARE(formatCompact(l, -0.04), QStringLiteral("0.0"));
        QCOMPARE(formatMonths(l, -0.01), QStringLiteral("0.0 months"));
        QCOMPARE(formatMoney(l, -0.001, QStringLiteral("USD"), 0), QStringLiteral("$0"));
    }

    void scaledNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("expected");
        QTest::newRow("plain") << QStringLiteral("22000000") << true << 22000000.0;
        QTest::newRow("M") << QStringLiteral("50M") << true << 50.0 * 1000 * 1000;
        QTest::newRow("m lower case") << QStringLiteral("50m") << true << 50.0 * 1000 * 1000;
        QTest::newRow("k with decimals") << QStringLiteral("2.5k") << true << 2500.0;
        QTest::newRow("K with a space") << QStringLiteral("2.5 K") << true << 2500.0;
        QTest::newRow("B") << QStringLiteral("1.2B") << true << 1200.0 * 1000 * 1000;
        QTest::newRow("b with spaces") << QStringLiteral("  3 b ") << true << 3000.0 * 1000 * 1000;
        QTest::newRow("grouping") << QStringLiteral("50,000") << true << 50000.0;
        QTest::newRow("exponent") << QStringLiteral("1e5") << true << 100000.0;
        QTest::newRow("negative keeps its sign") << QStringLiteral("-2k") << true << -2000.0;
        QTest::newRow("unknown suffix") << QStringLiteral("5X") << false << 0.0;
        QTest::newRow("suffix alone") << QStringLiteral("M") << false << 0.0;
        QTest::newRow("two suffixes") << QStringLiteral("5kM") << false << 0.0;
        QTest::newRow("overflow") << QStringLiteral("1e400") << false << 0.0;
        QTest::newRow("overflow by the suffix") << QStringLiteral("1e306B") << false << 0.0;
        QTest::newRow("nan") << QStringLiteral("nan") << false << 0.0;
        QTest::newRow("inf") << QStringLiteral("inf") << false << 0.0;
        QTest::newRow("empty") << QStringLiteral("  ") << false << 0.0;
    }

    void scaledNumbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, expected);
        const std::optional<double> value = ftroi::parseScaledNumber(text, QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(value.has_value(), valid);
        if (valid)
            QCOMPARE(*value, expected);
    }

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
        // Storage of a 7B model at $0.023/GB-month: 7 x 2 x 0.023 = 0.322.
        QTest::newRow("cents under one") << formatMoney(l, 7 * 2 * 0.023, QStringLiteral("USD"), 0) << QStringLiteral("$0.32");
        QTest::newRow("negative cents under one") << formatMoney(l, -0.37, QStringLiteral("USD"), 0) << QStringLiteral("-$0.37");
        QTest::newRow("whole from one") << formatMoney(l, 1.37, QStringLiteral("USD"), 0) << QStringLiteral("$1");
        QTest::newRow("below half a cent") << formatMoney(l, 0.004, QStringLiteral("USD"), 0) << QStringLiteral("$0");
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
