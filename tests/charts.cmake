# Tests of the charts and chart export (included from tests/CMakeLists.txt);
# chartsupport.h holds the helpers they share.
# The break-even chart: its lines, labels and hover text; its axes.
ftroi_add_test(tst_breakevenchart SOURCES tst_breakevenchart.cpp chartsupport.h LIBS ftroi_ui)
ftroi_add_test(tst_breakevenaxes SOURCES tst_breakevenaxes.cpp chartsupport.h LIBS ftroi_ui)
# The cash-flow and breakdown charts.
ftroi_add_test(tst_cashflowchart SOURCES tst_cashflowchart.cpp chartsupport.h LIBS ftroi_ui)
ftroi_add_test(tst_breakdownchart SOURCES tst_breakdownchart.cpp chartsupport.h LIBS ftroi_ui)
# Rendering and writing charts (PNG, SVG, clipboard), and the Export Chart dialog.
ftroi_add_test(tst_chartexport SOURCES tst_chartexport.cpp chartsupport.h LIBS ftroi_ui)
ftroi_add_test(tst_exportchartdialog SOURCES tst_exportchartdialog.cpp chartsupport.h LIBS ftroi_ui)
# The managed line, the lifetime cash flow of both fine-tuning paths, the split at zero.
ftroi_add_test(tst_pathcharts SOURCES tst_pathcharts.cpp LIBS ftroi_ui)
# The serving levers: form fields, refusals, the levers chart, extreme values.
ftroi_add_test(tst_servingleversui SOURCES tst_servingleversui.cpp LIBS ftroi_ui)
# The sensitivity, two-way and goal-seek views and the analysis runner.
ftroi_add_test(tst_analysisviews SOURCES tst_analysisviews.cpp LIBS ftroi_ui)
# The one chart style: money text, export and screen text sizes, subtitles, axis ranges.
ftroi_add_test(tst_chartstyle SOURCES tst_chartstyle.cpp chartsupport.h LIBS ftroi_ui)
# Uncertainty: histogram and band statistics, ranges on fields, the live Monte Carlo, the Uncertainty tab.
ftroi_add_test(tst_uncertainty SOURCES tst_uncertainty.cpp LIBS ftroi_ui)
# The chart registry: unique names that round-trip, factories, and the tab bar, View menu and command line that list it.
ftroi_add_test(tst_chartregistry SOURCES tst_chartregistry.cpp LIBS ftroi_ui)
add_dependencies(tst_chartregistry ftroi)
target_compile_definitions(tst_chartregistry PRIVATE FTROI_APP_PATH="$<TARGET_FILE:ftroi>")
# Measured capacity in the app: the load-test import and removal as undo steps, the SLO fields, the Capacity chart, --chart capacity.
ftroi_add_test(tst_capacityui SOURCES tst_capacityui.cpp LIBS ftroi_ui)
add_dependencies(tst_capacityui ftroi)
target_compile_definitions(tst_capacityui PRIVATE FTROI_APP_PATH="$<TARGET_FILE:ftroi>")
