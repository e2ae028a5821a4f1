// Reproduces every value of the public reference cases (tests/data/expected.json)
// through the engine and its JSON output, to a relative 1e-9 (1e-6 for the
// all-in break-even).
#include "core/io/documentformat.h"
#include "core/report/resultjson.h"
#include "testsupport.h"
#include "core/engine/training.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace ftroi;

class TestReference : public QObject
{
    Q_OBJECT

private:
    static void compareJson(const QJsonValue &actual, const QJsonValue &expected, const QString &path)
    {
        if (expected.isObject()) {
            QVERIFY2(actual.isObject(), qPrintable(path + QStringLiteral(" is not an object")));
            const QJsonObject e = expected.toObject();
            for (auto it = e.begin(); it != e.end(); ++it) {
                if (it.key() == QLatin1String("reasons"))
                    continue;
                QVERIFY2(actual.toObject().contains(it.key()), qPrintable(path + QLatin1Char('.') + it.key() + QStringLiteral(" missing")));
                compareJson(actual.toObject().value(it.key()), it.value(), path + QLatin1Char('.') + it.key());
                if (QTest::currentTestFailed())
                    return;
            }
        } else if (expected.isDouble()) {
            QVERIFY2(actual.isDouble(), qPrintable(path + QStringLiteral(" is not a number")));
            const double tol = path.endsWith(QLatin1String("break_even_all_in_tokens_per_day")) ? 1e-6 : 1e-9;
            QVERIFY2(testsupport::closeRel(actual.toDouble(), expected.toDouble(), tol),
                     qPrintable(QStringLiteral("%1: %2 != expected %3").arg(path).arg(actual.toDouble(), 0, 'g', 17).arg(expected.toDouble(), 0, 'g', 17)));
        } else {
            QVERIFY2(actual == expected, qPrintable(path + QStringLiteral(" differs")));
        }
    }

    QJsonObject expected() const
    {
        return QJsonDocument::fromJson(testsupport::readFile(testsupport::dataPath(QStringLiteral("expected.json")))).object();
    }

private Q_SLOTS:
    void evaluatesReferenceScenarios_data()
    {
        QTest::addColumn<int>("index");
        const QJsonArray cases = expected().value(QStringLiteral("evaluate")).toArray();
        QVERIFY(cases.size() >= 6);
        for (int i = 0; i < cases.size(); ++i)
            QTest::newRow(qPrintable(cases.at(i).toObject().value(QStringLiteral("name")).toString().left(40))) << i;
    }

    void evaluatesReferenceScenarios()
    {
        QFETCH(int, index);
        const ReadResult read = readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
        QVERIFY2(read.document, qPrintable(read.error));
        const QJsonArray results = QJsonDocument::fromJson(evaluateDocumentToJson(*read.document)).array();
        const QJsonArray cases = expected().value(QStringLiteral("evaluate")).toArray();
        QCOMPARE(results.size(), cases.size());
        compareJson(results.at(index), cases.at(index), QStringLiteral("evaluate[%1]").arg(index));
    }

    void recommendationWithoutContextIsAbsent()
    {
        const ReadResult read = readDocument(testsupport::readFile(testsupport::dataPath(QStringLiteral("seed-examples.ftroi"))));
        QVERIFY(read.document);
        const QJsonArray results = QJsonDocument::fromJson(evaluateDocumentToJson(*read.document)).array();
        QVERIFY(!results.last().toObject().contains(QStringLiteral("recommendation")));
        QVERIFY(results.first().toObject().value(QStringLiteral("recommendation")).toObject().value(QStringLiteral("reasons")).toArray().size() >= 3);
    }

    void estimatesReferenceTrainingRuns_data()
    {
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QJsonObject>("expectedEstimate");
        for (const QJsonValue &v : expected().value(QStringLiteral("estimate_training")).toArray()) {
            const QJsonObject o = v.toObject();
            QTest::newRow(qPrintable(o.value(QStringLiteral("cli")).toString()))
                << o.value(QStringLiteral("args")).toObject() << o.value(QStringLiteral("expected")).toObject();
        }
    }

    void estimatesReferenceTrainingRuns()
    {
        QFETCH(QJsonObject, args);
        QFETCH(QJsonObject, expectedEstimate);
        TrainingSpec spec;
        spec.modelSizeB = args.value(QStringLiteral("model_size_b")).toDouble();
        spec.method = *methodFromCode(args.value(QStringLiteral("method")).toString());
        spec.examples = args.value(QStringLiteral("examples")).toDouble();
        spec.avgSeqLen = args.value(QStringLiteral("avg_seq_len")).toDouble();
        spec.epochs = args.value(QStringLiteral("epochs")).toDouble();
        setGpuFromCode(spec, args.value(QStringLiteral("gpu")).toString());
        spec.spot = args.value(QStringLiteral("spot")).toBool();
        compareJson(QJsonDocument::fromJson(trainingEstimateJson(estimateTraining(spec))).object(), expectedEstimate, QStringLiteral("training"));
    }
};

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"
