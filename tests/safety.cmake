# Tests that bad input never crashes, hangs or loses data (included from
# tests/CMakeLists.txt): kept number texts, the user catalog's lock and
# merge, safe saving, analysis budgets, messages naming the right cause.

# ftroi_add_cli_test(NAME SOURCES...): a core test that also runs ftroi-cli (FTROI_CLI_PATH).
function(ftroi_add_cli_test name)
    ftroi_add_test(${name} SOURCES ${ARGN} LIBS ftroi_core)
    add_dependencies(${name} ftroi-cli)
    target_compile_definitions(${name} PRIVATE FTROI_CLI_PATH="$<TARGET_FILE:ftroi-cli>")
endfunction()

# Numbers of unknown keys survive a re-save byte for byte.
ftroi_add_test(tst_keptnumbers SOURCES tst_keptnumbers.cpp LIBS ftroi_core)
# The user catalog: the lock and merge, what is not understood kept, unreadable files set aside, price limits.
ftroi_add_cli_test(tst_usercatalog tst_usercatalog.cpp)
# The grid and goal seek: refusals with the reason, whole-number axes, the work budget, a stoppable grid.
ftroi_add_cli_test(tst_analysisbounds tst_analysisbounds.cpp)
# Refusals name the cause: UTF-16/UTF-32 text, a UTF-8 byte-order mark accepted, folders and pipes to every command.
ftroi_add_cli_test(tst_messages tst_messages.cpp)

if(FTROI_BUILD_APP)
    # File > Import Prices… runs off the GUI thread; a large user catalog opens the window quickly.
    ftroi_add_test(tst_priceimportaction SOURCES tst_priceimportaction.cpp LIBS ftroi_ui)
    # Saving: a changed file on disk is noticed, the "~" backup survives kill -9 and a full disk, autosave failures show.
    qt_add_executable(ftroi_savehammer savehammer.cpp)
    target_link_libraries(ftroi_savehammer PRIVATE ftroi_core ftroi_defaults)
    ftroi_add_test(tst_savesafety SOURCES tst_savesafety.cpp scriptedprompts.h LIBS ftroi_ui)
    add_dependencies(tst_savesafety ftroi_savehammer)
    target_compile_definitions(tst_savesafety PRIVATE FTROI_SAVEHAMMER_PATH="$<TARGET_FILE:ftroi_savehammer>")
    # Long analysis in the app: the refinement's progress and Stop, a superseded heatmap stops, one input twice refused.
    ftroi_add_test(tst_longanalysis SOURCES tst_longanalysis.cpp LIBS ftroi_ui)
endif()
