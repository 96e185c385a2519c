// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/animationwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <webp/encode.h>
#include <webp/mux.h>

#include <cmath>

namespace {
QString tr_(const char *source)
{
    return QCoreApplication::translate("AnimationWriter", source);
}

class WebPWriter final : public AnimationWriter {
public:
    WebPWriter(const QString &path, QSize size, double fps)
        : m_path(path)
        , m_size(size)
        , m_frameMs(1000.0 / fps)
    {
        WebPAnimEncoderOptions options;
        if (WebPAnimEncoderOptionsInit(&options)) {
            options.allow_mixed = 0;
            m_encoder = WebPAnimEncoderNew(size.width(), size.height(), &options);
        }
        WebPConfigInit(&m_config);
        // Diagrams: flat colours and text. Lossless keeps thin lines and small text sharp and,
        // for such pictures, is smaller than lossy at a readable quality.
        m_config.lossless = 1;
        m_config.quality = 50;
        m_config.method = 2;
    }
    ~WebPWriter() override
    {
        if (m_encoder)
            WebPAnimEncoderDelete(m_encoder);
    }

    QString addFrame(const QImage &frame) override
    {
        if (!m_encoder)
            return tr_(QT_TRANSLATE_NOOP("AnimationWriter", "the WebP encoder could not start"));
        const QImage image = frame.convertToFormat(QImage::Format_ARGB32);
        WebPPicture picture;
        if (!WebPPictureInit(&picture))
            return tr_(QT_TRANSLATE_NOOP("AnimationWriter", "the WebP encoder could not start"));
        picture.use_argb = 1;
        picture.width = image.width();
        picture.height = image.height();
        // Format_ARGB32 is 0xAARRGGBB words: B, G, R, A bytes on a little-endian machine.
        const int ok = QSysInfo::ByteOrder == QSysInfo::LittleEndian
            ? WebPPictureImportBGRA(&picture, image.constBits(), int(image.bytesPerLine()))
            : WebPPictureImportRGBA(&picture, image.convertToFormat(QImage::Format_RGBA8888).constBits(), int(image.bytesPerLine()));
        QString error;
        if (!ok || !WebPAnimEncoderAdd(m_encoder, &picture, timestamp(m_frames), &m_config))
            error = tr_(QT_TRANSLATE_NOOP("AnimationWriter", "the WebP encoder failed on frame %1")).arg(m_frames + 1);
        WebPPictureFree(&picture);
        ++m_frames;
        return error;
    }

    QString finish() override
    {
        if (!m_encoder || m_frames == 0)
            return tr_(QT_TRANSLATE_NOOP("AnimationWriter", "no frames to write"));
        WebPData data;
        WebPDataInit(&data);
        if (!WebPAnimEncoderAdd(m_encoder, nullptr, timestamp(m_frames), nullptr) || !WebPAnimEncoderAssemble(m_encoder, &data))
            return tr_(QT_TRANSLATE_NOOP("AnimationWriter", "the WebP encoder could not assemble the animation"));
        QSaveFile file(m_path);
        QString error;
        if (!file.open(QIODevice::WriteOnly) || file.write(reinterpret_cast<const char *>(data.bytes), qint64(data.size)) != qint64(data.size)
            || !file.commit())
            error = file.errorString();
        WebPDataClear(&data);
        return error;
    }

    void cancel() override {}

private:
    int timestamp(int frame) const { return int(std::lround(frame * m_frameMs)); }

    QString m_path;
    QSize m_size;
    double m_frameMs;
    WebPAnimEncoder *m_encoder = nullptr;
    WebPConfig m_config;
    int m_frames = 0;
};

class PngSequenceWriter final : public AnimationWriter {
public:
    explicit PngSequenceWriter(const QString &path)
        : m_path(path)
    {
    }

    QString addFrame(const QImage &frame) override
    {
        const QString path = sequencePath(m_path, int(m_written.size()) + 1);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !frame.save(&file, "PNG") || !file.commit())
            return QStringLiteral("%1: %2").arg(path, file.errorString());
        m_written << path;
        return {};
    }
    QString finish() override { return m_written.isEmpty() ? tr_(QT_TRANSLATE_NOOP("AnimationWriter", "no frames to write")) : QString(); }
    void cancel() override
    {
        for (const QString &path : std::as_const(m_written))
            QFile::remove(path);
        m_written.clear();
    }

private:
    QString m_path;
    QStringList m_written;
};
} // namespace

bool AnimationWriter::formatForPath(const QString &path, Format &format)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("webp"))
        format = Format::WebP;
    else if (suffix == QLatin1String("png"))
        format = Format::PngSequence;
    else
        return false;
    return true;
}

QString AnimationWriter::sequencePath(const QString &path, int index)
{
    const QFileInfo info(path);
    const QString stem = path.left(path.size() - info.suffix().size() - 1);
    return QStringLiteral("%1-%2.%3").arg(stem).arg(index, 4, 10, QLatin1Char('0')).arg(info.suffix());
}

std::unique_ptr<AnimationWriter> AnimationWriter::create(Format format, const QString &path, QSize size, double fps)
{
    if (format == Format::WebP)
        return std::make_unique<WebPWriter>(path, size, fps);
    return std::make_unique<PngSequenceWriter>(path);
}
