# Sources of the Qt Charts views (paths relative to ui/).
set(FTROI_CHART_SOURCES
    charts/chartstyle.h charts/chartstyle.cpp
    charts/logaxislabels.h charts/logaxislabels.cpp
    charts/chartcallout.h charts/chartcallout.cpp
    charts/signsplit.h charts/signsplit.cpp
    charts/seriesupdate.h
    charts/chartheading.h charts/chartheading.cpp
    charts/chartheadingitem.h charts/chartheadingitem.cpp
    charts/scenariochartview.h charts/scenariochartview.cpp
    charts/breakevenchart.h charts/breakevenchart.cpp
    charts/cashflowchart.h charts/cashflowchart.cpp
    charts/breakdownchart.h charts/breakdownchart.cpp
    charts/tornadochart.h charts/tornadochart.cpp
    charts/heatmapchart.h charts/heatmapchart.cpp
    charts/servingleverschart.h charts/servingleverschart.cpp
    charts/distributionchart.h charts/distributionchart.cpp
    charts/chartexport.h charts/chartexport.cpp
    charts/exportchartdialog.h charts/exportchartdialog.cpp
)
