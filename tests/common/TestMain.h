#pragma once

#include "TestIsolation.h"

#include <QTest>

// QTEST_MAIN and QTEST_GUILESS_MAIN for Roster's tests: the same, but isolated from the real
// home before the application object exists (TestIsolation).
#if defined(QT_WIDGETS_LIB)
#include <QApplication>
#define ROSTER_TEST_APPLICATION QApplication
#elif defined(QT_GUI_LIB)
#include <QGuiApplication>
#define ROSTER_TEST_APPLICATION QGuiApplication
#else
#define ROSTER_TEST_APPLICATION QCoreApplication
#endif

#define ROSTER_TEST_MAIN_WITH(Application, TestObject)                                                                 \
    int main(int argc, char *argv[])                                                                                   \
    {                                                                                                                  \
        TestIsolation::isolate();                                                                                      \
        Application app(argc, argv);                                                                                   \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                                       \
        TestObject test;                                                                                               \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }

#define ROSTER_TEST_MAIN(TestObject) ROSTER_TEST_MAIN_WITH(ROSTER_TEST_APPLICATION, TestObject)
#define ROSTER_TEST_GUILESS_MAIN(TestObject) ROSTER_TEST_MAIN_WITH(QCoreApplication, TestObject)
