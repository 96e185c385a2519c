// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/stategraphlayout.h"

#include <QFont>
#include <QHash>
#include <QLineF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace closelab {

/// The items of a state graph edge's label, as drawn (one per trigger): a Linux-specific edge by the
/// sysctl that governs it; a state's ways out to CLOSED compactly, resets and crashes by a word each.
QStringList stateGraphEdgeItems(const StateGraphLayout &layout, int edge);

/// Where the state graph's edge labels go, as rectangles (StateGraphView::paintEvent() only draws
/// them; tests assert on them without pixels). Labels avoid the state boxes, the ⊗ terminals, the
/// count badges, the tokens and each other (views/labelplacer.h): the edges the tokens took first,
/// then what may happen next to a state a token is in (its changes and its list of ways out), then the
/// other transitions, then the lists of states left. A list tries every whole form at its ⊗, then
/// farther out with a leader line, out to the widget's far side; where none finds room it is left out
/// (the terminal's tooltip has it): never drawn over, never cut to its first items or with "…".
class StateGraphLabelPlan {
public:
    /// What the labels are placed around.
    struct Scene {
        QRectF bounds;                         ///< the widget's rectangle, less a pixel
        std::vector<QRectF> markers;           ///< what text must not cover: states, ⊗s, count badges, tokens
        std::array<std::vector<int>, 2> taken; ///< the edges the client and the server took so far
        std::array<int, 2> tokenNodes{-1, -1}; ///< the nodes the client's and the server's tokens are on
        int dpi = 0;                           ///< the DPI the font is measured at (the remembered sizes are for one)
    };

    /// One label placed.
    struct Label {
        int edge = -1;
        QRectF box;               ///< its box: the text and a margin
        QString text;             ///< as drawn: lines separated by '\n', items within a line by " · "
        QLineF leader;            ///< to its ⊗ where the box is away from it, else null
        bool highlighted = false; ///< a token took the edge
    };

    /// The labels of `layout`'s edges in `scene`, those left out omitted.
    std::vector<Label> place(const StateGraphLayout &layout, const Scene &scene);

private:
    QSizeF boxSize(const QString &text, const QFont &font, double em);

    /// The sizes of the labels' boxes (multi-line text measured at a DPI, which every repaint of a
    /// playing animation asks again), for m_sizesFont, m_sizesEm, m_sizesDpi.
    QHash<QString, QSizeF> m_sizes;
    QFont m_sizesFont;
    double m_sizesEm = 0;
    int m_sizesDpi = 0;
};

} // namespace closelab
