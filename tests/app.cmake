# Tests of the main window and app-level behaviour (included from tests/CMakeLists.txt);
# mainwindowsupport.h holds the helpers the main-window tests share.
# The whole window: edits reaching every view, refusals, edge cases, fitting the screen.
ftroi_add_test(tst_mainwindow SOURCES tst_mainwindow.cpp mainwindowsupport.h LIBS ftroi_ui)
# Open, save, the unsaved-changes prompt, drag and drop, recent files.
ftroi_add_test(tst_mainwindowfiles SOURCES tst_mainwindowfiles.cpp mainwindowsupport.h LIBS ftroi_ui)
# The volume, utilization and review-rate sliders.
ftroi_add_test(tst_sliderpanel SOURCES tst_sliderpanel.cpp mainwindowsupport.h LIBS ftroi_ui)
# The scenario list's actions and repaints.
ftroi_add_test(tst_scenariolistpanel SOURCES tst_scenariolistpanel.cpp LIBS ftroi_ui)
# The engineering phases table model under QAbstractItemModelTester.
ftroi_add_test(tst_phasesmodel SOURCES tst_phasesmodel.cpp LIBS ftroi_ui)
# The results panel's text widgets: remembered heights, layouts only when the room changes.
ftroi_add_test(tst_wraplabel SOURCES tst_wraplabel.cpp LIBS ftroi_ui)
ftroi_add_test(tst_valuetext SOURCES tst_valuetext.cpp LIBS ftroi_ui)
ftroi_add_test(tst_autosave SOURCES tst_autosave.cpp LIBS ftroi_ui)
ftroi_add_test(tst_documentfile SOURCES tst_documentfile.cpp filesizelimit.h LIBS ftroi_ui)
ftroi_add_test(tst_documentcontroller SOURCES tst_documentcontroller.cpp scriptedprompts.h LIBS ftroi_ui)
ftroi_add_test(tst_currentscenario SOURCES tst_currentscenario.cpp LIBS ftroi_ui)

ftroi_add_test(tst_headless_export SOURCES tst_headless_export.cpp LIBS ftroi_core Qt6::Gui)
add_dependencies(tst_headless_export ftroi)
target_compile_definitions(tst_headless_export PRIVATE FTROI_APP_PATH="$<TARGET_FILE:ftroi>")

# The benchmark runs once, quickly, to show it still works; timings never fail a build.
if(TARGET ftroi-bench)
    add_test(NAME bench_smoke COMMAND ftroi-bench --quick --json)
    set_tests_properties(bench_smoke PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
        PASS_REGULAR_EXPRESSION "\"engine_evaluate_ns\":[0-9.]+,\"heatmap_100x100_ms\":[0-9.]+,\"monte_carlo_100k_growth_ms\":[0-9.]+,\"monte_carlo_100k_ms\":[0-9.]+,\"monte_carlo_1m_ms\":[0-9.]+,\"tornado_ms\":[0-9.]+"
        TIMEOUT 300)
endif()

# The three paths in the app: managed form group, new fields, path cards, decision text.
ftroi_add_test(tst_threepaths SOURCES tst_threepaths.cpp LIBS ftroi_ui)
ftroi_add_test(tst_decisiontext SOURCES tst_decisiontext.cpp LIBS ftroi_ui)

# Prices with a source and a date in the app: pickers, price_source, Import Prices…, the training estimate's choice.
ftroi_add_test(tst_prices SOURCES tst_prices.cpp LIBS ftroi_ui)

# The input form's fields: volume units and suffixes, undo from a field, revert on focus-out.
ftroi_add_test(tst_formfields SOURCES tst_formfields.cpp LIBS ftroi_ui)
# Format 3 in the form: GPU memory, compliance, close-call rules; the wheel over an unfocused field scrolls.
ftroi_add_test(tst_decisionform SOURCES tst_decisionform.cpp LIBS ftroi_ui)
ftroi_add_test(tst_fleetform SOURCES tst_fleetform.cpp LIBS ftroi_ui)
# The seed's worked examples with the facts that decide them: each one's decision and headline.
ftroi_add_test(tst_seeddecisions SOURCES tst_seeddecisions.cpp LIBS ftroi_ui)

# Help > Methodology: the bundled page, its assumptions, the anchors the result tooltips name.
ftroi_add_test(tst_methodology SOURCES tst_methodology.cpp LIBS ftroi_ui)
# Only regular files up to 256 MB are read; the export never writes over its input.
ftroi_add_test(tst_inputfiles SOURCES tst_inputfiles.cpp LIBS ftroi_core)
add_dependencies(tst_inputfiles ftroi ftroi-cli)
target_compile_definitions(tst_inputfiles PRIVATE FTROI_APP_PATH="$<TARGET_FILE:ftroi>" FTROI_CLI_PATH="$<TARGET_FILE:ftroi-cli>")
ftroi_add_test(tst_reportexport SOURCES tst_reportexport.cpp LIBS ftroi_ui)
add_dependencies(tst_reportexport ftroi)
target_compile_definitions(tst_reportexport PRIVATE FTROI_APP_PATH="$<TARGET_FILE:ftroi>")
ftroi_add_test(tst_scenarioschart SOURCES tst_scenarioschart.cpp LIBS ftroi_ui)
add_dependencies(tst_scenarioschart ftroi)
target_compile_definitions(tst_scenarioschart PRIVATE FTROI_APP_PATH="$<TARGET_FILE:ftroi>")
# Tools > Monthly Schedule and File > Export Workbook.
ftroi_add_test(tst_scheduledialog SOURCES tst_scheduledialog.cpp mainwindowsupport.h LIBS ftroi_ui)
