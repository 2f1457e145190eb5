// scripts/bench.mjs — measures the release build in dist/ and prints one table, each
// figure beside its budget. Called by scripts/bench after a build. Timings are
// printed, not asserted: they vary with the machine. The deterministic budgets
// (bytes, link length) are also checked by scripts/check-budgets.mjs in scripts/test.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, launchBrowser, DESKTOP, mainThreadBusyShare } from '../tests/browser/harness.mjs';
import { distSizes, BUDGETS } from './budgets.mjs';
import { firstDrawSideBySide, median } from './first-draw.mjs';
import { openFrameworks } from '../tests/browser/journey.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rows = [];
const row = (what, value, budget, ok) => rows.push({ what, value, budget, ok });
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

// ---- Bytes ----
const sizes = distSizes(path.join(root, 'dist'));
for (const f of sizes.files) row(`  ${f.name}`, `${kb(f.raw)} raw, ${kb(f.gzip)} gzip`, '', null);
row('dist/ total transfer (gzip)', kb(sizes.gzip), `≤ ${kb(BUDGETS.gzipBytes)}`, sizes.gzip <= BUDGETS.gzipBytes);

// ---- Native ----
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'capwalk-bench-'));
const native = JSON.parse(execFileSync(path.join(root, 'build/native/tests/capwalk-bench-data'),
  [path.join(root, 'frameworks'), path.join(scratch, 'service-links.csv')], { maxBuffer: 1 << 24 }).toString());
row('load + validate every shipped framework (native, median of 25)', `${native.framework_load_ms.median.toFixed(2)} ms (max ${native.framework_load_ms.max.toFixed(2)})`,
  `≤ ${BUDGETS.frameworkLoadMs} ms`, native.framework_load_ms.median <= BUDGETS.frameworkLoadMs);
row(`share code, fully answered ${native.nos_capabilities}-item NOS`, `${native.link_characters} characters`,
  `≤ ${BUDGETS.linkCharacters}`, native.link_characters <= BUDGETS.linkCharacters);
// The disclosure pass (app/core/disclosure.h): the service report with small numbers
// protected beside the same report without, taking turns in one run (medians of 5).
for (const [which, words] of [['everyone', 'everyone'], ['one_role', 'one role']]) {
  const d = native.disclosure[which];
  const added = d.protected_ms - d.unprotected_ms;
  row(`service report of ${native.disclosure.people.toLocaleString('en-GB')} people × ${native.disclosure.capabilities} NOS capabilities, ${words} (native)`,
    `${d.unprotected_ms.toFixed(0)} ms without the disclosure pass, ${d.protected_ms.toFixed(0)} ms with (${(d.protected_ms / d.unprotected_ms).toFixed(2)}×; ${d.hidden} figures hidden)`, '', null);
  row(`  the disclosure pass adds`, `${added.toFixed(0)} ms`, `≤ ${BUDGETS.disclosureMs} ms`, added <= BUDGETS.disclosureMs);
}

// ---- Browser ----
const { server, url } = await startServer();
const browser = await launchBrowser();

async function fresh(options = DESKTOP, storage = null) {
  const context = await browser.newContext(options);
  if (storage) await context.addInitScript((doc) => { if (!localStorage.getItem('capwalk.data')) localStorage.setItem('capwalk.data', doc); }, storage);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready="1"]', { timeout: 30000 });
  return { context, page };
}

// Time to first draw, side by side: capwalk and the stock Dear ImGui SDL2 example
// (scripts/stock-imgui/build, run by scripts/bench), 7 fresh loads each taking turns in
// this browser, from navigation start to the first WebGL draw call; and every file that
// arrived before capwalk's first draw, gzip (scripts/first-draw.mjs says how).
const side = await firstDrawSideBySide(browser, { runs: 7 });
const range = (xs) => `median ${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
row(`time to first draw, ${side.capwalk.times.length} fresh loads each, alternating: capwalk`, range(side.capwalk.times), '', null);
row(`  the stock Dear ImGui SDL2 example, same run`, range(side.stock.times), '', null);
row(`  capwalk / stock`, side.ratio.toFixed(2), `≤ ${BUDGETS.firstDrawRatio.toFixed(2)}`, side.ratio <= BUDGETS.firstDrawRatio);
// capwalk's own marks (web/shell.js, app/platform/web), in the order they came, before
// its first draw or after it; only those the page still sets.
// The marks web/shell.js and app/main.cpp set, in words (a new mark shows as its name).
const MARK_LABELS = { 'capwalk-wasm-ready': 'wasm compiled and ready', 'capwalk-assets-ready': 'fonts and the framework index fetched',
  'capwalk-main': 'main() starts', 'capwalk-webgl-ready': 'WebGL context made', 'capwalk-imgui-ready': 'ImGui set up',
  'capwalk-data-ready': 'stored answers read', 'capwalk-first-frame': 'first frame done (page ready)',
  'capwalk-fonts-ready': 'the fonts rasterised in full' };
for (const [name, at] of Object.entries(side.capwalk.marks))
  row(`  ${at <= side.capwalk.median ? 'of which' : 'then'}: ${MARK_LABELS[name] || name} at`, `median ${at.toFixed(0)} ms`, '', null);
const before = side.capwalk.firstScreen;
row(`fetched before capwalk's first draw (gzip${side.capwalk.fileListsDiffer ? ', the most of the loads' : ''})`, kb(before.gzip),
  `≤ ${kb(BUDGETS.firstScreenGzipBytes)}`, before.gzip <= BUDGETS.firstScreenGzipBytes);
