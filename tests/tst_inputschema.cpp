// The input schema (core/model/inputschema.h): every entry is complete, its
// accessors read back what they write (format 3's pricing inputs under each
// pricing model), the reader refuses a value outside the
// entry's domain naming the entry's path, and the analyses' input lists follow
// the contract.
#include "core/io/documentformat.h"
#include "core/model/inputpaths.h"
#include "core/model/inputschema.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <limits>

using namespace ftroi;

namespace {

QString pathOf(const InputSpec &spec)
{
    return QString::fromLatin1(spec.path.data(), qsizetype(spec.path.size()));
}

// A value inside the domain, away from the scenario's current value where it can be.
double otherValueIn(const InputDomain &d, double current)
{
    double v = current > 0 ? current * 0.75 : 0.5;
    if (d.integer)
        v = std::max(d.low + (d.lowOpen ? 1 : 0), std::round(current) + 1);
    return d.clamp(v);
}

// A value just outside the domain, below it.
double belowDomain(const InputDomain &d)
{
    return d.lowOpen ? d.low : d.low - 1;
}

// Sets a nested member of `object` by its dotted path; false when a parent is missing.
bool setMember(QJsonObject &object, const QStringList &parts, double value)
{
    if (parts.size() == 1) {
        object.insert(parts.first(), value);
        return true;
    }
    if (!object.value(parts.first()).isObject())
        return false;
    QJsonObject child = object.value(parts.first()).toObject();
    if (!setMember(child, parts.mid(1), value))
        return false;
    object.insert(parts.first(), child);
    return true;
}

} // namespace

class TestInputSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsComplete()
    {
        int count = 0;
        for (const InputSpec &spec : inputSpecs()) {
            const QString path = pathOf(spec);
            QVERIFY2(spec.label && *spec.label, qPrintable(path));
            QVERIFY2(spec.formLabel && *spec.formLabel, qPrintable(path));
            QVERIFY2(spec.description && *spec.description, qPrintable(path));
            QVERIFY2(spec.formUnit, qPrintable(path));
            QVERIFY2(spec.decimals >= 0 && spec.displayScale > 0, qPrintable(path));
            QVERIFY2(spec.value && spec.setValue, qPrintable(path));
            QCOMPARE(spec.isOptional(), spec.stored != nullptr);
            QCOMPARE(spec.isOptional(), spec.setStored != nullptr);
            QVERIFY2(spec.domain.low < spec.domain.high, qPrintable(path));
            QCOMPARE(findInputSpec(spec.path), &spec);
            QCOMPARE(findInputSpec(path), &spec);
            ++count;
        }
        QVERIFY(count >= 40);
        QCOMPARE(findInputSpec(std::string_view("workload.no_such_input")), nullptr);
    }

    // What an accessor writes, it reads back (and resolveInput() agrees).
    void accessorsReadBackWhatTheyWrite()
    {
        const ReadResult read = readDocument(testsupport::readFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi")));
        QVERIFY2(read.document, qPrintable(read.error));
        Scenario s = read.document->scenarios.first();
        QVERIFY(s.managed && s.context);
        s.workload.peakHoursPerDay = 8; // a peak, so that its share can move
        s.workload.peakTrafficShare = 0.6;
        // Each pricing model in turn makes its inputs available.
        for (const PricingModel model : {PricingModel::Reserved, PricingModel::Spot, PricingModel::Owned}) {
            s.selfHosted.pricing = FleetPricing{};
            s.selfHosted.pricing->model = model;
            checkAccessors(s);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(m_fields > 20); // the plain members have their field
    }

private:
    int m_fields = 0;

    void checkAccessors(const Scenario &s)
    {
        for (const InputSpec &spec : inputSpecs()) {
            if (!spec.isAvailable(s))
                continue;
            const double v = otherValueIn(spec.domain, spec.value(s));
            Scenario copy = s;
            spec.setValue(copy, v);
            QVERIFY2(spec.value(copy) == v, qPrintable(pathOf(spec)));
            if (spec.field) {
                // Writing the member directly is the setter: every input reads the same after either.
                Scenario direct = s;
                *spec.field(direct) = v;
                for (const InputSpec &other : inputSpecs())
                    if (other.isAvailable(s))
                        QVERIFY2(other.value(direct) == other.value(copy),
                                 qPrintable(pathOf(spec) + QStringLiteral(" / ") + pathOf(other)));
                ++m_fields;
            }
            if (spec.flags & kFormOnly) {
                QVERIFY(!resolveInput(s, pathOf(spec)));
                continue;
            }
            const std::optional<InputHandle> h = resolveInput(copy, pathOf(spec));
            QVERIFY2(h, qPrintable(pathOf(spec)));
            QCOMPARE(inputValue(copy, *h), v);
        }
    }

private Q_SLOTS:
    // The reader checks each input against the schema's domain and names its path.
    void readerRefusesValuesOutsideTheDomain()
    {
        QJsonObject root = QJsonDocument::fromJson(
            testsupport::readFile(QStringLiteral(FTROI_EXAMPLES_DIR "/starter.ftroi"))).object();
        root.insert(QStringLiteral("version"), 3); // format 3's inputs too
        QJsonObject scenario = root.value(QStringLiteral("scenarios")).toArray().first().toObject();
        scenario.insert(QStringLiteral("routing"), QJsonObject());
        int checked = 0;
        for (const InputSpec &spec : inputSpecs()) {
            const QString path = pathOf(spec);
            if (spec.path == "managed.engineering_hours")
                continue; // the form's total of the phases, not a key of the file
            QJsonObject changed = scenario;
            if (path.startsWith(QLatin1String("self_hosted.pricing."))) {
                QJsonObject h = changed.value(QStringLiteral("self_hosted")).toObject();
                h.insert(QStringLiteral("pricing"), testsupport::pricingObjectFor(path));
                changed.insert(QStringLiteral("self_hosted"), h);
            }
            if (!setMember(changed, path.split(QLatin1Char('.')), belowDomain(spec.domain)))
                continue; // its object is not in the starter
            QJsonObject doc = root;
            doc.insert(QStringLiteral("scenarios"), QJsonArray{changed});
            const ReadResult read = readDocument(QJsonDocument(doc).toJson());
            QVERIFY2(!read.document, qPrintable(path));
            QVERIFY2(read.error.startsWith(QStringLiteral("scenarios[0].") + path + QStringLiteral(": ")),
                     qPrintable(path + QStringLiteral(" -> ") + read.error));
            ++checked;
        }
        QVERIFY2(checked >= 50, qPrintable(QString::number(checked)));
    }

    // The contract's list: sensitivity without ranges varies these, in this order.
    void defaultSensitivityInputsFollowTheContract()
    {
        const QStringList expected = {
            QStringLiteral("workload.requests_per_day"), QStringLiteral("api.input_price_per_1m"),
            QStringLiteral("api.output_price_per_1m"), QStringLiteral("self_hosted.instance_cost_per_hour"),
            QStringLiteral("self_hosted.throughput_tokens_per_s"), QStringLiteral("self_hosted.target_utilization"),
            QStringLiteral("api.review_rate"), QStringLiteral("self_hosted.review_rate"),
            QStringLiteral("review_cost"), QStringLiteral("project.hourly_rate"),
            QStringLiteral("project.lifetime_months")};
        QCOMPARE(defaultSensitivityInputs(), expected);
    }

    // What an edit implies: a typed price is no longer the catalog's.
    void editingAPriceDropsItsSource()
    {
        Scenario s = testsupport::baseScenario();
        s.api.priceSource = PriceSource{};
        s.selfHosted.priceSource = PriceSource{};
        noteInputEdited(inputSpec("api.review_rate"), s);
        QVERIFY(s.api.priceSource && s.selfHosted.priceSource);
        noteInputEdited(inputSpec("api.output_price_per_1m"), s);
        QVERIFY(!s.api.priceSource && s.selfHosted.priceSource);
        noteInputEdited(inputSpec("self_hosted.instance_cost_per_hour"), s);
        QVERIFY(!s.selfHosted.priceSource);
    }
};

QTEST_GUILESS_MAIN(TestInputSchema)
#include "tst_inputschema.moc"
