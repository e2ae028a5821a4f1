# Tests of the imports (core/imports): usage exports read and derived, the CLI's
# usage commands, and the app's import as one undo step.
ftroi_add_test(tst_usageimport SOURCES tst_usageimport.cpp LIBS ftroi_core)
ftroi_add_test(tst_usagecli SOURCES tst_usagecli.cpp LIBS ftroi_core)
add_dependencies(tst_usagecli ftroi-cli)
target_compile_definitions(tst_usagecli PRIVATE FTROI_CLI_PATH="$<TARGET_FILE:ftroi-cli>")
if(FTROI_BUILD_APP)
    ftroi_add_test(tst_usagedocument SOURCES tst_usagedocument.cpp LIBS ftroi_ui)
endif()
