// The one source of a precompiled-header owner target (tests/CMakeLists.txt):
// the tests reuse the Qt headers it precompiles.
