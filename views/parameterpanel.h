// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scenario.h"
#include "views/outofview.h"

#include <QList>
#include <QMetaType>
#include <QWidget>

#include <array>

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace closelab {

class NetworkEditor;
class ParameterRow;
class ZoomStyle;

/// The parameters dock: a row (slider, spin box, unit, default, reset) for every entry of the
/// sysctl table, grouped as the table groups them, then the network and the scenario's options;
/// a search box and "reset all". Generated from sysctlTable(): a parameter added there appears here.
///
/// A passive view: setConfig() shows an experiment; every edit is emitted as the whole new
/// RunConfig (configEdited), never applied to anything here.
///
/// Its widgets (six per sysctl, with wrapped labels) are made when first needed: the panel is
/// shown where it can be seen, buildContent() is called (the main window does so when its dock
/// comes to the front), or an accessor below needs them. A panel behind another dock's tab costs
/// nothing at start-up. Made while it is being shown, the rows below its bottom edge wait hidden in
/// their places (OutOfView) until just after the first frame, or until anything needs them first:
/// scrolling, the search, the keyboard's focus, a taller panel, an accessor below.
class ParameterPanel : public QWidget {
    Q_OBJECT

public:
    explicit ParameterPanel(QWidget *parent = nullptr);

    /// `config` is what the user chose; `effective` what the run uses (with the scenario's own
    /// defaults, e.g. tw_bucket_overflow's tcp_max_tw_buckets = 5000). Rows show the effective value.
    void setConfig(const RunConfig &config, const RunConfig &effective);
    void setConfig(const RunConfig &config) { setConfig(config, config); }
    const RunConfig &config() const { return m_config; }

    /// Makes the panel's widgets now (once).
    void buildContent();
    bool hasContent() const { return m_content != nullptr; }
    /// True while rows made with the panel wait out of view (hidden in their places, OutOfView).
    bool hasRowsOutOfView() const { return !m_outOfView.isEmpty(); }

    QList<ParameterRow *> rows() const;
    ParameterRow *row(SysctlId id) const;
    NetworkEditor *networkEditor() const;
    QLineEdit *searchBox() const;
    QPushButton *resetAllButton() const;
    /// The line edit of a scenario option, or nullptr.
    QLineEdit *optionEdit(const QString &key) const;
    /// Number of parameters whose value differs from the Linux default.
    int changedCount() const;

    /// View → Zoom (views/zoom.h): the panel's text, rows, spacing and controls (slider handles,
    /// scroll bar) at `factor`; a panel built later (buildContent()) comes up at it.
    void setZoom(double factor);
    double zoom() const { return m_zoom; }

public slots:
    /// Scrolls to a parameter by key ("net.ipv4.tcp_fin_timeout") and gives it the focus.
    void showParameter(const QString &key);

signals:
    /// One parameter was moved: its key and the value as /proc/sys shows it.
    void parameterChanged(const QString &key, const QString &value);
    /// The whole edited experiment (the intent the controller acts on).
    void configEdited(const closelab::RunConfig &config);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    ParameterPanel *whole() const;
    void waitOutOfView();
    void showOutOfView();
    void retranslateUi();
    void applyFilter();
    void rowEdited(SysctlId id, qint64 value);
    void rowReset(SysctlId id);
    void resetAll();
    void networkEdited(const NetworkConfig &network);
    void rebuildOptions();
    void updateOptionTexts();
    void optionEdited();
    void emitConfig(const RunConfig &config);
    void updateSummary();
    void applyZoom();

    RunConfig m_config;
    RunConfig m_effective;
    QWidget *m_content = nullptr; ///< the scroll area's rows, groups and options once built
    QLineEdit *m_search = nullptr;
    QPushButton *m_resetAll = nullptr;
    QLabel *m_summary = nullptr;
    QScrollArea *m_scroll = nullptr;
    QList<ParameterRow *> m_rows;
    std::array<QGroupBox *, 7> m_groups{};
    NetworkEditor *m_network = nullptr;
    QFormLayout *m_optionsForm = nullptr;
    QList<QLineEdit *> m_optionEdits;
    QLabel *m_noOptions = nullptr;
    QString m_optionsScenario;
    double m_zoom = 1.0;
    ZoomStyle *m_controlStyle = nullptr; ///< the sliders' and scroll bar's style at the zoom
    QVBoxLayout *m_layout = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QList<QVBoxLayout *> m_groupLayouts;
    OutOfView m_outOfView;
    int m_firstFrameHeight = 0; ///< the panel's height when the rows out of view were chosen
};

} // namespace closelab

Q_DECLARE_METATYPE(closelab::RunConfig)
