// Offline: after one visit the app works with the web server gone, and a new build is
// offered as "Reload to update" instead of switching silently. A new build is cached only
// whole: on a host that lets browsers keep files for an hour, and when a deploy is caught
// half-way, no cache ever holds files of two builds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStaticServer } from '../../scripts/static-server.mjs';
import { stampServiceWorker } from '../../scripts/stamp-sw.mjs';
import { launchBrowser, openApp, distDir, DESKTOP } from './harness.mjs';
import { chooseReceptionist, walkAll } from './journey.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// A server of its own for each test, so it can be stopped and its files changed.
async function serve(dir, options) {
  const server = createStaticServer(dir, options);
  const requests = [];  // the files asked of the server, in order
  server.on('request', (request) => requests.push(new URL(request.url, 'http://host').pathname.slice(1)));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    requests,
    stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

// A copy of dist/, removed when the test ends.
function copyOfDist(t, from = distDir) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capwalk-dist-'));
  fs.cpSync(from, dir, { recursive: true });
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// Makes the site in DIR another build that still works: a comment at the end of app.js
// and a custom section (which WebAssembly ignores) at the end of app.wasm, both naming
// LABEL, then a new sw.js. Returns the build's id and files, as stampServiceWorker does.
function makeNextBuild(dir, label) {
  fs.appendFileSync(path.join(dir, 'app.js'), `\n// ${label}\n`);
  const name = Buffer.from('capwalk-test-build');
  const body = Buffer.concat([Buffer.from([name.length]), name, Buffer.from(label)]);
  assert.ok(body.length < 128, 'a one-byte section size');
  fs.appendFileSync(path.join(dir, 'app.wasm'), Buffer.concat([Buffer.from([0, body.length]), body]));
  return stampServiceWorker(dir);
}

async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

// Every cache of the page's origin, with the SHA-256 of each file in it, as the browser
// itself reads them back.
function cachedBuilds(page) {
  return page.evaluate(async () => {
    const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');
    const builds = {};
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      const files = {};
      for (const request of await cache.keys()) {
        const bytes = await (await cache.match(request)).arrayBuffer();
        files[new URL(request.url).pathname.slice(1)] = hex(await crypto.subtle.digest('SHA-256', bytes));
      }
      builds[cacheName] = files;
    }
    return builds;
  });
}

// How the service worker's attempt to install the build now on the server ends:
// 'installed' (waiting to take over) or 'redundant' (refused).
function installOutcome(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const worker = registration.waiting || registration.installing || await new Promise((resolve) => {
      registration.addEventListener('updatefound', () => resolve(registration.installing), { once: true });
      registration.update();
    });
    return new Promise((resolve) => {
      const settled = () => ['installed', 'redundant'].includes(worker.state);
      if (settled()) resolve(worker.state);
      worker.addEventListener('statechange', () => { if (settled()) resolve(worker.state); });
    });
  });
}

// The SHA-256 of the app.js and app.wasm the page was given while `action` ran.
async function appFilesLoadedDuring(page, action) {
  const loaded = {};
  const onResponse = (response) => {
    const name = new URL(response.url()).pathname.slice(1);
    if (name === 'app.js' || name === 'app.wasm') {
      loaded[name] = response.body().then((body) => crypto.createHash('sha256').update(body).digest('hex'));
    }
  };
  page.on('response', onResponse);
  await action();
  page.off('response', onResponse);
  return { 'app.js': await loaded['app.js'], 'app.wasm': await loaded['app.wasm'] };
}

async function reloadToUpdate(page) {
  await page.getByRole('status').filter({ hasText: 'A new version of capwalk is ready.' }).waitFor({ timeout: 20000 });
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Reload to update' }).click(),
  ]);
  await page.waitForSelector('html[data-ready="1"]');
}

const appFiles = (build) => ({ 'app.js': build.files['app.js'], 'app.wasm': build.files['app.wasm'] });

test('with the server stopped, the app starts and a whole assessment and a link review work', async () => {
  const server = await serve(distDir);
  const { context, page, problems } = await openApp(browser, server.url, DESKTOP);
  await waitForServiceWorker(page);
  // A link made while online, opened later offline.
  await chooseReceptionist(page);
  await walkAll(page);
  await page.getByRole('button', { name: 'Share with my manager' }).click();
  await page.waitForFunction(() => document.querySelector('textarea[readonly]')?.value.includes('#r='));
  const link = await page.getByRole('textbox', { name: 'Your link' }).inputValue();
  await page.evaluate(() => localStorage.clear());

  await server.stop();
  await page.reload();
  await page.waitForSelector('html[data-ready="1"]');
  await chooseReceptionist(page);
  await walkAll(page);
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Your results' }).count(), 1);
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Shared results' }).waitFor();
  assert.equal(await page.getByText('Answered 9 of 9 capabilities.').count(), 1);
  // The only failures allowed are the update checks that found no server.
  // The optional organisation.json is asked of the host first (sw.js), so it fails here.
  assert.deepEqual(problems.filter((p) => !/sw\.js|ERR_CONNECTION_REFUSED|Failed to fetch|offline use|organisation\.json$/.test(p)), []);
  await context.close();
});

// What a visit asks of the server besides the update check (sw.js) and the deployment's
// own file, which are never cached for good.
const downloaded = (requests) => [...new Set(requests)].filter((f) => f !== 'sw.js' && f !== 'organisation.json').sort();

