// Everything from outside is untrusted: what is in localStorage, framework files,
// links, notes. Each fault gives an exact, plain message, nothing saved is lost, and
// the app keeps running. The content security policy is proven to be in force.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp, DESKTOP, serveAndLaunch, url, browser, distDir } from './harness.mjs';
import { createStaticServer } from '../../scripts/static-server.mjs';
import { chooseReceptionist, rate, next } from './journey.mjs';

serveAndLaunch();

const MESSAGES = {
  unavailable: 'Your browser is not letting capwalk save on this device, so your answers will be lost when you close this page. Everything else still works.',
  saveFailed: "capwalk could not save your latest answers on this device (the browser's storage is full or switched off). Your answers are kept until you close this page.",
  restored: 'Your saved answers could not be read, so capwalk went back to the copy saved before it. The unreadable copy has been kept on this device.',
  freshStart: 'Your saved answers could not be read. They have been kept on this device in case they can be recovered, and capwalk has started afresh.',
  newer: 'This device has answers saved by a newer version of capwalk. They have been left untouched. Reload the page to get the newer version; until then nothing you do here is saved.',
};

// capwalk's schema 1 document (before plans and settings), as an early version wrote it.
const SCHEMA_1 = '{"app":"capwalk","schema":1,"saved_at":1751331600000,"checksum":"fnv1a32:2529dcae","data":{"assessments":[{"capability_ids":["A1","A2","B1","B2"],"created_at":1751328000000,"current_index":3,"framework_id":"core","framework_version":"1.0","id":"a-first-draft","notes":{"B1":"Ask my supervisor about this."},"ratings":{"A1":"not-yet","A2":"confident","B1":"not-sure"},"role_id":"support-worker","role_title":"Support worker","setting":"community","tier":2,"training":["A1"],"updated_at":1751331600000}],"current_id":"a-first-draft"}}';
// Schema 2 (before managers' replies were kept), as capwalk wrote it then.
const SCHEMA_2 = '{"app":"capwalk","schema":2,"saved_at":1751331600000,"checksum":"fnv1a32:c9cf536b","data":{"assessments":[{"answers":{"A1":{"rating":"not-yet","training":true},"A2":{"rating":"confident"},"B1":{"note":"Ask my supervisor about this.","rating":"not-sure"}},"capability_ids":["A1","A2","B1","B2"],"created_at":1751328000000,"current_index":3,"finished":false,"framework_id":"core","framework_version":"1.0","id":"a-schema-two","plan":[{"action":"Read the guide","by_when":"","capability_id":"A1","goal":"Learn","support":""}],"previous_id":"","role_id":"support-worker","role_title":"Support worker","settings":["community"],"tier":2,"updated_at":1751331600000}],"current_id":"a-schema-two","settings":{"reduced_motion":false,"text_scale_percent":100,"theme":"auto"}}}';
const CURRENT_SCHEMA = 3;

const banner = (page, text) => page.getByRole('status').filter({ hasText: text }).waitFor();
const capwalkStorage = (page) => page.evaluate(() => Object.fromEntries(
  Object.keys(localStorage).filter((k) => k.startsWith('capwalk')).map((k) => [k, localStorage.getItem(k)])));

// Two saves made by the app itself: the current document and the one before it.
async function twoSaves() {
  const { context, page } = await openApp(browser, url);
  await chooseReceptionist(page);
  await rate(page, 'Developing');
  await next(page, 'Next');
  await rate(page, 'Confident');
  await page.waitForFunction(() => localStorage.getItem('capwalk.data.previous'));
  const saved = await capwalkStorage(page);
  await context.close();
  return saved;
}

// Opens the app on a device whose localStorage holds `entries`.
function withStorage(entries) {
  return openApp(browser, url, DESKTOP, {
    initScript: `(${(e) => { if (!sessionStorage.getItem('seeded')) { for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }})(${JSON.stringify(entries)})`,
  }).then(async (app) => { await app.page.waitForSelector('html[data-ready="1"]'); return app; });
}

test('storage switched off: a plain message, and a whole page of answers still works', async () => {
  const { context, page } = await openApp(browser, url, DESKTOP, {
    initScript: () => Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } }),
  });
  await page.waitForSelector('html[data-ready="1"]');
  await banner(page, MESSAGES.unavailable);
  await chooseReceptionist(page);
  await rate(page, 'Developing');
  await next(page, 'Next');
  await context.close();
});

