// assets/ is what the build reads: the shipped icon is assets/icon.svg, its PNG
// versions are drawn from its rectangles, and the fonts hold exactly the characters of
// assets/glyphs.txt (the list the app's font atlas is made from too).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = path.join(root, 'dist');

function glyphList() {
  const points = new Set();
  for (const line of fs.readFileSync(path.join(root, 'assets/glyphs.txt'), 'utf8').split('\n')) {
    const m = /^([0-9A-Fa-f]+) +([0-9A-Fa-f]+)/.exec(line);
    if (!m) continue;
    for (let c = parseInt(m[1], 16); c <= parseInt(m[2], 16); c++) points.add(c);
  }
  return points;
}

test('each shipped font holds exactly the characters of assets/glyphs.txt', () => {
  const wanted = [...glyphList()].sort((a, b) => a - b);
  assert.ok(wanted.length > 200, 'the list is read');
  for (const weight of ['Regular', 'SemiBold']) {
    const cmap = execFileSync('/usr/bin/python3', ['-c',
      'import sys; from fontTools.ttLib import TTFont; print(" ".join(str(c) for c in sorted(TTFont(sys.argv[1]).getBestCmap())))',
      path.join(dist, `fonts/Inter-${weight}.ttf`)], { encoding: 'utf8' }).trim().split(' ').map(Number);
    const missing = wanted.filter((c) => !cmap.includes(c) && c !== 0xAD && !(c >= 0x7F && c <= 0x9F));
    const extra = cmap.filter((c) => !wanted.includes(c));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] }, weight);
  }
});

// Every character outside ASCII in the app's string literals (written as UTF-8 in the
// source, not as escapes) and in the shipped frameworks is one the fonts hold; one
// that is not would be drawn as a box.
test('assets/glyphs.txt holds every character the app and the frameworks write', () => {
  const wanted = glyphList();
  const sources = (dir) => fs.readdirSync(path.join(root, dir), { recursive: true })
    .filter((f) => /\.(cpp|h)$/.test(f)).map((f) => path.join(dir, f));
  const texts = [];
  for (const file of [...sources('app/core'), ...sources('app/ui')]) {
    const code = fs.readFileSync(path.join(root, file), 'utf8').replace(/^\s*\/\/.*$/gm, '');  // not comments
    for (const [literal] of code.matchAll(/"(?:[^"\\\n]|\\.)*"/g)) texts.push([file, literal]);
  }
  for (const f of fs.readdirSync(path.join(root, 'frameworks')).filter((f) => f.endsWith('.json'))) {
    texts.push([`frameworks/${f}`, fs.readFileSync(path.join(root, 'frameworks', f), 'utf8')]);
  }
  const missing = [];
  for (const [file, text] of texts) {
    for (const ch of text) {
      const c = ch.codePointAt(0);
      if (c > 0x7E && !wanted.has(c)) missing.push(`${file}: U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
    }
  }
  assert.deepEqual([...new Set(missing)], []);
  assert.ok(texts.some(([f, t]) => f.startsWith('app') && t.includes('\u201C')), 'the sources are read as UTF-8');
});

// The colour of the PNG pixel at (x, y): 8-bit RGBA, no interlace, filter 0 rows (as
// scripts/make-icons.py writes them).
function pixel(file, x, y) {
  const png = fs.readFileSync(file);
  const width = png.readUInt32BE(16);
  let idat = Buffer.alloc(0);
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat = Buffer.concat([idat, png.subarray(at + 8, at + 8 + length)]);
    at += 12 + length;
  }
  const rows = zlib.inflateSync(idat);
  const start = y * (width * 4 + 1) + 1 + x * 4;
  return [...rows.subarray(start, start + 4)];
}

test('the page icon is assets/icon.svg, and the PNG icons are drawn from its rectangles', () => {
  const svg = fs.readFileSync(path.join(root, 'assets/icon.svg'), 'utf8');
  assert.equal(fs.readFileSync(path.join(dist, 'icon.svg'), 'utf8'), svg);
  const fills = [...svg.matchAll(/<rect[^>]*fill="#([0-9A-Fa-f]{6})"/g)].map((m) => m[1]);
  const rgb = (hex) => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const icon = path.join(dist, 'icon-192.png');
  assert.deepEqual(pixel(icon, 0, 0), [0, 0, 0, 0], 'a rounded corner is transparent');
  assert.deepEqual(pixel(icon, 96, 20), [...rgb(fills[0]), 255], 'the background');
  assert.deepEqual(pixel(icon, 138, 120), [...rgb(fills[3]), 255], 'the tallest step');
});
