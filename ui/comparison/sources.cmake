# Sources of the scenario comparison table (paths relative to ui/).
set(FTROI_COMPARISON_SOURCES
)
