# Tests of the main window and app-level behaviour (included from tests/CMakeLists.txt).