test('storage full during a save: a plain message, and what was saved before is kept', async () => {
  const { context, page } = await openApp(browser, url);
  await chooseReceptionist(page);
  await rate(page, 'Developing');
  await page.waitForFunction(() => localStorage.getItem('capwalk.data')?.includes('developing'));
  const before = await capwalkStorage(page);
  await page.evaluate(() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; });
  await rate(page, 'Confident');
  await banner(page, MESSAGES.saveFailed);
  assert.deepEqual(await capwalkStorage(page), before);
  // The person's answer is still on screen for as long as the page is open.
  assert.equal(await page.getByRole('radio', { name: 'Confident', exact: true }).isChecked(), true);
  await context.close();
});

test('a truncated document: the copy before it is used, and the damaged one kept aside', async () => {
  const saved = await twoSaves();
  const cut = saved['capwalk.data'].slice(0, Math.floor(saved['capwalk.data'].length / 2));
  const { context, page, problems } = await withStorage({ 'capwalk.data': cut, 'capwalk.data.previous': saved['capwalk.data.previous'] });
  await banner(page, MESSAGES.restored);
  await page.getByRole('button', { name: 'Continue where you left off' }).waitFor();
  const after = await capwalkStorage(page);
  const asideKey = Object.keys(after).find((k) => k.startsWith('capwalk.data.unreadable.'));
  assert.ok(asideKey, `a copy set aside: ${Object.keys(after)}`);
  assert.equal(after[asideKey], cut, 'the damaged document is kept exactly');
  assert.deepEqual(problems.filter((p) => !p.startsWith('console')), []);
  await context.close();
});

test('a truncated document with no earlier copy: kept aside, and a fresh start', async () => {
  const saved = await twoSaves();
  const cut = saved['capwalk.data'].slice(0, 200);
  const { context, page } = await withStorage({ 'capwalk.data': cut });
  await banner(page, MESSAGES.freshStart);
  const after = await capwalkStorage(page);
  assert.ok(Object.entries(after).some(([k, v]) => k.startsWith('capwalk.data.unreadable.') && v === cut));
  await context.close();
});

test('a document from a newer capwalk is left untouched, whatever is done here', async () => {
  const newer = JSON.stringify({ app: 'capwalk', schema: 99, saved_at: 1800000000000, checksum: 'fnv1a32:00000000', data: { future: true } });
  const { context, page } = await withStorage({ 'capwalk.data': newer });
  await banner(page, MESSAGES.newer);
  await chooseReceptionist(page);
  await rate(page, 'Developing');
  await next(page, 'Next');
  assert.equal(await page.evaluate(() => localStorage.getItem('capwalk.data')), newer);
  await context.close();
});

for (const [schema, text] of [[1, SCHEMA_1], [2, SCHEMA_2]]) {
  test(`a document from an older schema (${schema}) opens with every answer, and is saved as the current one`, async () => {
    const { context, page, problems } = await withStorage({ 'capwalk.data': text });
    await page.getByRole('button', { name: /^Support worker/ }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: 'All capabilities' }).click();
    assert.equal(await page.getByRole('status').count(), 0, 'no warning');
    // A change saves it in today's format, and the original stays as the copy before.
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
    await page.waitForFunction((current) => JSON.parse(localStorage.getItem('capwalk.data')).schema === current, CURRENT_SCHEMA);
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('capwalk.data')));
    const a = stored.data.assessments[0];
    assert.deepEqual([a.answers.A1.rating, a.answers.A1.training, a.answers.A2.rating, a.answers.B1.rating, a.answers.B1.note],
      ['not-yet', true, 'confident', 'not-sure', 'Ask my supervisor about this.']);
    assert.deepEqual(a.replies, []);
    if (schema === 2) assert.equal(a.plan[0].action, 'Read the guide');
    assert.equal(await page.evaluate(() => localStorage.getItem('capwalk.data.previous')), text);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

// ---- Hostile files and links ----

async function openFrameworkFile(page, name, buffer) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('button', { name: 'Change the framework' }).click();  // on the role screen
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Open a framework file' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer });
  await page.getByRole('heading', { level: 1, name: 'This file cannot be used' }).waitFor();
}

const NOT_A_FRAMEWORK = 'capwalk cannot use this file. It is not a framework file: capwalk could not read it as one.';
const HOSTILE_FILES = [
  ['nested 10,000 levels deep', 'deep.json', () => Buffer.from('['.repeat(10000) + ']'.repeat(10000)),
    NOT_A_FRAMEWORK, 'the file is nested too deeply (more than 32 levels)'],
  ['of 5 MB', 'big.json', () => Buffer.from(JSON.stringify({ format: 1, padding: 'x'.repeat(5 * 1024 * 1024) })),
    'capwalk cannot use this file. It is larger than a framework file can be (2 MB).', 'the file is too large (5120 KB); the limit is 2048 KB'],
  ['of a million-element list', 'million.json', () => Buffer.from('[' + Array(1000000).fill('1').join(',') + ']'),
    NOT_A_FRAMEWORK, 'expected an object, found a list'],
  ['with invalid UTF-8', 'latin1.json', () => Buffer.concat([Buffer.from('{\n  "title": "caf'), Buffer.from([0xe9, 0xff]), Buffer.from('"\n}')]),
    NOT_A_FRAMEWORK, 'this is not valid JSON (line 2, column 17): syntax error while parsing value - invalid string: ill-formed UTF-8 byte'],
];

