# Tests of the comparison table (included from tests/CMakeLists.txt).
