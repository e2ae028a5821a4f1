// AnalysisRunner: one worker thread per runner, so requests run in order and
// a burst of requests (a slider drag) leaves at most one running and one
// queued; everything older is skipped as soon as it would start.
#include "analysisrunner.h"

namespace ftroi {

AnalysisRunner::AnalysisRunner(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(5000);
}

AnalysisRunner::~AnalysisRunner()
{
    cancel();
    m_pool.clear();
    m_pool.waitForDone();
}

void AnalysisRunner::waitForDone()
{
    m_pool.waitForDone();
}

void AnalysisRunner::start(std::function<void()> task)
{
    m_pool.start(std::move(task));
}

} // namespace ftroi
