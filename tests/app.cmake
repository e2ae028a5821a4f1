# Tests of the main window and app-level behaviour (included from tests/CMakeLists.txt).
ftroi_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp LIBS ftroi_ui)
ftroi_add_test(tst_autosave SOURCES tst_autosave.cpp LIBS ftroi_ui)
