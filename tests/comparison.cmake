# Tests of the comparison table (included from tests/CMakeLists.txt);
# comparisonsupport.h holds the helpers they share.
# The model: columns, formatted cells, highlights, input rows.
ftroi_add_test(tst_comparisonmodel SOURCES tst_comparisonmodel.cpp comparisonsupport.h LIBS ftroi_ui)
# The table as TSV and CSV text and files.
ftroi_add_test(tst_tableexport SOURCES tst_tableexport.cpp comparisonsupport.h LIBS ftroi_ui)
# The view: Export CSV against `ftroi-cli compare --csv`, copy, header clicks.
ftroi_add_test(tst_comparisonview SOURCES tst_comparisonview.cpp comparisonsupport.h LIBS ftroi_ui)
add_dependencies(tst_comparisonview ftroi-cli)
target_compile_definitions(tst_comparisonview PRIVATE FTROI_CLI_PATH="$<TARGET_FILE:ftroi-cli>")
