# Packaging check (included from tests/CMakeLists.txt): the desktop entry,
# AppStream metadata and MIME type, and the Debian package CPack builds from
# this build tree (needs ftroi and ftroi-cli built; skips without the tools).
add_test(NAME tst_packaging
    COMMAND bash "${CMAKE_CURRENT_SOURCE_DIR}/tst_packaging.sh"
        "${CMAKE_BINARY_DIR}" "${PROJECT_SOURCE_DIR}" "${PROJECT_VERSION}"
        "${CMAKE_COMMAND}" "${CMAKE_CPACK_COMMAND}"
        "$<TARGET_FILE:ftroi>" "$<TARGET_FILE:ftroi-cli>")
set_tests_properties(tst_packaging PROPERTIES
    SKIP_RETURN_CODE 77
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANG=C.UTF-8"
    TIMEOUT 120)
