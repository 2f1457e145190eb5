#!/usr/bin/python3
"""Draws capwalk's app icons (the mark of web/icon.svg: three rising steps on dark
blue) as PNG files for the web app manifest, with only the standard library.

    make-icons.py OUTDIR      writes OUTDIR/icon-192.png and OUTDIR/icon-512.png
"""
import struct
import sys
import zlib

BLUE, WHITE, GREEN = (0x12, 0x35, 0x5B), (0xFF, 0xFF, 0xFF), (0x3D, 0xBE, 0x7A)
# In the 64-unit space of icon.svg: (x, y, width, height, colour).
BARS = [(12, 38, 12, 14, WHITE), (26, 28, 12, 24, WHITE), (40, 14, 12, 38, GREEN)]


def inside_rounded(x, y, size, radius):
    """True when pixel centre (x, y) is inside a square of `size` with rounded corners."""
    cx = min(max(x, radius), size - radius)
    cy = min(max(y, radius), size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2


def draw(size):
    scale = size / 64
    rows = []
    for py in range(size):
        row = bytearray([0])  # filter type 0
        for px in range(size):
            x, y = px + 0.5, py + 0.5
            colour, alpha = BLUE, 255
            if not inside_rounded(x, y, size, 14 * scale):
                colour, alpha = (0, 0, 0), 0
            for bx, by, bw, bh, bc in BARS:
                if bx * scale <= x < (bx + bw) * scale and by * scale <= y < (by + bh) * scale:
                    colour = bc
            row += bytes(colour) + bytes([alpha])
        rows.append(bytes(row))
    return b"".join(rows)


def png(size):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) +
            chunk(b"IDAT", zlib.compress(draw(size), 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    for size in (192, 512):
        with open(f"{sys.argv[1]}/icon-{size}.png", "wb") as out:
            out.write(png(size))
