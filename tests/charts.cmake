# Tests of the charts and chart export (included from tests/CMakeLists.txt).
ftroi_add_test(tst_charts SOURCES tst_charts.cpp LIBS ftroi_ui)
