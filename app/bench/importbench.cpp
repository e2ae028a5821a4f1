// Import timings for ftroi-bench (see importbench.h).
#include "app/bench/importbench.h"

#include "core/imports/usageimport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

namespace bench {

double usageImport1mRowsMs()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("spend-1m.csv"));
    {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return -1;
        out.write("request_id,startTime,model,prompt_tokens,completion_tokens,cache_hit,status,metadata\r\n");
        static const char *const models[] = {"claude-3-5-haiku-20241022", "gpt-4o-2024-08-06", "gpt-4o-mini-2024-07-18"};
        QByteArray block;
        for (int i = 0; i < 1000000; ++i) {
            const int seconds = int((qint64(i) * 2592) % 2592000); // 30 days
            block += "req_" + QByteArray::number(i) + ",2026-09-" + QByteArray::number(1 + seconds / 86400).rightJustified(2, '0')
                     + ' ' + QByteArray::number(seconds % 86400 / 3600).rightJustified(2, '0') + ':'
                     + QByteArray::number(seconds % 3600 / 60).rightJustified(2, '0') + ":07.123456+00:00,"
                     + models[i % 3] + ',' + QByteArray::number(800 + i % 700) + ',' + QByteArray::number(150 + i % 200)
                     + (i % 10 == 0 ? ",True," : ",False,") + (i % 97 == 0 ? "failure" : "success")
                     + ",\"{\"\"user\"\": \"\"support, eu\"\"}\"\r\n";
            if (block.size() > (1 << 20)) {
                out.write(block);
                block.clear();
            }
        }
        out.write(block);
    }
    std::vector<double> ms;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        const ftroi::Result<ftroi::UsageSummary> r = ftroi::importUsage(path, {});
        ms.push_back(r ? double(t.nsecsElapsed()) / 1e6 : -1);
    }
    std::sort(ms.begin(), ms.end());
    return ms[1];
}

} // namespace bench
