// Precompiled for every UI test: Qt Test, Widgets and Charts.
#pragma once
#include <QtCharts>
#include <QtTest>
#include <QtWidgets>
