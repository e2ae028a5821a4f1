// Reading a usage export file: its size checked first, JSON or CSV told by its
// first character, CSV read as a stream (see usageimport.h).
#include "core/imports/usageimport.h"

#include "core/imports/csvreader.h"
#include "core/imports/usagejson.h"
#include "core/imports/usagerows.h"
#include "core/text/inputfile.h"

#include <QFile>
#include <QFileInfo>

namespace ftroi {

using namespace usage;

namespace {

QString cancelledText() { return QStringLiteral("cancelled"); }

Result<UsageData> readCsv(QFile &file, const QString &name, int tzOffset, const UsageProgress &progress)
{
    UsageData data;
    data.tzOffset = tzOffset;
    CsvReader reader(file);
    CsvRecord record;
    if (!reader.next(record)) {
        if (!reader.error().isEmpty())
            return Failure{QStringLiteral("%1: %2").arg(name, reader.error())};
        return Failure{QStringLiteral("%1: is empty; expected a usage export").arg(name)};
    }
    QString why;
    const std::optional<RowLayout> layout = rowLayoutOf(record.fields, why);
    if (!layout)
        return Failure{QStringLiteral("%1: line %2: %3").arg(name).arg(record.line).arg(why)};
    data.kind = layout->kind;
    data.bucketed = layout->kind == UsageKind::LiteLlmDaily;
    data.resolvesHours = !data.bucketed;
    data.hasStatus = layout->kind == UsageKind::LiteLlmSpendLogs;
    std::vector<bool> present;
    const qint64 total = file.size();
    qint64 rows = 0;
    while (reader.next(record)) {
        present.assign(record.fields.size(), true);
        if (const QString fault = addRow(data, *layout, record.fields, present); !fault.isEmpty())
            return Failure{QStringLiteral("%1: line %2: %3").arg(name).arg(record.line).arg(fault)};
        if ((++rows & 0xFFFF) == 0 && progress && !progress(reader.bytesRead(), total))
            return Failure{cancelledText()};
    }
    if (!reader.error().isEmpty())
        return Failure{QStringLiteral("%1: %2").arg(name, reader.error())};
    if (progress)
        progress(total, total);
    return data;
}

} // namespace

Result<UsageData> readUsageFile(const QString &path, int tzOffset, const UsageProgress &progress)
{
    const QString name = QFileInfo(path).fileName();
    if (const Result<void> fit = checkInputFile(path, kMaxUsageFileBytes); !fit)
        return Failure{QStringLiteral("%1: %2").arg(name, fit.error())};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{QStringLiteral("%1: cannot open: %2").arg(name, file.errorString())};
    const QByteArray head = file.peek(4096);
    if (const QString fault = unicodeEncodingFault(head); !fault.isEmpty())
        return Failure{QStringLiteral("%1: %2").arg(name, fault)};
    qsizetype first = utf8BomLength(head);
    while (first < head.size() && (head.at(first) == ' ' || head.at(first) == '\t' || head.at(first) == '\r' || head.at(first) == '\n'))
        ++first;
    const bool json = first < head.size() && (head.at(first) == '{' || head.at(first) == '[');
    if (!json)
        return readCsv(file, name, tzOffset, progress);
    const QByteArray bytes = file.readAll();
    if (bytes.size() != file.size())
        return Failure{QStringLiteral("%1: cannot read: %2").arg(name, file.errorString())};
    UsageData data;
    data.tzOffset = tzOffset;
    const QString fault = readUsageJson(bytes, data, progress);
    if (fault == cancelledText())
        return Failure{fault};
    if (!fault.isEmpty())
        return Failure{QStringLiteral("%1: %2").arg(name, fault)};
    return data;
}

Result<UsageSummary> importUsage(const QString &path, const UsageOptions &options, const UsageProgress &progress)
{
    Result<UsageData> data = readUsageFile(path, options.tzOffset, progress);
    if (!data)
        return Failure{data.error()};
    return deriveUsage(data.value(), options.model, QFileInfo(path).fileName());
}

} // namespace ftroi
