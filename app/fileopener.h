// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

/// Opens a file handed to the application from outside its File menu: `closelab FILE` and a file
/// dropped onto the main window. kindOf() is the one dispatch by file name extension; open() sends
/// each kind to the handler the window registered for it (an experiment to ExperimentMenus::openFile,
/// a lesson to the lesson panel). A new kind is one enum value, one branch in kindOf() and one handler.
class FileOpener : public QObject {
    Q_OBJECT

public:
    enum class Kind {
        Experiment, ///< .closelab (app/experimentfile.h)
        Lesson,     ///< .closelab-lesson (app/lessonfile.h)
        Unsupported,
    };
    /// Opens `path`; "" on success, else the reason (already shown to the user unless `quiet`).
    using Handler = std::function<QString(const QString &path, bool quiet)>;

    /// `window` accepts drops from now on; its drops open through open().
    explicit FileOpener(QWidget *window);

    static Kind kindOf(const QString &path);
    /// The extensions kindOf() knows, without the dot ("closelab", "closelab-lesson").
    static QStringList suffixes();
    /// "" when `path` names a readable file of a known kind, else one line naming the file and the
    /// problem (a command-line check before any window opens).
    static QString checkPath(const QString &path);

    void setHandler(Kind kind, Handler handler);
    /// Checks the path (checkPath()) and hands the file to its kind's handler.
    QString open(const QString &path, bool quiet = false);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    Handler m_experiment;
    Handler m_lesson;
};
