// Offline: after one visit the app works with the web server gone, and a new build is
// offered as "Reload to update" instead of switching silently.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStaticServer } from '../../scripts/static-server.mjs';
import { launchBrowser, openApp, distDir, DESKTOP } from './harness.mjs';
import { chooseReceptionist, walkAll } from './journey.mjs';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// A server of its own for each test, so it can be stopped and its files changed.
async function serve(dir) {
  const server = createStaticServer(dir);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    stop: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

function copyOfDist() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capwalk-dist-'));
  fs.cpSync(distDir, dir, { recursive: true });
  return dir;
}

async function waitForServiceWorker(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

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
  assert.deepEqual(problems.filter((p) => !/sw\.js|ERR_CONNECTION_REFUSED|Failed to fetch|offline use/.test(p)), []);
  await context.close();
});

test('a new build is offered as Reload to update, and afterwards only its cache is left', async () => {
  const dir = copyOfDist();
  const server = await serve(dir);
  const { context, page } = await openApp(browser, server.url, DESKTOP);
  await waitForServiceWorker(page);
  const before = await page.evaluate(() => caches.keys());
  assert.equal(before.length, 1);

  // "Deploy" a new build: a changed file and a new build id in sw.js.
  fs.appendFileSync(path.join(dir, 'style.css'), '\n/* next build */\n');
  const sw = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8');
  fs.writeFileSync(path.join(dir, 'sw.js'), sw.replace(/const BUILD_ID = '[^']*'/, "const BUILD_ID = 'next-build'"));

  await page.reload();
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByRole('status').filter({ hasText: 'A new version of capwalk is ready.' }).waitFor({ timeout: 20000 });
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Reload to update' }).click(),
  ]);
  await page.waitForSelector('html[data-ready="1"]');
  await page.waitForFunction(async () => {
    const names = await caches.keys();
    return names.length === 1 && names[0] === 'capwalk-next-build';
  });
  assert.equal(await page.getByRole('button', { name: 'Reload to update' }).count(), 0);
  await context.close();
  await server.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});
