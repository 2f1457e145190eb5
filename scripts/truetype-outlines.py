"""Rewrites a CFF-flavoured OpenType font with TrueType (quadratic) outlines.

    python3 scripts/truetype-outlines.py IN.otf OUT.ttf

Used by scripts/subset-fonts: see there for why. Each cubic curve becomes quadratic
ones within one font unit of it (Inter has 2,048 to the em, so at the sizes capwalk
draws the difference is far below a pixel). No hinting is added: the atlas is drawn
unhinted either way. Glyph names are dropped (post format 3): nothing reads them.
"""
import sys

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

MAX_ERROR_UNITS = 1.0


def truetype_outlines(source, target):
    font = TTFont(source)
    order = font.getGlyphOrder()
    cubic = font.getGlyphSet()
    glyf = newTable('glyf')
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # TrueType winds outer contours the other way round from CFF.
        cubic[name].draw(Cu2QuPen(pen, max_err=MAX_ERROR_UNITS, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    del font['CFF ']
    font['glyf'] = glyf
    font['loca'] = newTable('loca')
    maxp = font['maxp']  # version 1.0, as TrueType outlines need; no instructions
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for field in ('maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
                  'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements',
                  'maxComponentDepth'):
        setattr(maxp, field, 0)
    font['head'].glyphDataFormat = 0
    font['post'].formatType = 3.0
    font.sfntVersion = '\x00\x01\x00\x00'
    font.save(target)


if __name__ == '__main__':
    truetype_outlines(sys.argv[1], sys.argv[2])
