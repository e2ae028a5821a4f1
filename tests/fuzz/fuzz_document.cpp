// libFuzzer entry point for the document reader, writer and engine.
// Build with the "fuzz" preset (clang), run from the repository root:
//   build-fuzz/tests/fuzz/fuzz_document tests/fuzz/corpus -max_len=8192
#include "documentcheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString failure = ftroi::fuzz::checkDocumentInput(input);
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "document check failed: %s\n", qPrintable(failure));
        std::abort();
    }
    return 0;
}
