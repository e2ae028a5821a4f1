// Tools > Goal Seek: "Set [metric] to [value] by changing [input]". Shows the
// answer and what the metric becomes, or in words why no value of the input
// reaches the target; Apply sets the input as one undoable edit. It follows
// the current scenario while open.
#pragma once

#include "core/analysis/analysis.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ftroi {

class Document;

class GoalSeekDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GoalSeekDialog(Document *document, QWidget *parent = nullptr);

    QComboBox *metricBox() const { return m_metric; }
    QLineEdit *targetEdit() const { return m_target; }
    QComboBox *inputBox() const { return m_input; }
    QPushButton *applyButton() const { return m_apply; }
    // The sentence under the question: the answer, or why there is none.
    QString answerText() const;
    const std::optional<GoalSeek> &answer() const { return m_answer; }
    // Sets the input to the answer (one undo step); false without an answer.
    bool apply();

    // The explanation for an unreachable target, in words.
    static QString unreachableText(const GoalSeek &seek, const QString &currency);

private:
    void fillInputs();
    void recompute();

    Document *m_document;
    QComboBox *m_metric;
    QLineEdit *m_target;
    QComboBox *m_input;
    QLabel *m_answerLabel;
    QPushButton *m_apply;
    std::optional<GoalSeek> m_answer;
    QStringList m_paths;
};

} // namespace ftroi
