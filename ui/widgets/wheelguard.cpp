// WheelGuard: the wheel over an unfocused field scrolls its form.
#include "ui/widgets/wheelguard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QScrollBar>
#include <QWheelEvent>
#include <QWidget>

namespace ftroi {

void WheelGuard::install(QWidget *root)
{
    auto *guard = new WheelGuard(root);
    const auto guardAll = [guard](const auto &widgets) {
        for (QWidget *w : widgets) {
            w->setFocusPolicy(Qt::StrongFocus);
            w->installEventFilter(guard);
        }
    };
    guardAll(root->findChildren<QComboBox *>());
    guardAll(root->findChildren<QAbstractSpinBox *>());
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Wheel)
        return QObject::eventFilter(watched, event);
    auto *widget = qobject_cast<QWidget *>(watched);
    if (!widget || widget->hasFocus())
        return false; // a focused field takes the wheel as usual
    // Scroll the nearest scroll area around the field instead.
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QAbstractScrollArea *>(p)) {
            QCoreApplication::sendEvent(area->verticalScrollBar(), event);
            break;
        }
    }
    return true;
}

} // namespace ftroi
