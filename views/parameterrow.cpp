// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/parameterrow.h"

#include "views/inputguard.h"
#include "views/parametertexts.h"
#include "views/wraplabel.h"
#include "views/zoom.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QToolButton>

#include <cmath>
#include <limits>

namespace closelab {

namespace {
// A slider that marks one position (the Linux default) with a small triangle under the groove.
class MarkedSlider : public QSlider {
public:
    using QSlider::QSlider;
    void setMark(int position)
    {
        m_mark = position;
        update();
    }
    void setMarkSize(double zoom)
    {
        m_markSize = zoom;
        update();
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QSlider::paintEvent(event);
        QStyleOptionSlider option;
        initStyleOption(&option);
        const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
        const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
        const int span = groove.width() - handle.width();
        const int x = groove.x() + handle.width() / 2
            + QStyle::sliderPositionFromValue(minimum(), maximum(), m_mark, span, option.upsideDown);
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x6b, 0x6e, 0xc6));
        const int y = height() - 1;
        const double half = 4 * m_markSize;
        const QPointF triangle[3] = {QPointF(x - half, y), QPointF(x + half, y), QPointF(x, y - 5 * m_markSize)};
        painter.drawPolygon(triangle, 3);
    }

private:
    int m_mark = 0;
    double m_markSize = 1.0; ///< the zoom: the triangle grows with the handle
};

// The row's spacing at the zoom (the sizes below are those at 100 %).
int scaled(int px, double zoom)
{
    return int(std::lround(px * zoom));
}

