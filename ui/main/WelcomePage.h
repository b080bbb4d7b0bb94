#pragma once

#include <QWidget>

class QPushButton;

namespace cpd {

// What an empty journal shows: start writing, or look around a separate sample journal.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    QPushButton* writeButton() const { return m_write; }
    QPushButton* sampleButton() const { return m_sample; }

signals:
    void writeFirstEntryRequested();
    void openSampleRequested();

private:
    QPushButton* m_write;
    QPushButton* m_sample;
};

} // namespace cpd
