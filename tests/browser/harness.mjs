// Shared set-up for the browser tests: serve dist/ on a free localhost port, start
// Debian's headless Chromium (never a downloaded browser), open the app as a person
// would, and collect anything the page complains about.
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { createStaticServer } from '../../scripts/static-server.mjs';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const distDir = path.join(root, 'dist');
export const screenshotDir = path.join(root, 'build', 'screenshots');

// Software WebGL through SwiftShader; no network chatter of the browser's own.
const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--use-gl=angle', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// CAPWALK_DRAWING=pixels (WebGL switched off) or webgl (WebGL 2 off, WebGL 1 on) runs a
// test file on one of the drawing paths for browsers without WebGL 2 (scripts/test runs
// the kiosk and two-tab tests so).
const DRAWING_FLAGS = { pixels: ['--disable-webgl'], webgl: ['--disable-webgl2'] }[process.env.CAPWALK_DRAWING] || [];

export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 };

// The server's address and the browser, for the test file that called serveAndLaunch()
// (each test file runs in its own process, so each has its own).
export let url = '';
export let browser = null;
let server = null;

// Registers the file's set-up and tidy-up: dist/ served on a free port, one headless Chromium.
export function serveAndLaunch() {
  before(async () => {
    ({ server, url } = await startServer());
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
}

export async function startServer() {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('dist/ is missing: run ./scripts/build first');
  }
  const server = createStaticServer(distDir);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

// `options` go to Playwright's launch() as they are (ignoreDefaultArgs, for one).
export function launchBrowser(extraArgs = [], options = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS, ...DRAWING_FLAGS, ...extraArgs],
    ...options,
  });
}

// A copy with no organisation.json (most of them) answers 404 for it, which Chromium
// logs as an error although the page expects it (web/shell.js).
export function isMissingOrganisationFile(msg) {
  return /^Failed to load resource: .* 404/.test(msg.text()) && /\/organisation\.json$/.test(msg.location().url || '');
}

// Opens the app and waits for its first frame. `problems` collects console errors,
// uncaught exceptions and failed requests, which every test expects to stay empty.
export async function openApp(browser, url, contextOptions = DESKTOP, { initScript } = {}) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !isMissingOrganisationFile(msg)) problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()}`));
  if (initScript) await page.addInitScript(initScript);
  await page.goto(url);
  if (!initScript) await page.waitForSelector('html[data-ready="1"]', { timeout: 20000 });
  return { context, page, problems };
}

export async function screenshot(page, name) {
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// Busy share of the main thread over `ms` of no input, from Chrome's own counters.
export async function mainThreadBusyShare(page, ms) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics
    .find((m) => m.name === 'TaskDuration').value;
  const before = await task();
  const start = Date.now();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const busy = (await task()) - before;
  return busy / ((Date.now() - start) / 1000);
}
