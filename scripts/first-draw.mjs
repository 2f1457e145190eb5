// scripts/first-draw.mjs — capwalk's time to first draw beside the stock Dear ImGui
// SDL2 example's, in one browser run, and what capwalk fetches before its first screen.
// scripts/bench.mjs prints it in its table; run on its own, it measures dist/ against
// build/stock-imgui/web (scripts/stock-imgui/build makes it) without the rest of the bench:
//
//   node scripts/first-draw.mjs [RUNS]        (7 loads of each unless told)
//
// Time to first draw: from navigation start (performance.now() is counted from it) to
// the page's first WebGL draw call, drawElements or drawArrays, seen by wrapping them
// in an init script before any of the page's own scripts run. capwalk draws with
// WebGL 2; the stock example, as its Makefile builds it, with WebGL 1 (imgui's OpenGL
// backend picks GL ES 2 on Emscripten), so both contexts' functions are wrapped.
// Every load is in a fresh browser context (nothing cached), capwalk and stock taking
// turns, after one load of each that is not counted (the browser's first page also
// starts its GPU process, which would count against whichever went first).
//
// Bytes before the first screen: every file whose response ended before the first draw
// (the page's resource timing entries, plus the document itself), each at its gzip -9
// size from the served folder, as distSizes() in scripts/budgets.mjs counts them (the
// local server sends files uncompressed, as they are on disk). The figure is the largest
// of the loads; files still arriving at the first draw are not counted.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createStaticServer, segmentsOf } from './static-server.mjs';
import { launchBrowser, DESKTOP } from '../tests/browser/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const STOCK_DIR = path.join(root, 'build', 'stock-imgui', 'web');
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// Runs in the page before its scripts: the time of the first draw call, in window.__firstDraw.
function watchFirstDraw() {
  const wrap = (proto) => {
    if (!proto) return;
    for (const name of ['drawElements', 'drawArrays']) {
      const draw = proto[name];
      proto[name] = function (...args) {
        if (window.__firstDraw === undefined) window.__firstDraw = performance.now();
        return draw.apply(this, args);
      };
    }
  };
  wrap(window.WebGL2RenderingContext && window.WebGL2RenderingContext.prototype);
  wrap(window.WebGLRenderingContext && window.WebGLRenderingContext.prototype);
}

async function serve(dir) {
  const server = createStaticServer(dir);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// One fresh load: when it first drew, what had arrived by then, and (for capwalk) the
// performance marks the page sets, read once it says it is ready. Only marks that exist
// are returned: their names are the page's to change.
async function load(browser, url, { marks = false } = {}) {
  const context = await browser.newContext(DESKTOP);
  try {
    await context.addInitScript(watchFirstDraw);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (err) => errors.push(err.message));
    // Not counted as errors: the 404s for files a page may lack (capwalk's organisation.json,
    // web/shell.js; the favicon the browser asks the stock page for).
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/\/(organisation\.json|favicon\.ico)$/.test(msg.location().url || '')) errors.push(msg.text());
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__firstDraw !== undefined, null, { timeout: 30000 })
      .catch((err) => { throw new Error(`${url}: no WebGL draw call within 30 s${errors.length ? ` (${errors.join('; ')})` : ''}: ${err.message}`); });
    const seen = await page.evaluate(() => {
      const at = window.__firstDraw;
      const nav = performance.getEntriesByType('navigation')[0];
      const fetched = [{ url: nav ? nav.name : location.href, end: nav ? nav.responseEnd : 0 }]
        .concat(performance.getEntriesByType('resource').map((e) => ({ url: e.name, end: e.responseEnd })))
        .filter((e) => e.end <= at);
      return { at, fetched };
    });
    if (marks) {
      await page.waitForSelector('html[data-ready="1"]', { timeout: 30000 }).catch(() => {});
      seen.marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark')
        .filter((m) => m.name.startsWith('capwalk-')).map((m) => [m.name, m.startTime])));
    }
    seen.errors = errors;
    return seen;
  } finally {
    await context.close();
  }
}

// A load again when it fails: dist/ may be being rebuilt (scripts/build replaces it whole).
async function loadWithRetry(browser, url, options, tries = 3) {
  for (let i = 1; ; i++) {
    try {
      return await load(browser, url, options);
    } catch (err) {
      if (i >= tries) throw err;
      await new Promise((resolve) => setTimeout(resolve, 3000));
    }
  }
}

// The files of one load, as served from `dir`, with their gzip sizes, largest first.
function gzipOf(dir, base, fetched) {
  const files = new Map();
  for (const { url } of fetched) {
    if (!url.startsWith(base)) continue;  // nothing else is fetched; if it were, it is not ours to size
    const segments = segmentsOf(new URL(url).pathname);
    if (!segments) continue;
    const name = segments.join('/');
    if (files.has(name)) continue;
    let bytes;
    try { bytes = fs.readFileSync(path.join(dir, ...segments)); } catch { continue; }  // a 404 fetches nothing to count
    files.set(name, { name, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length });
  }
  const list = [...files.values()].sort((a, b) => b.gzip - a.gzip);
  return { files: list, gzip: list.reduce((s, f) => s + f.gzip, 0) };
}

