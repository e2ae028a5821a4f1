// The FLOPs-based training estimate, the memory-fit check and the 3x flag,
// each worked out by hand (GPU figures from the bundled catalog: A10G 125
// TFLOPS bf16, 24 GiB, the seed's $1.03/hour; A100 80GB 312 TFLOPS, 80 GiB, $3.10).
#include "core/engine/costengine.h"
#include "testsupport.h"
#include "core/engine/trainingcheck.h"

#include <QtTest>

using namespace ftroi;

class TestTrainingCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void gpuFiguresComeFromTheCatalog()
    {
        TrainingSpec a10g;
        a10g.gpu = GpuKind::A10G;
        const std::optional<TrainingGpu> g = trainingGpu(a10g);
        QVERIFY(g);
        QCOMPARE(g->peakFlops, 125e12);
        QCOMPARE(g->memoryBytes, 24.0 * 1073741824.0);
        QCOMPARE(g->onDemandPerGpuHour, 1.03);
        TrainingSpec h100;
        h100.gpu = GpuKind::H100;
        QCOMPARE(trainingGpu(h100)->peakFlops, 989e12);
        TrainingSpec other;
        setGpuFromCode(other, QStringLiteral("l40s"));
        QVERIFY(!trainingGpu(other));
    }

    void lora7bOnA10g()
    {
        // 50,000 examples x 512 tokens x 3 epochs = 76.8 M tokens.
        // FLOPs = 4 x 7e9 x 76.8e6 = 2.1504e18 (LoRA: no weight gradients of the frozen base).
        // 125e12 x 0.4 = 5e13 FLOP/s -> 43,008 s = 11.946667 h, x 1.15 = 13.738667 GPU-hours.
        // Spot: 1.03 x 0.35 = 0.3605 $/GPU-hour -> $4.952789.
        // Memory: 7e9 x (2 + 0.16) x 1.2 = 18.144e9 bytes <= 24 GiB = 25.769803776e9 -> 1 GPU.
        const TrainingSpec spec{7, Method::Lora, 50000, 512, 3, GpuKind::A10G, QString(), true};
        const TrainingCheck c = checkTraining(spec);
        QVERIFY(c.flops && c.fit);
        QCOMPARE(c.flops->totalFlops, 2.1504e18);
        FTROI_COMPARE_REL(c.flops->gpuHours, 13.738666666666667, 1e-12);
        QCOMPARE(c.flops->numGpus, 1.0);
        FTROI_COMPARE_REL(c.flops->costUsd, 13.738666666666667 * 0.3605, 1e-12);
        FTROI_COMPARE_REL(c.fit->bytesNeeded, 18.144e9, 1e-12);
        QCOMPARE(c.fit->gpuMemoryBytes, 25769803776.0);
        QCOMPARE(c.fit->gpusNeeded, 1.0);
        // The seed's 1,800 tokens/s row gives $4.913481: within 3x, no flag.
        FTROI_COMPARE_REL(c.seed.totalCostUsd, 4.9134814814814805, 1e-12);
        QVERIFY(!c.fallbackUsed);
        QVERIFY(!c.disagree);
        QCOMPARE(c.used, TrainingEstimateKind::Seed);
        QCOMPARE(c.costPerRun, c.seed.totalCostUsd);
    }

    void qlora13b()
    {
        // 10,000 x 1,000 x 2 = 2e7 tokens; FLOPs = 4 x 13e9 x 2e7 = 1.04e18.
        // A100 80GB: 312e12 x 0.4 = 1.248e14 FLOP/s -> 8,333.33 s = 2.314815 h, x 1.15 = 2.662037 GPU-hours;
        // on-demand $3.10 -> $8.252315. Seed: 2e7 / (2,000 x 3,600) x 1.15 = 3.194444 h x $3.10 = $9.902778.
        // Memory: 13e9 x (0.5 + 0.16) x 1.2 = 10.296e9 bytes -> 1 GPU.
        TrainingSpec spec{13, Method::Qlora, 10000, 1000, 2, GpuKind::A100_80G, QString(), false};
        TrainingCheck c = checkTraining(spec);
        FTROI_COMPARE_REL(c.flops->gpuHours, 1.04e18 / 1.248e14 / 3600 * 1.15, 1e-12);
        FTROI_COMPARE_REL(c.flops->costUsd, 8.252314814814815, 1e-9);
        FTROI_COMPARE_REL(c.seed.totalCostUsd, 9.902777777777777, 1e-9);
        FTROI_COMPARE_REL(c.fit->bytesNeeded, 10.296e9, 1e-12);
        QCOMPARE(c.fit->gpusNeeded, 1.0);
        QVERIFY(!c.disagree);

        // The same job on an A10G: the seed's table has no 13B A10G row, so its fallback
        // rule prices it; that alone raises the flag. 10.296e9 bytes still fit one 24 GiB GPU.
        spec.gpu = GpuKind::A10G;
        c = checkTraining(spec);
        QVERIFY(c.fallbackUsed);
        QVERIFY(c.disagree);
        QCOMPARE(c.fit->gpusNeeded, 1.0);
    }

    void full70bOnA100()
    {
        // 76.8e6 tokens; FLOPs = 6 x 70e9 x 76.8e6 = 3.2256e19; / 1.248e14 = 258,461.5 s
        // = 71.794872 h, x 1.15 = 82.564103 GPU-hours; on-demand $3.10 -> $255.948718.
        // Memory: 70e9 x 16 x 1.2 = 1.344e12 bytes / 85,899,345,920 = 15.65 -> 16 GPUs
        // (the seed's table also uses 16). Wall time 82.564103 / 16 = 5.160256 h.
        // Seed: 76.8e6 / (220 x 3,600) x 1.15 = 111.515152 h x $49.60 = $5,531.15: 21.6x apart.
        const TrainingSpec spec{70, Method::Full, 50000, 512, 3, GpuKind::A100_80G, QString(), false};
        const TrainingCheck c = checkTraining(spec);
        QCOMPARE(c.flops->totalFlops, 3.2256e19);
        FTROI_COMPARE_REL(c.flops->gpuHours, 82.56410256410257, 1e-12);
        QCOMPARE(c.flops->numGpus, 16.0);
        FTROI_COMPARE_REL(c.flops->trainingHours, 82.56410256410257 / 16, 1e-12);
        FTROI_COMPARE_REL(c.flops->costUsd, 255.94871794871796, 1e-12);
        QCOMPARE(c.fit->bytesNeeded, 1.344e12);
        QCOMPARE(c.fit->gpusNeeded, 16.0);
        FTROI_COMPARE_REL(c.seed.totalCostUsd, 5531.151515151515, 1e-12);
        FTROI_COMPARE_REL(c.ratio, 5531.151515151515 / 255.94871794871796, 1e-12);
        QVERIFY(c.ratio > 3);
        QVERIFY(c.disagree);
        QVERIFY(!c.fallbackUsed);
    }

    void mfuScalesTheTime()
    {
        TrainingSpec spec{7, Method::Lora, 50000, 512, 3, GpuKind::A10G, QString(), true};
        spec.mfu = 0.2;
        FTROI_COMPARE_REL(checkTraining(spec).flops->gpuHours, 2 * 13.738666666666667, 1e-12);
    }

    void unknownGpuHasNoFlopsEstimate()
    {
        TrainingSpec spec{7, Method::Lora, 50000, 512, 3, GpuKind::A10G, QString(), true};
        setGpuFromCode(spec, QStringLiteral("l40s"));
        spec.estimate = TrainingEstimateKind::Flops;
        const TrainingCheck c = checkTraining(spec);
        QVERIFY(!c.flops && !c.fit);
        QVERIFY(c.fallbackUsed && c.disagree);
        QCOMPARE(c.used, TrainingEstimateKind::Seed); // nothing else to price it with
        QCOMPARE(c.costPerRun, c.seed.totalCostUsd);
    }

    void chosenEstimatePricesTheRuns()
    {
        Scenario s = testsupport::baseScenario();
        s.project.computeCostPerRun.reset();
        s.project.trainingRuns = 8;
        s.project.training = TrainingSpec{7, Method::Lora, 50000, 512, 3, GpuKind::A10G, QString(), true};
        const ScenarioResult seed = evaluate(s);
        FTROI_COMPARE_REL(seed.costPerRun, 4.9134814814814805, 1e-12); // the default keeps the seed's number
        QVERIFY(seed.trainingCheck);
        s.project.training->estimate = TrainingEstimateKind::Flops;
        const ScenarioResult flops = evaluate(s);
        FTROI_COMPARE_REL(flops.costPerRun, 13.738666666666667 * 0.3605, 1e-12);
        FTROI_COMPARE_REL(flops.computeCost, 8 * 13.738666666666667 * 0.3605, 1e-12);
        QCOMPARE(costPerRun(s.project), flops.costPerRun);
        QCOMPARE(flops.training->totalCostUsd, seed.training->totalCostUsd); // the seed's object stays as it was
    }
};

QTEST_GUILESS_MAIN(TestTrainingCheck)
#include "tst_trainingcheck.moc"
