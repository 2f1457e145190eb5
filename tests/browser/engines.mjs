// The same browser steps in three engines: Chromium through Playwright (as every other
// browser test), Firefox ESR through puppeteer-core over WebDriver BiDi, and WebKitGTK
// (Safari's engine) through WebKitWebDriver and selenium-webdriver. All from Debian and
// npm packages; no browser is ever downloaded.
//
// A test asks for what a person sees, by role and accessible name, inside the app's
// accessibility mirror (#mirror), with a query:
//   { role: 'button', name: 'Start' }                 name matched exactly (or a RegExp)
//   { role: 'heading', level: 1, name: 'Your results' }
//   { role: 'radio', name: 'Confident', within: { role: 'radiogroup', name: '...' } }
//   { text: 'You answered 9 of 9 capabilities.' }     any mirror item with that text
// Chromium resolves it with Playwright's getByRole/getByText; Firefox and WebKit with
// one in-page script (findInMirror below), the same in both. Clicks and typing are the
// engine's own (Playwright, puppeteer, WebDriver element click and send keys), so real
// pointer and key events reach the page, and text is typed, never set as a value.
//
// Firefox and WebKitGTK need an X display even headless (or WebGL 2 is refused): each
// engine gets its own Xvfb. Every process an engine starts (Xvfb, firefox,
// WebKitWebDriver, MiniBrowser and its helpers) is in a process group of its own that
// close() ends, and that is ended too if the test process exits without closing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, isMissingOrganisationFile, screenshotDir } from './harness.mjs';

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];
const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

// The sizes every engine is given: the desktop of the other browser tests, and a phone.
export const SIZES = {
  desktop: { width: 1440, height: 900, deviceScaleFactor: 1 },
  phone: { width: 360, height: 740, deviceScaleFactor: 2 },
};

// Engines chosen with CAPWALK_ENGINES=chromium,firefox (default: all three).
export function selectedEngines() {
  const asked = (process.env.CAPWALK_ENGINES || ALL_ENGINES.join(',')).split(',').map((s) => s.trim()).filter(Boolean);
  for (const name of asked) {
    if (!ALL_ENGINES.includes(name)) throw new Error(`CAPWALK_ENGINES: unknown engine "${name}" (known: ${ALL_ENGINES.join(', ')})`);
  }
  return asked;
}

// Slow software rendering (llvmpipe) in Firefox and WebKit: waits are generous there.
const WAIT_MS = { chromium: 20000, firefox: 45000, webkit: 45000 };

// ---- Processes: each started in a group of its own, so a group kill ends its children ----

const groups = new Set();
function spawnGroup(command, args, options = {}) {
  const child = spawn(command, args, { detached: true, stdio: 'ignore', ...options });
  groups.add(child.pid);
  child.on('exit', () => groups.delete(child.pid));
  return child;
}
function killGroup(pid, signal = 'SIGKILL') {
  try { process.kill(-pid, signal); } catch { /* already gone */ }
  groups.delete(pid);
}
process.on('exit', () => { for (const pid of [...groups]) killGroup(pid); });
// Stopped from outside (Ctrl+C, the test runner's timeout): end them, then stop as asked.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => { for (const pid of [...groups]) killGroup(pid); process.kill(process.pid, signal); });
}

// Ends a process group: politely, then for sure.
async function endGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) { if (child) killGroup(child.pid); return; }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child.pid, 'SIGTERM');
  groups.add(child.pid);
  const timer = setTimeout(() => killGroup(child.pid), 3000);
  await exited;
  clearTimeout(timer);
  killGroup(child.pid);
}

