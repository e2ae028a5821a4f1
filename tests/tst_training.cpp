// The training estimator: table look-ups, nearest size, fallback rule, spot
// discount and overhead, each worked out by hand from the seed's table.
#include "testsupport.h"
#include "core/engine/training.h"

#include <QtTest>

using namespace ftroi;

class TestTraining : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearestSize_data()
    {
        QTest::addColumn<double>("size");
        QTest::addColumn<double>("nearest");
        QTest::newRow("1B") << 1.0 << 7.0;
        QTest::newRow("tie 10B goes to 7") << 10.0 << 7.0;
        QTest::newRow("11B") << 11.0 << 13.0;
        QTest::newRow("34B") << 34.0 << 13.0;
        QTest::newRow("tie 41.5B goes to 13") << 41.5 << 13.0;
        QTest::newRow("42B") << 42.0 << 70.0;
        QTest::newRow("405B") << 405.0 << 70.0;
    }

    void nearestSize()
    {
        QFETCH(double, size);
        QFETCH(double, nearest);
        QCOMPARE(nearestBenchmarkSize(size), nearest);
    }

    void estimates_data()
    {
        QTest::addColumn<double>("size");
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("gpu");
        QTest::addColumn<bool>("spot");
        QTest::addColumn<double>("tokensPerSecond");
        QTest::addColumn<double>("gpus");
        QTest::addColumn<double>("costPerHour");
        QTest::addColumn<bool>("fromTable");
        const int lora = int(Method::Lora), qlora = int(Method::Qlora), full = int(Method::Full);
        QTest::newRow("13B full A100 80G on-demand") << 13.0 << full << int(GpuKind::A100_80G) << false << 900.0 << 8.0 << 24.80 << true;
        QTest::newRow("70B lora spot") << 70.0 << lora << int(GpuKind::A100_80G) << true << 800.0 << 4.0 << 12.40 * 0.35 << true;
        QTest::newRow("8B qlora A10G uses the 7B row") << 8.0 << qlora << int(GpuKind::A10G) << true << 1400.0 << 1.0 << 1.03 * 0.35 << true;
        // fallback: 4000 x 7/70 = 400 tokens/s, int(70/30) = 2 GPUs at 3.10
        QTest::newRow("70B on A10G falls back") << 70.0 << lora << int(GpuKind::A10G) << false << 400.0 << 2.0 << 6.20 << false;
        // fallback floor: max(100, int(4000 x 7/400)) = 100; int(400/30) = 13 GPUs
        QTest::newRow("400B falls back to the floor") << 400.0 << full << int(GpuKind::H100) << false << 100.0 << 13.0 << 13 * 3.10 << false;
        // 3B nearest 7; no 7B full on A10G: int(4000 x 7/3) = 9333, one GPU
        QTest::newRow("3B full on A10G falls back") << 3.0 << full << int(GpuKind::A10G) << true << 9333.0 << 1.0 << 3.10 * 0.35 << false;
    }

    void estimates()
    {
        QFETCH(double, size);
        QFETCH(int, method);
        QFETCH(int, gpu);
        QFETCH(bool, spot);
        QFETCH(double, tokensPerSecond);
        QFETCH(double, gpus);
        QFETCH(double, costPerHour);
        QFETCH(bool, fromTable);
        TrainingSpec spec{size, Method(method), 10000, 1000, 2, GpuKind(gpu), QString(), spot};
        const TrainingEstimate e = estimateTraining(spec);
        QCOMPARE(e.tokensPerSecond, tokensPerSecond);
        QCOMPARE(e.numGpus, gpus);
        FTROI_COMPARE_REL(e.costPerHour, costPerHour, 1e-12);
        QCOMPARE(e.fromBenchmark, fromTable);
        QCOMPARE(e.totalTokens, 2e7);
        const double hours = 2e7 / (tokensPerSecond * 3600) * 1.15;
        FTROI_COMPARE_REL(e.trainingHours, hours, 1e-12);
        FTROI_COMPARE_REL(e.totalCostUsd, hours * costPerHour, 1e-12);
    }

    void unknownGpuNameFallsBack()
    {
        TrainingSpec spec;
        setGpuFromCode(spec, QStringLiteral("l40s"));
        QCOMPARE(spec.gpu, GpuKind::Other);
        QCOMPARE(gpuCode(spec), QStringLiteral("l40s"));
        spec.modelSizeB = 7;
        spec.examples = 1000;
        spec.avgSeqLen = 100;
        spec.epochs = 1;
        const TrainingEstimate e = estimateTraining(spec);
        QVERIFY(!e.fromBenchmark);
        QCOMPARE(e.tokensPerSecond, 4000.0);
    }

    void zeroExamplesCostNothing()
    {
        TrainingSpec spec;
        spec.examples = 0;
        spec.avgSeqLen = 512;
        const TrainingEstimate e = estimateTraining(spec);
        QCOMPARE(e.totalCostUsd, 0.0);
        QCOMPARE(e.trainingHours, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
