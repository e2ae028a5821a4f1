# Tests of the charts and chart export (included from tests/CMakeLists.txt).
