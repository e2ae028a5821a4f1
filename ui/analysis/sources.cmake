# Sources of the analysis views: sensitivity, two-way heatmap, goal seek and
# the runner that keeps heavy analysis off the GUI thread (paths relative to ui/).
set(FTROI_ANALYSIS_SOURCES
    analysis/analysisrunner.h analysis/analysisrunner.cpp
    analysis/analysispage.h analysis/analysispage.cpp
    analysis/inputlabels.h analysis/inputlabels.cpp
    analysis/metriclabels.h analysis/metriclabels.cpp
    analysis/heatmapdata.h analysis/heatmapdata.cpp
    analysis/sensitivityview.h analysis/sensitivityview.cpp
    analysis/twowayview.h analysis/twowayview.cpp
    analysis/goalseekdialog.h analysis/goalseekdialog.cpp
    analysis/uncertaintycontroller.h analysis/uncertaintycontroller.cpp
    analysis/uncertaintytext.h analysis/uncertaintytext.cpp
    analysis/uncertaintyview.h analysis/uncertaintyview.cpp
)
