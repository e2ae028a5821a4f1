# Tests of the main window and app-level behaviour (included from tests/CMakeLists.txt).
ftroi_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS ftroi_ui)
ftroi_add_test(tst_autosave SOURCES tst_autosave.cpp LIBS ftroi_ui)
ftroi_add_test(tst_documentfile SOURCES tst_documentfile.cpp LIBS ftroi_ui)

ftroi_add_test(tst_headless_export SOURCES tst_headless_export.cpp LIBS ftroi_core)
add_dependencies(tst_headless_export ftroi)
target_compile_definitions(tst_headless_export PRIVATE FTROI_APP_PATH="$<TARGET_FILE:ftroi>")
target_link_libraries(tst_headless_export PRIVATE Qt6::Gui)
