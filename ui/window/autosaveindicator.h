// A persistent mark in the status bar while the recovery copy cannot be
// written (a full disk, a folder that cannot be written): the unsaved
// changes would be lost in a crash, so it stays until a write succeeds.
#pragma once

#include <QLabel>

namespace ftroi {

class Autosave;

class AutosaveIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit AutosaveIndicator(Autosave *autosave, QWidget *parent = nullptr);

private:
    void follow(const QString &failure);
};

} // namespace ftroi