// An X server on a free display, which Xvfb picks itself (-displayfd) and tells us.
async function startXvfb() {
  const xvfb = spawnGroup('Xvfb', ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
  const display = await new Promise((resolve, reject) => {
    let said = '';
    xvfb.stdio[3].on('data', (data) => { said += data; if (said.includes('\n')) resolve(':' + said.trim()); });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it named its display`)));
    xvfb.once('error', reject);
  });
  return { xvfb, display };
}

function freePort() {
  return new Promise((resolve, reject) => {
    import('node:net').then(({ createServer }) => {
      const probe = createServer();
      probe.once('error', reject);
      probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
    });
  });
}

// ---- What Firefox and WebKit run in the page to find an item by role and name ----

// Runs in the page. Returns the one element of #mirror that matches `query`, null when
// none does yet; more than one is an error, as Playwright's locators are strict.
function findInMirror(query) {
  const IMPLICIT = { BUTTON: 'button', A: 'link', INPUT: 'textbox', TEXTAREA: 'textbox', P: 'paragraph', MAIN: 'main' };
  const roleOf = (el) => el.getAttribute('role') || (/^H[1-6]$/.test(el.tagName) ? 'heading' : IMPLICIT[el.tagName] || '');
  const nameOf = (el) => (el.getAttribute('aria-label') ?? el.textContent).replace(/\s+/g, ' ').trim();
  const same = (text, want) => (want.source !== undefined ? new RegExp(want.source, want.flags).test(text) : text === want);
  const shown = (el) => !el.closest('[hidden],[aria-hidden="true"]') && el.getClientRects().length > 0;
  const matches = (el, q) => {
    if (q.text !== undefined) return el.classList.contains('m') && same(el.textContent.replace(/\s+/g, ' ').trim(), q.text);
    if (roleOf(el) !== q.role) return false;
    if (q.level !== undefined && el.tagName !== 'H' + q.level) return false;
    return q.name === undefined || same(nameOf(el), q.name);
  };
  const all = (scope, q) => [...scope.querySelectorAll('*')].filter((el) => matches(el, q) && shown(el));
  let scope = document.getElementById('mirror');
  if (!scope) return null;
  if (query.within) {
    const outer = all(scope, query.within);
    if (outer.length !== 1) return null;
    scope = outer[0];
  }
  const found = all(scope, query);
  if (found.length > 1) throw new Error(`${found.length} items match ${JSON.stringify(query)}`);
  return found[0] || null;
}

// Runs in the page: resolves once the element has kept its place for two frames (the
// app may still be laying a new screen out) and can be used (not disabled).
function settled(el) {
  return new Promise((resolve) => {
    let last = '';
    let frames = 0;
    const check = () => {
      const r = el.getBoundingClientRect();
      const now = [r.x, r.y, r.width, r.height].join();
      frames = now === last && !el.disabled ? frames + 1 : 0;
      last = now;
      if (frames >= 2 || !el.isConnected) resolve(el.isConnected);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

// Queries cross into the page as JSON: a RegExp name becomes { source, flags }.
function portable(query) {
  const out = { ...query };
  for (const key of ['name', 'text']) {
    if (out[key] instanceof RegExp) out[key] = { source: out[key].source, flags: out[key].flags };
  }
  if (out.within) out.within = portable(out.within);
  return out;
}

function describe(query) {
  return JSON.stringify(portable(query));
}

// Records what a page complains about where the automation cannot hear it (WebKit:
// WebDriver has no standard log). Installed once the page is ready; a failure before
// that shows as html[data-failed] (web/shell.js), which waitReady() checks.
function captureProblems() {
  if (window.__capwalkProblems) return;
  const problems = window.__capwalkProblems = [];
  const original = console.error;
  console.error = (...args) => { problems.push('console: ' + args.map(String).join(' ')); original.apply(console, args); };
  window.addEventListener('error', (event) => problems.push('exception: ' + event.message));
  window.addEventListener('unhandledrejection', (event) => problems.push('exception: ' + String(event.reason)));
}

// ---- Sessions: one page in one profile, the same methods in each engine ----

class Session {
  constructor(engine, size) {
    this.engine = engine;
    this.size = size;
    this.wait = WAIT_MS[engine];
    this.seen = [];  // console errors, exceptions and failed requests
  }

  // Navigates and waits for the app's first frame (html[data-ready="1"]).
  async open(url) {
    await this.collect();
    await this.navigate(url);
    await this.waitReady();
  }

  async reload() {
    await this.collect();
    await this.reloadPage();
    await this.waitReady();
  }

  async waitReady() {
    const state = await this.waitUntil(() => document.documentElement.dataset.ready === '1'
      || document.documentElement.dataset.failed || false);
    if (state !== true) throw new Error(`${this.engine}: capwalk failed to start (html[data-failed="${state}"])`);
    await this.afterReady();
  }

  // Polls `fn` in the page until it returns something truthy, and returns that.
  async waitUntil(fn, arg = null, timeout = this.wait) {
    const until = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(fn, arg).catch((error) => {
        // A navigation in progress destroys the page's context: ask again.
        if (Date.now() < until) return undefined;
        throw error;
      });
      if (value) return value;
      if (Date.now() > until) throw new Error(`${this.engine}: timed out after ${timeout} ms waiting for ${fn}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  // What a text field holds.
  value(query) {
    return this.evaluate((q) => findInMirror(q)?.value ?? null, portable(query));
  }

  async count(query) {
    return this.evaluate((q) => {
      try { return findInMirror(q) ? 1 : 0; } catch { return 2; }
    }, portable(query));
  }

  // Everything the page complained about so far.
  async problems() {
    await this.collect();
    return this.seen.slice();
  }

  async screenshot(name) {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    fs.writeFileSync(file, await this.screenshotBytes());
    return file;
  }

  // The page's size as it sees it.
  viewport() {
    return this.evaluate(() => ({ width: innerWidth, height: innerHeight, deviceScaleFactor: devicePixelRatio }));
  }

  async afterReady() {}
  async collect() {}
}

// Chromium, through Playwright's own locators (as every other browser test).
class ChromiumSession extends Session {
  static async start(browser, size) {
    const session = new ChromiumSession('chromium', size);
    const { width, height, deviceScaleFactor } = SIZES[size];
    session.context = await browser.newContext({
      viewport: { width, height }, deviceScaleFactor, ...(size === 'phone' ? { isMobile: true, hasTouch: true } : {}),
    });
    // Headless Chromium refuses the clipboard unless it is granted (as a person's
    // browser allows it after a click); Firefox and WebKit allow it during a click.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = session.page = await session.context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !isMissingOrganisationFile(msg)) session.seen.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => session.seen.push(`exception: ${err.message}`));
    page.on('requestfailed', (req) => session.seen.push(`request failed: ${req.url()}`));
    return session;
  }

  locate(query) {
    const scope = query.within ? this.locate(query.within) : this.page.locator('#mirror');
    if (query.text !== undefined) return scope.getByText(query.text, { exact: true });
    return scope.getByRole(query.role, { name: query.name, exact: true, level: query.level });
  }

  navigate(url) { return this.page.goto(url); }
  reloadPage() { return this.page.reload(); }
  evaluate(fn, arg) { return this.page.evaluate(fn, arg); }
  async waitFor(query) { await this.locate(query).waitFor({ timeout: this.wait }); }
  async click(query) { await this.locate(query).click({ timeout: this.wait }); }
  async type(query, text) {
    const field = this.locate(query);
    await field.click({ timeout: this.wait });
    await field.pressSequentially(text);
  }
  async count(query) { return this.locate(query).count(); }
  value(query) { return this.locate(query).inputValue(); }
  screenshotBytes() { return this.page.screenshot(); }
  close() { return this.context.close(); }
}

// Firefox ESR, through puppeteer-core over WebDriver BiDi: one browser context (an
// isolated profile: its own storage, caches and service workers) a session.
class FirefoxSession extends Session {
  static async start(browser, size) {
    const session = new FirefoxSession('firefox', size);
    session.context = await browser.createBrowserContext();
    const page = session.page = await session.context.newPage();
    const { width, height, deviceScaleFactor } = SIZES[size];
    await page.setViewport({ width, height, deviceScaleFactor });
    page.setDefaultTimeout(session.wait);
    page.on('console', (msg) => { if (msg.type() === 'error') session.seen.push(`console: ${msg.text()}`); });
    page.on('pageerror', (err) => session.seen.push(`exception: ${err.message}`));
    page.on('requestfailed', (req) => {
      if (!/\/organisation\.json$/.test(req.url())) session.seen.push(`request failed: ${req.url()}`);
    });
    return session;
  }

  navigate(url) { return this.page.goto(url); }
  reloadPage() { return this.page.reload(); }
  evaluate(fn, arg) { return this.page.evaluate(inPage(fn), arg); }

  async find(query) {
    const handle = await this.page.waitForFunction(
      inPage((q) => findInMirror(q)), { timeout: this.wait, polling: 100 }, portable(query),
    ).catch((error) => { throw new Error(`firefox: ${describe(query)} not found: ${error.message}`); });
    const element = handle.asElement();
    await element.evaluate(inPageSettled);
    return element;
  }

  async waitFor(query) { await this.find(query); }
  async click(query) { await (await this.find(query)).click(); }
  async type(query, text) {
    const field = await this.find(query);
    await field.click();
    await this.page.keyboard.type(text);
  }
  screenshotBytes() { return this.page.screenshot(); }
  close() { return this.context.close(); }
}

// The page's Content Security Policy forbids eval: the helpers go in as the function's
// own source, wrapped around the test's function, so nothing is evaluated from a string
// inside the page. (WebDriver and BiDi run scripts outside the page's policy.)
function inPage(fn) {
  return new Function('arg', `const findInMirror = ${findInMirror}; return (${fn})(arg);`);
}
const inPageSettled = new Function('el', `return (${settled})(el);`);

// WebKitGTK's MiniBrowser through WebKitWebDriver (W3C WebDriver): a WebDriver session
// a profile, since each session is a new MiniBrowser with nothing stored.
class WebKitSession extends Session {
  static async start(engine, size) {
    const session = new WebKitSession('webkit', size);
    const { Builder } = await import('selenium-webdriver');
    session.driver = await new Builder().usingServer(engine.server).withCapabilities({
      browserName: 'MiniBrowser',
      // --full-screen: no toolbar, so the page gets the whole window (MiniBrowser's
      // toolbar keeps a window at least 447 px wide, wider than a phone).
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
    }).build();
    const { width, height } = SIZES[size];
    await session.driver.manage().window().setRect({ width, height });
    await session.driver.manage().setTimeouts({ script: session.wait });
    return session;
  }

  navigate(url) { return this.driver.get(url); }
  reloadPage() { return this.driver.navigate().refresh(); }

  async evaluate(fn, arg) {
    const answer = await this.driver.executeAsyncScript(`
      const done = arguments[arguments.length - 1];
      const findInMirror = ${findInMirror};
      Promise.resolve().then(() => (${fn})(arguments[0]))
        .then((value) => done({ value }), (error) => done({ error: String(error) }));`, arg);
    if (answer.error) throw new Error(`webkit: ${answer.error}`);
    return answer.value;
  }

  async afterReady() { await this.driver.executeScript(`(${captureProblems})()`); }
  async collect() {
    // Taken out of the page's list, so each problem is counted once.
    const found = await this.driver.executeScript('const p = window.__capwalkProblems; return p ? p.splice(0) : [];')
      .catch(() => []);
    this.seen.push(...found);
  }

  async find(query) {
    const element = await this.driver.wait(
      () => this.driver.executeScript(`return (${findInMirror})(arguments[0])`, portable(query)), this.wait,
      `webkit: ${describe(query)} not found`,
    );
    await this.driver.executeAsyncScript(`const done = arguments[arguments.length - 1]; (${settled})(arguments[0]).then(done)`, element);
    return element;
  }

  async waitFor(query) { await this.find(query); }
  async click(query) { await (await this.find(query)).click(); }
  async type(query, text) {
    const field = await this.find(query);
    await field.click();
    await field.sendKeys(text);
  }
  async screenshotBytes() { return Buffer.from(await this.driver.takeScreenshot(), 'base64'); }
  async close() { await this.collect(); await this.driver.quit(); }
}

// ---- Engines: started once per test file, sessions opened from them ----

// Starts an engine. `engine.session(size)` opens a fresh profile at 'desktop' or
// 'phone' size; `engine.close()` ends it and every process it started.
export async function launchEngine(name) {
  if (name === 'chromium') {
    const browser = await launchBrowser();
    return { name, pids: [], session: (size = 'desktop') => ChromiumSession.start(browser, size), close: () => browser.close() };
  }
  const { xvfb, display } = await startXvfb();
  const env = { ...process.env, DISPLAY: display };
  try {
    if (name === 'firefox') {
      const { default: puppeteer } = await import('puppeteer-core');
      // puppeteer starts firefox in a process group of its own and kills the group on close().
      const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, env });
      return {
        name, display, pids: [xvfb.pid, browser.process().pid],
        session: (size = 'desktop') => FirefoxSession.start(browser, size),
        async close() { try { await browser.close(); } finally { await endGroup(xvfb); } },
      };
    }
    const port = await freePort();
    const driver = spawnGroup(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { env });
    const server = `http://127.0.0.1:${port}`;
    await waitForWebDriver(server, driver);
    const engine = {
      name, display, server, pids: [xvfb.pid, driver.pid],
      session: (size = 'desktop') => WebKitSession.start(engine, size),
      async close() { try { await endGroup(driver); } finally { await endGroup(xvfb); } },
    };
    return engine;
  } catch (error) {
    for (const pid of [...groups]) killGroup(pid);
    throw error;
  }
}

async function waitForWebDriver(server, child) {
  const until = Date.now() + 10000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    const ready = await fetch(`${server}/status`).then((r) => r.json()).then((s) => s.value?.ready).catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer within 10 s');
}

// Which of these process groups (an engine's `pids`) still have a process in them,
// after waiting up to `ms` for them to go.
export async function groupsLeft(pids, ms = 5000) {
  const alive = (pid) => { try { process.kill(-pid, 0); return true; } catch { return false; } };
  const until = Date.now() + ms;
  while (pids.some(alive) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
  return pids.filter(alive);
}