// Both pages, `runs` fresh loads each, taking turns in `browser`.
export async function firstDrawSideBySide(browser, { capwalkDir = path.join(root, 'dist'), stockDir = STOCK_DIR, runs = 7 } = {}) {
  for (const [dir, what] of [[capwalkDir, 'capwalk (run ./scripts/build)'], [stockDir, 'the stock example (run scripts/stock-imgui/build)']])
    if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: ${what}`);
  const capwalk = await serve(capwalkDir);
  const stock = await serve(stockDir);
  try {
    const result = { capwalk: { loads: [] }, stock: { loads: [] } };
    await loadWithRetry(browser, capwalk.url, {});
    await loadWithRetry(browser, stock.url, {});
    for (let i = 0; i < runs; i++) {
      result.capwalk.loads.push(await loadWithRetry(browser, capwalk.url, { marks: true }));
      result.stock.loads.push(await loadWithRetry(browser, stock.url, {}));
    }
    for (const [side, dir, base] of [['capwalk', capwalkDir, capwalk.url], ['stock', stockDir, stock.url]]) {
      const r = result[side];
      r.times = r.loads.map((l) => l.at);
      r.median = median(r.times);
      r.errors = [...new Set(r.loads.flatMap((l) => l.errors))];
      const sized = r.loads.map((l) => gzipOf(dir, base, l.fetched));
      r.firstScreen = sized.reduce((a, b) => (b.gzip > a.gzip ? b : a));
      r.fileListsDiffer = new Set(sized.map((s) => s.files.map((f) => f.name).sort().join(' '))).size > 1;
      // How many of the loads had each file by their first draw (a file can arrive just
      // before it in one load and just after in another).
      const count = (name) => sized.filter((s) => s.files.some((f) => f.name === name)).length;
      const all = new Map(sized.flatMap((s) => s.files).map((f) => [f.name, f]));
      r.fetchedSometimes = [...all.values()].map((f) => ({ ...f, loads: count(f.name) })).filter((f) => f.loads < sized.length);
      for (const f of r.firstScreen.files) f.loads = count(f.name);
    }
    result.ratio = result.capwalk.median / result.stock.median;
    // capwalk's marks: each name's median over the loads that set it.
    const names = [...new Set(result.capwalk.loads.flatMap((l) => Object.keys(l.marks || {})))];
    result.capwalk.marks = Object.fromEntries(names
      .map((n) => [n, median(result.capwalk.loads.map((l) => l.marks?.[n]).filter((t) => t !== undefined))])
      .sort((a, b) => a[1] - b[1]));
    return result;
  } finally {
    capwalk.server.close();
    stock.server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { BUDGETS } = await import('./budgets.mjs');
  const runs = Number(process.argv[2] || 7);
  const browser = await launchBrowser();
  try {
    const r = await firstDrawSideBySide(browser, { runs });
    const ms = (xs) => xs.map((t) => t.toFixed(0)).join(' ');
    console.log(`time to first draw, ${runs} fresh loads each, alternating:`);
    console.log(`  capwalk  median ${r.capwalk.median.toFixed(0)} ms   (${ms(r.capwalk.times)})`);
    console.log(`  stock    median ${r.stock.median.toFixed(0)} ms   (${ms(r.stock.times)})`);
    console.log(`  capwalk / stock ${r.ratio.toFixed(2)}   budget ≤ ${BUDGETS.firstDrawRatio.toFixed(2)}`);
    for (const side of ['capwalk', 'stock']) {
      const f = r[side].firstScreen;
      console.log(`fetched before ${side}'s first draw: ${f.gzip} B gzip${side === 'capwalk' ? `   budget ≤ ${BUDGETS.firstScreenGzipBytes} B` : ''}` +
        `${r[side].fileListsDiffer ? '  (the largest of the loads; the files differed between loads)' : ''}`);
      for (const file of f.files) console.log(`  ${file.name.padEnd(28)} ${String(file.raw).padStart(8)} raw ${String(file.gzip).padStart(8)} gzip   in ${file.loads} of ${runs} loads`);
      for (const file of r[side].fetchedSometimes.filter((x) => !f.files.some((y) => y.name === x.name)))
        console.log(`  (${file.name}, ${file.gzip} gzip, before the first draw in ${file.loads} of ${runs} loads)`);
      if (r[side].errors.length) console.log(`  errors on the page: ${r[side].errors.join('; ')}`);
    }
    console.log('capwalk marks (median):', Object.entries(r.capwalk.marks).map(([n, t]) => `${n} ${t.toFixed(0)}`).join(', '));
  } finally {
    await browser.close();
  }
}