test('a new build is offered as Reload to update, and afterwards only its cache is left', async (t) => {
  const dir = copyOfDist(t);
  const server = await serve(dir);
  t.after(server.stop);
  const { context, page } = await openApp(browser, server.url, DESKTOP);
  t.after(() => context.close());
  await waitForServiceWorker(page);
  const before = await page.evaluate(() => caches.keys());
  assert.equal(before.length, 1);

  // A later visit downloads nothing: the page, the app and a framework come from the cache.
  server.requests.length = 0;
  await page.reload();
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.waitForFunction(() => !/^(Find the mental health training|Getting the questions ready)/
    .test(document.querySelector('#mirror h1')?.textContent || 'Find the mental health training'));
  assert.deepEqual(downloaded(server.requests), []);

  // "Deploy" a new build: a changed file and a new sw.js. Only the changed file is downloaded.
  fs.appendFileSync(path.join(dir, 'style.css'), '\n/* next build */\n');
  const next = stampServiceWorker(dir);
  assert.notEqual(`capwalk-${next.buildId}`, before[0]);

  server.requests.length = 0;
  await page.reload();
  await page.waitForSelector('html[data-ready="1"]');
  assert.equal(await installOutcome(page), 'installed');
  assert.deepEqual(downloaded(server.requests), ['style.css']);
  await reloadToUpdate(page);
  await page.waitForFunction(async (expected) => {
    const names = await caches.keys();
    return names.length === 1 && names[0] === expected;
  }, `capwalk-${next.buildId}`);
  assert.equal(await page.getByRole('button', { name: 'Reload to update' }).count(), 0);
});

test('on a host that lets browsers keep files for an hour, a new build is cached whole and runs whole', async (t) => {
  const dir = copyOfDist(t);
  const first = stampServiceWorker(dir);
  const server = await serve(dir, { cacheControl: 'max-age=3600' });
  t.after(server.stop);
  const { context, page, problems } = await openApp(browser, server.url, DESKTOP);
  t.after(() => context.close());
  await waitForServiceWorker(page);
  assert.deepEqual(await cachedBuilds(page), { [`capwalk-${first.buildId}`]: first.files });

  // The browser's own cache now holds the first build's files, fresh for an hour, under
  // the names the second build uses too.
  const second = makeNextBuild(dir, 'second build');
  assert.notEqual(second.files['app.js'], first.files['app.js']);
  assert.notEqual(second.files['app.wasm'], first.files['app.wasm']);
  await page.reload();
  await page.waitForSelector('html[data-ready="1"]');
  const loaded = await appFilesLoadedDuring(page, () => reloadToUpdate(page));
  await page.waitForFunction(async () => (await caches.keys()).length === 1);
  assert.deepEqual(await cachedBuilds(page), { [`capwalk-${second.buildId}`]: second.files });
  assert.deepEqual(loaded, appFiles(second), 'the page runs the second build\'s app.js and app.wasm');
  assert.deepEqual(problems, []);
});

test('a deploy caught half-way (a new sw.js, the old app.wasm) is not installed: the old build stays in charge', async (t) => {
  const dir = copyOfDist(t);
  const first = stampServiceWorker(dir);
  const server = await serve(dir, { cacheControl: 'max-age=3600' });
  t.after(server.stop);
  const { context, page, problems } = await openApp(browser, server.url, DESKTOP);
  t.after(() => context.close());
  await waitForServiceWorker(page);

  const staged = copyOfDist(t, dir);
  const second = makeNextBuild(staged, 'second build');
  for (const name of ['sw.js', 'app.js']) fs.copyFileSync(path.join(staged, name), path.join(dir, name));
  await page.reload();
  await page.waitForSelector('html[data-ready="1"]');
  assert.equal(await installOutcome(page), 'redundant', 'the mixed build is refused');
  assert.deepEqual(await cachedBuilds(page), { [`capwalk-${first.buildId}`]: first.files });
  assert.equal(await page.getByRole('button', { name: 'Reload to update' }).count(), 0);
  const loaded = await appFilesLoadedDuring(page, async () => {
    await page.reload();
    await page.waitForSelector('html[data-ready="1"]');
  });
  assert.deepEqual(loaded, appFiles(first), 'the page still runs the first build, whole');

  // The rest of the deploy arrives: the next visit installs the second build.
  fs.copyFileSync(path.join(staged, 'app.wasm'), path.join(dir, 'app.wasm'));
  await page.reload();
  await page.waitForSelector('html[data-ready="1"]');
  await reloadToUpdate(page);
  await page.waitForFunction(async () => (await caches.keys()).length === 1);
  assert.deepEqual(await cachedBuilds(page), { [`capwalk-${second.buildId}`]: second.files });
  assert.deepEqual(problems, []);
});

test("an organisation's own file is kept for use offline, as a kiosk would need it", async (t) => {
  const dir = copyOfDist(t);
  const sample = path.join(distDir, '..', 'tests', 'organisation', 'organisation.json');
  const { name } = JSON.parse(fs.readFileSync(sample, 'utf8'));
  fs.copyFileSync(sample, path.join(dir, 'organisation.json'));
  const server = await serve(dir);
  const { context, page } = await openApp(browser, server.url, DESKTOP);
  await waitForServiceWorker(page);
  await page.reload();  // now through the service worker, which keeps a copy
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByText(name, { exact: true }).waitFor();
  await server.stop();
  await page.reload();
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByText(name, { exact: true }).waitFor();
  assert.equal(await page.getByText(name, { exact: true }).count(), 1);
  await context.close();
});
