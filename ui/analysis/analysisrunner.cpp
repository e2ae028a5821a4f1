// AnalysisRunner: one worker thread per runner, so requests run in order and
// a burst of requests (a slider drag) leaves at most one running and one
// queued; everything older is skipped as soon as it would start.
#include "ui/analysis/analysisrunner.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <algorithm>
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace ftroi {

namespace {

// Analysis yields to the GUI thread: on a machine with every core busy, a
// slider step must not wait for a Monte Carlo chunk. Linux keeps a nice value
// per thread (threads the work starts inherit it); Qt's thread priorities
// other than Idle do not change a normal thread's share there, and Idle would
// starve the analysis whenever any other program is busy.
void yieldToTheGuiThread()
{
#ifdef Q_OS_LINUX
    static thread_local bool lowered = false;
    if (!lowered) {
        const id_t thread = id_t(syscall(SYS_gettid));
        errno = 0;
        const int current = getpriority(PRIO_PROCESS, thread);
        if (errno == 0)
            setpriority(PRIO_PROCESS, thread, std::min(19, current + kAnalysisNiceness));
        lowered = true;
    }
#endif
}

} // namespace

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
    m_pool.start([task = std::move(task)] {
        yieldToTheGuiThread();
        task();
    });
}

} // namespace ftroi
