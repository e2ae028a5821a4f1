// Keeps the mouse wheel from editing a form by accident: over a combo box or
// spin box that does not have the keyboard focus, the wheel scrolls the form
// around it instead of changing the value (an undoable edit nobody meant).
#pragma once

#include <QObject>

class QWidget;

namespace ftroi {

class WheelGuard : public QObject
{
    Q_OBJECT

public:
    // Guards every combo box and spin box under `root` (present now), and makes
    // them take the focus by click or Tab only, not by the wheel.
    static void install(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent) : QObject(parent) {}
};

} // namespace ftroi
