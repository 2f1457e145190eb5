// What the page fetches, and when (app/core/shipped_files.h): no framework before the
// first frame, a screen that waits says so, a link opened cold fetches its own
// framework and no other, and a framework that cannot be fetched can be tried again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { screenshot, root, PHONE, DESKTOP, serveAndLaunch, url, browser } from './harness.mjs';

serveAndLaunch();

const frameworkFiles = (requests) => requests.filter((r) => r.startsWith('frameworks/')).sort();

// The files the page asks for, as names under dist/, in order.
function recordRequests(page) {
  const requests = [];
  page.on('request', (request) => {
    const u = new URL(request.url());
    if (u.origin === new URL(url).origin) requests.push(u.pathname.slice(1));
  });
  return requests;
}

test('nothing but the index of the frameworks is fetched before the first frame; set-up fetches one framework', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const requests = recordRequests(page);
  // What the page had asked for when it drew for the first time (the shell fetches
  // everything with fetch(); app.js draws with WebGL 2).
  await page.addInitScript(() => {
    const asked = [];
    const fetch = window.fetch;
    window.fetch = (input, ...rest) => { asked.push(String(input)); return fetch(input, ...rest); };
    const draw = WebGL2RenderingContext.prototype.drawElements;
    WebGL2RenderingContext.prototype.drawElements = function (...args) {
      if (!window.capwalkTestAtFirstFrame) window.capwalkTestAtFirstFrame = [...asked];
      return draw.apply(this, args);
    };
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="1"]');
  await page.waitForFunction(() => window.capwalkTestAtFirstFrame);
  assert.deepEqual(frameworkFiles(await page.evaluate(() => window.capwalkTestAtFirstFrame)), ['frameworks/index.json']);
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  assert.deepEqual(frameworkFiles(requests),
    ['frameworks/core.json', 'frameworks/index.json', 'frameworks/learning.json', 'frameworks/roles.json']);
  await page.getByRole('button', { name: 'Change the framework' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose a framework' }).waitFor();
  await page.getByRole('radio', { name: 'National Occupational Standards' }).waitFor();
  assert.equal(frameworkFiles(requests).length, 7, 'every framework, once');
  await context.close();
});

test('a screen whose framework is slow to arrive says so with a progress bar, then shows', async () => {
  // The framework a new assessment starts with is on its way for 2 seconds. (No
  // service worker: the requests it answers would pass the route by.)
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  await page.route('**/frameworks/core.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await route.continue();
  });
  await page.goto(url);
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Getting the questions ready' }).waitFor();
  await page.getByRole('progressbar', { name: 'Loading' }).waitFor();
  await screenshot(page, 'loading-phone');
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor({ timeout: 10000 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a framework that cannot be fetched is said in plain words, and Try again fetches it', async () => {
  const context = await browser.newContext({ ...DESKTOP, serviceWorkers: 'block' });
  const page = await context.newPage();
  let refuse = true;
  await page.route('**/frameworks/core.json', (route) => (refuse ? route.abort() : route.continue()));
  await page.goto(url);
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'This page could not be loaded' }).waitFor();
  assert.equal(await page.getByText('Please check your internet connection, then try again.', { exact: false }).count(), 1);
  await screenshot(page, 'loading-failed-desktop');
  refuse = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  await context.close();
});

test('a results link opened cold fetches its own framework only, and shows the review', async () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'capwalk-loading-'));
  const data = JSON.parse(execFileSync(path.join(root, 'build/native/tests/capwalk-bench-data'),
    [path.join(root, 'frameworks'), path.join(scratch, 'links.csv')], { maxBuffer: 1 << 24 }).toString());
  fs.rmSync(scratch, { recursive: true, force: true });
  const code = data.team_codes[0];  // a National Occupational Standards assessment
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  const requests = recordRequests(page);
  await page.goto(`${url}#r=${code}`);
  await page.getByRole('button', { name: 'Add to my team' }).waitFor({ timeout: 20000 });
  const before = frameworkFiles(requests);
  assert.ok(before.includes('frameworks/nos.json'), before.join(' '));
  for (const other of ['frameworks/esc.json', 'frameworks/peer-support.json'])
    assert.ok(!before.includes(other), `${other} is not fetched for a NOS link`);
  await context.close();
});
