// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/animationdialog.h"

#include "core/simtime.h"
#include "views/zoom.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>

#include <cmath>

AnimationDialog::AnimationDialog(std::shared_ptr<const closelab::Trace> trace, qint64 playheadTime, QWidget *parent)
    : QDialog(parent)
    , m_trace(std::move(trace))
    , m_from(new QDoubleSpinBox(this))
    , m_to(new QDoubleSpinBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_fps(new QSpinBox(this))
    , m_zoom(new QSpinBox(this))
    , m_format(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("animationDialog"));
    setWindowTitle(tr("Export Animation"));
    const double start = closelab::toSeconds(m_trace->start);
    const double end = closelab::toSeconds(m_trace->end);
    for (QDoubleSpinBox *box : {m_from, m_to}) {
        box->setDecimals(6);
        box->setRange(start, end);
        box->setSingleStep(0.001);
        //: Unit after a time in seconds
        box->setSuffix(tr(" s"));
    }
    // From the playhead (or the run's start) to the end of the run.
    m_from->setValue(std::clamp(closelab::toSeconds(playheadTime), start, end) < end ? closelab::toSeconds(playheadTime) : start);
    m_to->setValue(end);
    m_width->setRange(AnimationExporter::minSize.width(), AnimationExporter::maxSize.width());
    m_height->setRange(AnimationExporter::minSize.height(), AnimationExporter::maxSize.height());
    m_width->setValue(1280);
    m_height->setValue(720);
    m_fps->setRange(int(AnimationExporter::minFps), int(AnimationExporter::maxFps));
    m_fps->setValue(10);
    m_zoom->setRange(int(std::lround(closelab::zoom::kMin * 100)), int(std::lround(closelab::zoom::kMax * 100)));
    m_zoom->setValue(100);
    m_zoom->setSuffix(QStringLiteral(" %"));
    m_format->addItem(tr("Animated WebP (.webp)"), int(AnimationWriter::Format::WebP));
    m_format->addItem(tr("Numbered PNG images (.png)"), int(AnimationWriter::Format::PngSequence));
    m_summary->setWordWrap(true);

    auto *size = new QHBoxLayout;
    size->addWidget(m_width);
    //: Between width and height
    size->addWidget(new QLabel(tr("×"), this));
    size->addWidget(m_height);
    auto *form = new QFormLayout(this);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(tr("Size (pixels):"), size);
    form->addRow(tr("Frames per second:"), m_fps);
    form->addRow(tr("Zoom:"), m_zoom);
    form->addRow(tr("Format:"), m_format);
    form->addRow(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QDoubleSpinBox *box : {m_from, m_to})
        connect(box, &QDoubleSpinBox::valueChanged, this, &AnimationDialog::updateSummary);
    for (QSpinBox *box : {m_width, m_height, m_fps, m_zoom})
        connect(box, &QSpinBox::valueChanged, this, &AnimationDialog::updateSummary);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    updateSummary();
}

AnimationSettings AnimationDialog::settings() const
{
    AnimationSettings s;
    s.format = AnimationWriter::Format(m_format->currentData().toInt());
    s.from = closelab::fromSeconds(m_from->value());
    s.to = closelab::fromSeconds(m_to->value());
    s.size = QSize(m_width->value(), m_height->value());
    s.fps = m_fps->value();
    s.zoom = m_zoom->value() / 100.0;
    return s;
}

void AnimationDialog::updateSummary()
{
    const AnimationSettings s = settings();
    const QString error = AnimationExporter::check(s, *m_trace);
    if (!error.isEmpty()) {
        m_summary->setText(error);
    } else {
        const auto frames = AnimationExporter::frameTimes(*m_trace, *s.from, *s.to, s.fps).size();
        m_summary->setText(tr("%n frame(s), %1 s of animation.", nullptr, int(frames)).arg(double(frames) / s.fps, 0, 'f', 1));
    }
    m_okButton->setEnabled(error.isEmpty());
}

QString AnimationDialog::runWithProgress(QWidget *window, std::shared_ptr<const closelab::Trace> trace, const AnimationSettings &settings)
{
    AnimationExporter exporter(std::move(trace), settings);
    if (QString error = exporter.start(); !error.isEmpty())
        return error;
    QProgressDialog progress(tr("Exporting the animation…"), tr("Cancel"), 0, exporter.frameCount(), window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    // One frame per tick of the event loop: the dialog stays responsive and Cancel is read
    // between two frames, without processEvents() inside the work.
    QEventLoop loop;
    QTimer tick;
    bool cancelled = false;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (progress.wasCanceled()) {
            cancelled = true;
            loop.quit();
            return;
        }
        const bool more = exporter.renderNext();
        progress.setValue(exporter.framesDone());
        if (!more)
            loop.quit();
    });
    tick.start(0);
    loop.exec();
    tick.stop();
    if (cancelled) {
        exporter.cancel();
        return tr("cancelled");
    }
    if (!exporter.error().isEmpty()) {
        exporter.cancel();
        return exporter.error();
    }
    return exporter.finish();
}

void AnimationDialog::exportFrom(QWidget *window, std::shared_ptr<const closelab::Trace> trace, qint64 playheadTime)
{
    if (!trace) {
        QMessageBox::information(window, tr("Export Animation"), tr("There is no run to export."));
        return;
    }
    AnimationDialog dialog(trace, playheadTime, window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    AnimationSettings settings = dialog.settings();
    const bool webp = settings.format == AnimationWriter::Format::WebP;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = QFileDialog::getSaveFileName(window, tr("Export Animation"),
                                                QDir(directory).filePath(webp ? QStringLiteral("closelab.webp") : QStringLiteral("closelab.png")),
                                                webp ? tr("Animated WebP (*.webp)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    const QString suffix = webp ? QStringLiteral(".webp") : QStringLiteral(".png");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    settings.path = path;
    const QString error = runWithProgress(window, trace, settings);
    if (!error.isEmpty() && error != tr("cancelled"))
        QMessageBox::warning(window, tr("Export Animation"), tr("Cannot write %1: %2").arg(path, error));
}
