# Sources of the Qt Charts views (paths relative to ui/).
set(FTROI_CHART_SOURCES
)