const loads = side.capwalk.times.length;
for (const f of before.files)
  row(`  ${f.name}`, `${kb(f.raw)} raw, ${kb(f.gzip)} gzip${f.loads < loads ? `, in ${f.loads} of ${loads} loads` : ''}`, '', null);
for (const f of side.capwalk.fetchedSometimes.filter((x) => !before.files.some((y) => y.name === x.name)))
  row(`  (${f.name})`, `${kb(f.gzip)} gzip, in ${f.loads} of ${loads} loads`, '', null);
row(`  the stock example fetches before its first draw`, `${kb(side.stock.firstScreen.gzip)} gzip (${side.stock.firstScreen.files.map((f) => f.name).join(', ')})`, '', null);

// Idle: nothing happens for 5 s.
async function idle(page, label) {
  await page.waitForTimeout(500);  // let the last input's frames finish
  const share = await mainThreadBusyShare(page, 5000);
  row(`main thread busy over 5 s idle: ${label}`, `${(share * 100).toFixed(2)} %`, `≤ ${BUDGETS.idlePercent} %`, share * 100 <= BUDGETS.idlePercent);
}

const frames = (page) => page.evaluate(() => Module._capwalk_frames_drawn());
// Main-thread CPU per frame drawn while the page scrolls to the bottom and back.
async function scrollCost(page, label, { budgeted = true, budget = BUDGETS.frameMs } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const appMs = () => page.evaluate(() => Module._capwalk_frame_ms_total());
  const f0 = await frames(page), t0 = await task(), a0 = await appMs();
  await page.evaluate(async () => {
    const step = 60;
    const next = () => new Promise((r) => requestAnimationFrame(r));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) { window.scrollTo(0, y); await next(); }
    for (let y = document.documentElement.scrollHeight; y >= 0; y -= step) { window.scrollTo(0, y); await next(); }
  });
  const drawn = (await frames(page)) - f0, busy = ((await task()) - t0) * 1000, app = (await appMs()) - a0;
  // The app's own work per frame (layout, mirror, draw lists, GL calls) is what the
  // budget is about; the main thread's total also holds the browser's compositing
  // and, headless, its software WebGL (SwiftShader), so it is printed beside it.
  row(`CPU per frame scrolling ${label}: capwalk's frame`, `${(app / drawn).toFixed(2)} ms (${drawn} frames, page ${height} px)`,
    budgeted ? `≤ ${budget} ms` : 'no budget set', budgeted ? app / drawn <= budget : null);
  row(`  main thread per frame, with the browser's software WebGL`, `${(busy / drawn).toFixed(2)} ms`, '', null);
}

