// Precompiled for every core test: Qt Test and Qt Core.
#pragma once
#include <QtCore>
#include <QtTest>
