# Tests of the comparison table (included from tests/CMakeLists.txt).
ftroi_add_test(tst_comparison SOURCES tst_comparison.cpp LIBS ftroi_ui)
add_dependencies(tst_comparison ftroi-cli)
target_compile_definitions(tst_comparison PRIVATE FTROI_CLI_PATH="$<TARGET_FILE:ftroi-cli>")
