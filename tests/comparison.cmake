# Tests of the comparison table (included from tests/CMakeLists.txt).
ftroi_add_test(tst_comparison SOURCES tst_comparison.cpp LIBS ftroi_ui)
