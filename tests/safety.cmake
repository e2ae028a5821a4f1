# Tests that bad input never crashes, hangs or loses data (included from
# tests/CMakeLists.txt): kept number texts, the user catalog's lock and
# merge, safe saving, analysis budgets, messages naming the right cause.

# Numbers of unknown keys survive a re-save byte for byte.
ftroi_add_test(tst_keptnumbers SOURCES tst_keptnumbers.cpp LIBS ftroi_core)