// Welcome, then a whole 96-item NOS assessment by the keys a person can use
// (1–6 rate, Enter moves on), then its results.
{
  const { context, page } = await fresh();
  await idle(page, 'welcome');
  await openFrameworks(page);
  await page.getByRole('radio', { name: 'National Occupational Standards' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  await page.getByRole('button', { name: /^My role isn't listed/ }).click();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  const bar = page.getByRole('progressbar', { name: 'Progress' });
  await bar.waitFor();
  await idle(page, 'a capability page');
  const total = Number(await bar.getAttribute('aria-valuemax'));
  for (let i = 1; i <= total; i++) {
    await page.waitForFunction((n) => document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow') === String(n), i);
    await page.locator('body').press(String(1 + (i % 6)));
    await page.waitForFunction(() => document.querySelector('[role=radio][aria-checked=true]'));
    await page.locator('body').press('Enter');
  }
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  await idle(page, `the results of ${total} capabilities`);
  const heap = await page.evaluate(() => [Module._capwalk_heap_bytes(), Module._capwalk_heap_used_bytes()]);
  row(`wasm memory after a whole ${total}-item assessment`, `${(heap[0] / 1048576).toFixed(1)} MB (${(heap[1] / 1048576).toFixed(1)} MB in use)`,
    'no budget set', null);
  await context.close();
}

// Scrolling: the results of a stored 96-item assessment, and a team of 20.
{
  const { context, page } = await fresh(DESKTOP, native.document);
  await page.getByRole('button', { name: /^Role not listed/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  await page.waitForTimeout(300);
  await scrollCost(page, `the results of ${native.nos_capabilities} capabilities`);
  await page.goto(url + '#r=' + native.team_codes[0]);
  await page.getByRole('button', { name: 'Add to my team' }).click();
  await page.getByRole('textbox', { name: 'Paste one or more links' }).fill(native.team_codes.slice(1).map((c) => url + '#r=' + c).join('\n'));
  await page.getByRole('button', { name: 'Add to team' }).click();
  await page.getByText(new RegExp(`^${native.team_codes.length} people`)).first().waitFor({ timeout: 5000 });
  await page.waitForTimeout(300);
  await scrollCost(page, `a team of ${native.team_codes.length}`, { budgeted: false });
  await context.close();
}

// A service of 10,000 people: their links added from a file as a form exports them,
// the team as kept, the person grid, and the service report.
{
  const people = native.service_people.toLocaleString('en-GB');
  const file = native.service_links_file;
  const { context, page } = await fresh();
  await page.getByRole('button', { name: 'Open my team view' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your team' }).waitFor();
  await page.getByRole('textbox', { name: 'Round (optional)' }).fill('Spring 2026');
  await page.waitForTimeout(300);
  // What the page shows while it works, seen as it happens: when the progress bar
  // first shows, how many times it changed, and when the outcome is said.
  await page.evaluate(() => {
    const seen = window.capwalkBenchImport = { start: 0, bar: null, barValues: new Set(), done: null };
    new MutationObserver(() => {
      const bar = document.querySelector('[role=progressbar]');
      if (bar && /Adding links/.test(bar.getAttribute('aria-label') || bar.textContent || '')) {
        if (seen.bar === null) seen.bar = performance.now();
        seen.barValues.add(bar.getAttribute('aria-valuenow'));
      }
      if (seen.done === null && [...document.querySelectorAll('[role=status]')].some((el) => /^From .*people added\./.test(el.textContent)))
        seen.done = performance.now();
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file of links' }).click();
  const picker = await chooser;
  await page.evaluate(() => { window.capwalkBenchImport.start = performance.now(); });
  const wallStart = Date.now();
  await picker.setFiles(file);
  const outcome = page.getByRole('status').filter({ hasText: new RegExp(`^From ${path.basename(file).replace(/\./g, '\\.')}: ${people} people added\\.`) });
  await outcome.waitFor({ timeout: 120000 });
  const wall = Date.now() - wallStart;
  const seen = await page.evaluate(() => {
    const s = window.capwalkBenchImport;
    return { done: s.done === null ? null : s.done - s.start, bar: s.bar === null ? null : s.bar - s.start, barSteps: s.barValues.size };
  });
  const importMs = seen.done ?? wall;
  row(`${people} links added from a file (${kb(fs.statSync(file).size)} CSV)`,
    `${importMs.toFixed(0)} ms (${seen.bar === null ? 'no progress bar seen' : `progress bar from ${seen.bar.toFixed(0)} ms, ${seen.barSteps} steps`})`,
    `≤ ${BUDGETS.teamImportMs} ms`, importMs <= BUDGETS.teamImportMs);

  await page.waitForTimeout(1000);  // the team is saved
  const kept = await page.evaluate(() => (localStorage.getItem('capwalk.team') || '').length);
  row(`the team of ${people} as kept in localStorage`, `${(kept / 1048576).toFixed(2)} MB`,
    `≤ ${(BUDGETS.teamStorageBytes / 1048576).toFixed(0)} MB`, kept <= BUDGETS.teamStorageBytes);
  const heap = await page.evaluate(() => [Module._capwalk_heap_bytes(), Module._capwalk_heap_used_bytes()]);
  row(`wasm memory with ${people} people in the team`, `${(heap[0] / 1048576).toFixed(1)} MB (${(heap[1] / 1048576).toFixed(1)} MB in use)`,
    `≤ ${(BUDGETS.wasmHeapBytes / 1048576).toFixed(0)} MB`, heap[0] <= BUDGETS.wasmHeapBytes);
  await scrollCost(page, `the team of ${people}, a page of its person grid`, { budget: BUDGETS.serviceFrameMs });

  await page.getByRole('button', { name: 'Open the service report' }).click();
  await page.getByRole('heading', { level: 1, name: 'Service report' }).waitFor();
  await page.waitForTimeout(300);
  await scrollCost(page, `the service report of ${people}`, { budget: BUDGETS.serviceFrameMs });
  // One group change: the first role under "Show which roles?", from its click to the
  // frame after the one that shows it chosen. The questions open with a tick first.
  await page.getByRole('checkbox', { name: 'Look at one group (by sector, role, setting or round)' }).click();
  // (The group's own box in the mirror has no size; its radios have.)
  const radio = page.getByRole('radiogroup', { name: 'Show which roles?' }).getByRole('radio').nth(1);
  await radio.waitFor();
  const roleName = (await radio.textContent()).trim();
  const change = await radio.evaluate(async (el) => {
    const next = () => new Promise((r) => requestAnimationFrame(r));
    const f0 = Module._capwalk_frames_drawn(), a0 = Module._capwalk_frame_ms_total(), t0 = performance.now();
    el.click();
    while (el.getAttribute('aria-checked') !== 'true') await next();
    const shown = performance.now() - t0;
    await next();
    await next();
    return { shown, frames: Module._capwalk_frames_drawn() - f0, app: Module._capwalk_frame_ms_total() - a0 };
  });
  row(`a group change on the report (role ${roleName})`,
    `${change.shown.toFixed(0)} ms to show, capwalk ${change.app.toFixed(1)} ms over ${change.frames} frames`, 'no budget set', null);
  await idle(page, `the service report of ${people}`);
  await context.close();
}
fs.rmSync(scratch, { recursive: true, force: true });

// Without WebGL (app/platform/pixel_renderer.h): capwalk's frame at 1280×800 on three
// screens, each frame drawn into memory and put on a 2D canvas, beside the same frames
// with WebGL 2 in the same run (frames asked for by wake(), 10 times 4 frames).
{
  const noWebGL = await launchBrowser(['--disable-webgl']);
  const LAPTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };
  const perFrame = async (page) => {
    const [f0, a0] = await page.evaluate(() => [Module._capwalk_frames_drawn(), Module._capwalk_frame_ms_total()]);
    for (let i = 0; i < 10; i++) {
      await page.evaluate(() => Module._capwalk_wake());
      await page.waitForTimeout(120);
    }
    const [f1, a1] = await page.evaluate(() => [Module._capwalk_frames_drawn(), Module._capwalk_frame_ms_total()]);
    return (a1 - a0) / (f1 - f0);
  };
  const screens = {};
  for (const [which, b] of [['pixels', noWebGL], ['webgl2', browser]]) {
    const context = await b.newContext(LAPTOP);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-ready="1"]', { timeout: 30000 });
    await page.waitForTimeout(500);
    const times = [await perFrame(page)];
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
    await page.waitForTimeout(300);
    times.push(await perFrame(page));
    await page.getByRole('button', { name: /^My role isn't listed/ }).click();
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.getByRole('progressbar', { name: 'Progress' }).waitFor();
    await page.waitForTimeout(300);
    times.push(await perFrame(page));
    screens[which] = times;
    await context.close();
  }
  ['welcome', 'choose your role', 'a capability page'].forEach((name, i) => {
    const px = screens.pixels[i], gl = screens.webgl2[i];
    row(`capwalk's frame at 1280×800 without WebGL: ${name}`, `${px.toFixed(2)} ms (${gl.toFixed(2)} ms with WebGL 2, ${(px / gl).toFixed(1)}×)`,
      `≤ ${BUDGETS.pixelFrameMs} ms`, px <= BUDGETS.pixelFrameMs);
  });
  await noWebGL.close();
}

await browser.close();
server.close();

// ---- The table ----
const width = Math.max(...rows.map((r) => r.what.length));
const valueWidth = Math.max(...rows.map((r) => r.value.length));
console.log(`${'what'.padEnd(width)}  ${'measured'.padEnd(valueWidth)}  budget`);
for (const r of rows) {
  const mark = r.ok === null ? '' : r.ok ? '  ok' : '  OVER BUDGET';
  console.log(`${r.what.padEnd(width)}  ${r.value.padEnd(valueWidth)}  ${r.budget}${mark}`);
}
const over = rows.filter((r) => r.ok === false).length;
console.log(over ? `\n${over} budget(s) not met.` : '\nEvery budget met.');