for (const [what, name, make, headline, problem] of HOSTILE_FILES) {
  test(`a framework file ${what} is refused with an exact message, and the app carries on`, async () => {
    const { context, page, problems } = await openApp(browser, url);
    await openFrameworkFile(page, name, make());
    await page.getByText(headline, { exact: true }).waitFor();
    assert.equal(await page.getByText(problem, { exact: true }).count(), 1, problem);
    await page.getByRole('button', { name: 'Back to frameworks' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a framework' }).waitFor();
    const heap = await page.evaluate(() => Module._capwalk_heap_bytes());
    assert.ok(heap <= 256 * 1024 * 1024, `wasm memory stays bounded: ${heap} bytes`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a 100 KB link is refused with an exact message', async () => {
  const { context, page, problems } = await openApp(browser, url + '#r=' + 'A'.repeat(100 * 1024));
  await page.getByRole('heading', { level: 1, name: 'This link cannot be opened' }).waitFor();
  await page.getByText('This link is too long to be a capwalk link. Check that you copied only the link and nothing else, or ask for it to be sent again.').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a note with a right-to-left override and emoji is kept exactly, and travels in a link', async () => {
  const note = '\u202Eevil.exe 👍🏽 ok';
  const { context, page, problems } = await openApp(browser, url);
  await chooseReceptionist(page);
  await rate(page, 'Developing');
  await page.getByRole('textbox', { name: 'Private note (optional)' }).fill(note);
  await page.waitForFunction((n) => localStorage.getItem('capwalk.data')?.includes(n), note);
  const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('capwalk.data')));
  assert.equal(Object.values(stored.data.assessments[0].answers)[0].note, note);
  await page.getByRole('button', { name: 'All capabilities' }).click();
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('button', { name: 'Share with my manager' }).click();
  await page.getByRole('checkbox', { name: 'Include my private notes and my plan' }).click();
  await page.waitForFunction(() => document.querySelector('[role=checkbox]')?.getAttribute('aria-checked') === 'true');
  const link = await page.getByRole('textbox', { name: 'Your link' }).inputValue();
  const manager = await openApp(browser, link);
  await manager.page.getByRole('heading', { level: 1, name: 'Shared results' }).waitFor();
  assert.equal(await manager.page.getByText(`Note: ${note}`, { exact: true }).count(), 1);
  assert.deepEqual([...problems, ...manager.problems], []);
  await manager.context.close();
  await context.close();
});

// ---- The content security policy ----

test('the page runs under its content security policy, with no violations', async () => {
  const { context, page, problems } = await openApp(browser, url, DESKTOP, {
    initScript: () => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    },
  });
  await page.waitForSelector('html[data-ready="1"]');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.equal(policy, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'");
  assert.equal(await page.locator('meta[name="referrer"]').getAttribute('content'), 'no-referrer');
  await chooseReceptionist(page);
  await rate(page, 'Developing');
  await next(page, 'Next');
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
  // Script injected into the page the way an attacker would try is refused.
  await page.evaluate(() => { const s = document.createElement('script'); s.textContent = 'window.injected = 1'; document.body.appendChild(s); });
  assert.equal(await page.evaluate(() => window.injected), undefined);
  assert.deepEqual(problems.filter((p) => !p.includes('Content Security Policy')), []);
  await context.close();
});

test("a build whose policy leaves out 'wasm-unsafe-eval' cannot start: the policy is in force", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capwalk-csp-'));
  fs.cpSync(distDir, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  const html = fs.readFileSync(index, 'utf8');
  assert.ok(html.includes(" 'wasm-unsafe-eval'"));
  fs.writeFileSync(index, html.replace(" 'wasm-unsafe-eval'", ''));
  const server = createStaticServer(dir);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.effectiveDirective));
  });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('html[data-failed]', { timeout: 20000 });
  assert.equal(await page.locator('html[data-ready="1"]').count(), 0, 'no first frame');
  assert.ok((await page.evaluate(() => window.cspViolations)).includes('script-src'), 'WebAssembly refused by the policy');
  await page.getByText('Something went wrong and capwalk stopped.', { exact: false }).waitFor();
  await context.close();
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
