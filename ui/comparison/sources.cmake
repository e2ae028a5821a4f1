# Sources of the scenario comparison table (paths relative to ui/).
set(FTROI_COMPARISON_SOURCES
    comparison/comparisonrows.h comparison/comparisonrows.cpp
    comparison/comparisonmodel.h comparison/comparisonmodel.cpp
    comparison/comparisonview.h comparison/comparisonview.cpp
    comparison/tableexport.h comparison/tableexport.cpp
)
