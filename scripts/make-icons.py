#!/usr/bin/python3
"""Draws capwalk's app icons as PNG files for the web app manifest, from the
rectangles of assets/icon.svg, with only the standard library.

    make-icons.py ICON.SVG OUTDIR   writes OUTDIR/icon-192.png and OUTDIR/icon-512.png
"""
import struct
import sys
import xml.etree.ElementTree as ElementTree
import zlib

SVG = "{http://www.w3.org/2000/svg}"


def rectangles(svg_path):
    """(x, y, width, height, corner radius, (r, g, b)) of each <rect>, in the SVG's
    64-unit space, back to front. The icon is drawn from rectangles only."""
    out = []
    for rect in ElementTree.parse(svg_path).getroot().iter(SVG + "rect"):
        number = lambda name: float(rect.get(name, "0"))
        fill = rect.get("fill").lstrip("#")
        colour = tuple(int(fill[i:i + 2], 16) for i in (0, 2, 4))
        out.append((number("x"), number("y"), number("width"), number("height"), number("rx"), colour))
    return out


def inside(x, y, rect, scale):
    """True when point (x, y) is inside `rect` scaled to the icon's size, corners rounded."""
    rx, ry, rw, rh, radius, _ = (v * scale if i < 5 else v for i, v in enumerate(rect))
    if not (rx <= x < rx + rw and ry <= y < ry + rh):
        return False
    cx = min(max(x, rx + radius), rx + rw - radius)
    cy = min(max(y, ry + radius), ry + rh - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def draw(size, rects):
    scale = size / 64
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type 0
        for px in range(size):
            x, y = px + 0.5, py + 0.5
            pixel = bytes(4)  # transparent outside every rectangle
            for rect in rects:
                if inside(x, y, rect, scale):
                    pixel = bytes(rect[5]) + b"\xff"
            row += pixel
        rows.append(bytes(row))
    return b"".join(rows)


def png(size, rects):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"IDAT", zlib.compress(draw(size, rects), 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    icon_rects = rectangles(sys.argv[1])
    for size in (192, 512):
        with open(f"{sys.argv[2]}/icon-{size}.png", "wb") as out:
            out.write(png(size, icon_rects))