int toInt(std::int64_t v)
{
    return int(std::clamp<std::int64_t>(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}
} // namespace

ParameterRow::ParameterRow(const SysctlInfo &info, QWidget *parent)
    : QWidget(parent)
    , m_info(info)
    , m_scale(info.min, info.max, info.defaultValue)
    , m_value(info.defaultValue)
    , m_title(new WrapLabel(this))
    , m_key(new LineLabel(this))
    , m_slider(new MarkedSlider(Qt::Horizontal, this))
    , m_spin(new QSpinBox(this))
    , m_default(new WrapLabel(this))
    , m_reset(new QToolButton(this))
    , m_grid(new QGridLayout(this))
{
    m_key->setForegroundRole(QPalette::PlaceholderText);
    // Long keys and titles must not widen the dock: titles wrap, keys may be cut (the tooltip has them).
    m_key->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // Titles and defaults wrap (WrapLabel: measured once per text, font and width).
    QFont keyFont = m_key->font();
    keyFont.setFamily(QStringLiteral("monospace"));
    keyFont.setPointSizeF(keyFont.pointSizeF() * 0.85);
    m_key->setFont(keyFont);
    m_default->setForegroundRole(QPalette::PlaceholderText);
    QFont smallFont = m_default->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.85);
    m_default->setFont(smallFont);

    m_spin->setMinimumWidth(96);
    m_spin->setKeyboardTracking(false);
    // The wheel changes a value only when its widget has the focus; the focused slider takes the arrows.
    InputGuard::install(m_slider);
    InputGuard::install(m_spin);
    m_reset->setText(QStringLiteral("↺"));
    m_reset->setAutoRaise(true);
    m_reset->setObjectName(QStringLiteral("resetButton"));

    QGridLayout *grid = m_grid;
    grid->setContentsMargins(4, 2, 4, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(1);
    grid->addWidget(m_title, 0, 0, 1, 2);
    grid->addWidget(m_reset, 0, 2, Qt::AlignRight);
    grid->addWidget(m_key, 1, 0, 1, 3);
    grid->addWidget(m_slider, 2, 0);
    grid->addWidget(m_spin, 2, 1, 1, 2);
    grid->addWidget(m_default, 3, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    connect(m_slider, &QSlider::valueChanged, this, &ParameterRow::sliderMoved);
    connect(m_spin, &QSpinBox::valueChanged, this, &ParameterRow::spinChanged);
    connect(m_reset, &QToolButton::clicked, this, [this] { emit resetRequested(m_info.id); });

    showInfo();
}

// Everything the row shows of m_info and m_value, once (the texts, the value and its look).
void ParameterRow::showInfo()
{
    const SysctlInfo &info = m_info;
    const QString key = QString::fromLatin1(info.key.data(), qsizetype(info.key.size()));
    setObjectName(QStringLiteral("parameter_%1_%2").arg(key).arg(info.component));
    m_key->setText(sysctlRowsForKey(info.key).size() == 2 ? key + QStringLiteral(" [%1]").arg(info.component) : key);
    m_updating = true;
    m_slider->setRange(0, m_scale.steps());
    // An arrow key moves a logarithmic slider by about 7 %, Page Up/Down by about a factor of two.
    m_slider->setSingleStep(m_scale.isLogarithmic() ? m_scale.steps() / 100 : 1);
    m_slider->setPageStep(m_scale.isLogarithmic() ? m_scale.steps() / 10 : 10);
    static_cast<MarkedSlider *>(m_slider)->setMark(m_scale.position(info.defaultValue));
    m_spin->setRange(toInt(info.min), toInt(info.max));
    m_spin->setGroupSeparatorShown(info.unit != "port");
    m_slider->setValue(m_scale.position(m_value));
    m_spin->setValue(toInt(m_value));
    m_updating = false;
    retranslateTexts();
    updateLook();
}

void ParameterRow::setZoom(double factor, QStyle *controls)
{
    m_zoom = zoom::clamped(factor);
    // Every font from the zoomed one, in the proportions of the constructor's (key and default 85 %).
    QFont keyFont = zoom::font(m_zoom, 0.85);
    keyFont.setFamily(QStringLiteral("monospace"));
    m_key->setFont(keyFont);
    m_default->setFont(zoom::font(m_zoom, 0.85));
    m_title->setFont(zoom::font(m_zoom));
    m_spin->setFont(zoom::font(m_zoom));
    m_reset->setFont(zoom::font(m_zoom));
    // The box is as wide as its largest value needs (its size hint, in its font); the floor of 96 px
    // keeps small values' boxes alike and grows less than the text, to leave the slider its room.
    m_spin->setMinimumWidth(scaled(96, std::min(m_zoom, 1.5)));
    m_grid->setContentsMargins(scaled(4, m_zoom), scaled(2, m_zoom), scaled(4, m_zoom), scaled(4, m_zoom));
    m_grid->setHorizontalSpacing(scaled(6, m_zoom));
    m_grid->setVerticalSpacing(scaled(1, m_zoom));
    // From 250 % the value's box no longer fits beside a slider in a dock's width ("131,072 sockets"
    // at 300 % is 300 px): the slider takes the whole line and the box goes under it.
    const bool stacked = m_zoom >= 2.5;
    m_grid->removeWidget(m_slider);
    m_grid->removeWidget(m_spin);
    m_grid->removeWidget(m_default);
    if (stacked) {
        m_grid->addWidget(m_slider, 2, 0, 1, 3);
        m_grid->addWidget(m_spin, 3, 0, 1, 3, Qt::AlignLeft);
        m_grid->addWidget(m_default, 4, 0, 1, 3);
    } else {
        m_grid->addWidget(m_slider, 2, 0);
        m_grid->addWidget(m_spin, 2, 1, 1, 2);
        m_grid->addWidget(m_default, 3, 0, 1, 3);
    }
    if (m_slider->style() != controls) {
        m_slider->setStyle(controls);
        m_spin->setStyle(controls);
    }
    static_cast<MarkedSlider *>(m_slider)->setMarkSize(m_zoom);
    m_slider->updateGeometry();
    updateLook(); // the title's bold and italic
}

void ParameterRow::setValue(std::int64_t value, bool isExplicit)
{
    // What it shows already (a panel's setConfig() right after the row was made at the default).
    if (value == m_value && isExplicit == m_explicit && m_slider->value() == m_scale.position(value)
        && m_spin->value() == toInt(value))
        return;
    m_updating = true;
    m_value = value;
    m_explicit = isExplicit;
    m_slider->setValue(m_scale.position(value));
    m_spin->setValue(toInt(value));
    m_updating = false;
    updateLook();
}

bool ParameterRow::matches(const QString &filter) const
{
    if (filter.isEmpty())
        return true;
    const QString key = QString::fromLatin1(m_info.key.data(), qsizetype(m_info.key.size()));
    return key.contains(filter, Qt::CaseInsensitive) || m_title->text().contains(filter, Qt::CaseInsensitive)
        || text::parameterDescription(m_info.id).contains(filter, Qt::CaseInsensitive);
}

void ParameterRow::sliderMoved(int position)
{
    if (m_updating)
        return;
    const std::int64_t v = m_scale.value(position);
    if (v == m_value)
        return;
    m_value = v;
    m_updating = true;
    m_spin->setValue(toInt(v));
    m_updating = false;
    updateLook();
    emit valueEdited(m_info.id, v);
}

void ParameterRow::spinChanged(int value)
{
    if (m_updating || value == m_value)
        return;
    m_value = value;
    m_updating = true;
    m_slider->setValue(m_scale.position(value));
    m_updating = false;
    updateLook();
    emit valueEdited(m_info.id, value);
}

void ParameterRow::updateLook()
{
    const bool changed = isChanged();
    QFont titleFont = m_title->font();
    titleFont.setBold(changed);
    titleFont.setItalic(changed && !m_explicit);
    m_title->setFont(titleFont);
    // The highlight: a tinted background on changed rows (a property the stylesheet keys on).
    setProperty("changed", changed);
    setAutoFillBackground(changed);
    QPalette p = palette();
    p.setColor(QPalette::Window, changed ? QColor(0xfc, 0xf1, 0xd8) : QColor(Qt::transparent));
    setPalette(p);
    m_reset->setEnabled(changed || m_explicit);
    updateDefaultText();
}

void ParameterRow::updateDefaultText()
{
    // Modes and switches have no unit; their value's meaning is spelled out instead ("2: on for
    // loopback only"), as is tcp_orphan_retries' 0, which the kernel reads as 8.
    const bool enumerated = m_info.unit == "mode" || m_info.unit == "bool";
    const QString unit = enumerated ? QString() : text::unitLabel(m_info.unit);
    // QSpinBox measures and lays its text out again for any suffix set, the same or not.
    if (const QString suffix = unit.isEmpty() ? QString() : QLatin1Char(' ') + unit; suffix != m_spin->suffix())
        m_spin->setSuffix(suffix);
    const QString defaultNumber = QLocale().toString(qlonglong(m_info.defaultValue));
    const QString defaultMeaning = text::valueMeaning(m_info.id, m_info.defaultValue);
    QString text = enumerated ? tr("default %1 (%2)").arg(defaultNumber, defaultMeaning)
                              : tr("default %1 %2").arg(defaultNumber, unit).trimmed();
    const QString meaning = text::valueMeaning(m_info.id, m_value);
    if (enumerated && m_value != m_info.defaultValue)
        text = tr("now: %1 · %2").arg(meaning, text);
    else if (!enumerated && !meaning.isEmpty())
        text += QStringLiteral(" · ") + meaning;
    m_default->setText(text);
}

void ParameterRow::retranslateUi()
{
    retranslateTexts();
    updateDefaultText();
}

// The title and the tooltips (the default's text follows the value too: updateDefaultText()).
void ParameterRow::retranslateTexts()
{
    m_title->setText(text::parameterTitle(m_info.id)
                     + (m_info.legacyOnly ? tr(" (before Linux 4.12)") : QString()));
    m_reset->setToolTip(tr("Reset to the Linux default (%1)").arg(m_info.defaultValue));
    const QString tip = text::parameterToolTip(m_info);
    m_title->setToolTip(tip);
    m_key->setToolTip(tip);
    m_slider->setToolTip(tip);
    m_spin->setToolTip(tip);
}

void ParameterRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace closelab
