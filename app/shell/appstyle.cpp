#include "app/shell/appstyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace Aivizor {

namespace AppStyle {

namespace {

struct SystemLook
{
    QString style;
    QPalette palette;
};

// Taken before the first theme changes anything; later calls see our own palette.
const SystemLook &systemLook(QApplication *app)
{
    static const SystemLook look{app->style()->name(), app->palette()};
    return look;
}

} // namespace

void applyTheme(QApplication *app, Preferences::Theme theme)
{
    const SystemLook &system = systemLook(app);
    switch (theme) {
    case Preferences::Theme::System:
        if (QStyle *style = QStyleFactory::create(system.style))
            app->setStyle(style);
        app->setPalette(system.palette);
        break;
    case Preferences::Theme::Light: {
        QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        app->setStyle(fusion);
        app->setPalette(fusion->standardPalette());
        break;
    }
    case Preferences::Theme::Dark:
        applyDark(app);
        break;
    }
}

void applyDark(QApplication *app)
{
    systemLook(app);
    app->setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x6f, 0xc8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb2, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    app->setPalette(p);
}

} // namespace AppStyle

} // namespace Aivizor
