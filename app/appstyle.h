// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/flatstyle.h"

/// The application's style: the desktop style, with the standard icons of the main window's own
/// chrome drawn as lines at whatever size they are shown, in the palette's text colour:
/// - a dock's float (SP_TitleBarNormalButton) and close (SP_TitleBarCloseButton,
///   SP_DockWidgetCloseButton) buttons,
/// - a tool bar's extension button (SP_ToolBarHorizontalExtensionButton, ...Vertical...),
/// - the playback tool bar's buttons (SP_Media*, and SP_BrowserReload for "loop"),
/// - a search field's clear button (SP_LineEditClearButton; the Parameters panel's search, built
///   in the first frame at 1920x1080).
///
/// Why:
/// - Sharp at every zoom. Fusion's are 10 px XPMs and 8-32 px PNGs; at 200-300 % they were
///   scaled-up pixmaps (DockChrome's DockTitleStyle), soft on a projector.
/// - Nothing read at start-up. QToolBar asks for its extension icon when it is built, the playback
///   tool bar for its buttons'. Fusion gives its PNGs through QIcon::addFile(), whose QImageReader asks every image plugin whether it
///   reads "png" (qimagereader.cpp: createReadHandlerHelper()) and so dlopens all of them (svg,
///   gif, ico, jpeg with libjpeg) before the first frame, which shows no image.
///
/// Its tool bars, table header sections, group box frames and scroll bars are flat, in opaque colours
/// (views/flatstyle.h): Fusion's translucent ones made Qt paint the first frame on two threads it
/// started for them, at more cost than painting them at once.
///
/// Set it before the first widget exists: `QApplication::setStyle(new AppStyle)`.
class AppStyle : public closelab::FlatStyle
{
    Q_OBJECT

public:
    AppStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

    /// Whether the icon is one this style draws itself.
    static bool draws(StandardPixmap icon);
    /// The drawn icon (a null QIcon for icons this style does not draw). Styles made for one
    /// widget (DockChrome's) give these too, so a zoomed dock's buttons stay sharp. A title bar's
    /// glyphs take 11x13 of a 16 px size asked for, as Fusion's pixmaps do, unless `fillSize` (a
    /// zoomed dock's buttons, sized by DockChrome).
    static QIcon drawnIcon(StandardPixmap icon, bool fillSize = false);
};
