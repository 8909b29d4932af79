// Build tool: renders the application's SVG icon to the PNG sizes of the hicolor theme,
// so the desktop menus that do not read SVG get a sharp icon at every size.
//
//   roster_render_icons <icon.svg> <output dir> <size>...
//
// writes <output dir>/<size>x<size>/apps/roster.png for each size. Needs no display.

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        err << "usage: roster_render_icons <icon.svg> <output dir> <size>...\n";
        return 2;
    }

    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        err << "roster_render_icons: cannot read " << args.at(1) << '\n';
        return 1;
    }

    const QDir out(args.at(2));
    for (qsizetype i = 3; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0) {
            err << "roster_render_icons: not a size: " << args.at(i) << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();

        const QString dir = QStringLiteral("%1x%1/apps").arg(size);
        const QString file = out.filePath(dir % QStringLiteral("/roster.png"));
        if (!out.mkpath(dir) || !image.save(file, "PNG")) {
            err << "roster_render_icons: cannot write " << file << '\n';
            return 1;
        }
    }
    return 0;
}
