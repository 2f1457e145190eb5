// Choosing a framework, and bringing an organisation's own framework file: opened
// with the file chooser or dropped on the page, validated by the app's own loader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, screenshot, PHONE, serveAndLaunch, url, browser } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const example = path.join(root, 'tests/frameworks/minimal.json');
const broken = (name) => path.join(root, 'tests/frameworks/broken', name);
const QUESTION = 'Which framework do you want to use?';

serveAndLaunch();

async function openFrameworks(options) {
  const app = await openApp(browser, url, options);
  await app.page.getByRole('button', { name: 'Start' }).click();
  await app.page.getByRole('button', { name: 'Change the framework' }).click();  // on the role screen
  await app.page.getByRole('heading', { level: 1, name: 'Choose a framework' }).waitFor();
  return app;
}

async function openFile(page, file) {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: /^Open (a framework|another) file$/ }).click(),
  ]);
  await chooser.setFiles(file);
}

test("an organisation's own framework file can be opened and chosen", async () => {
  const { context, page, problems } = await openFrameworks();
  await openFile(page, example);
  const status = page.getByRole('status').filter({ hasText: 'Added' });
  await status.waitFor();
  assert.equal(await status.textContent(), 'Added “Example Trust skills”. You can choose it below. It stays until you close this page.');
  const mine = page.getByRole('radiogroup', { name: QUESTION }).getByRole('radio', { name: 'Example Trust skills' });
  assert.equal(await mine.isChecked(), true);
  const description = await mine.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')).textContent);
  assert.match(description, /Opened from your file “minimal\.json”\./);
  await screenshot(page, 'framework-added-desktop');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a broken file is refused with each problem and its place in the file', async () => {
  const { context, page, problems } = await openFrameworks(PHONE);
  await openFile(page, broken('unknown-tier.json'));
  await page.getByRole('heading', { level: 1, name: 'This file cannot be used' }).waitFor();
  assert.equal(await page.getByText('capwalk cannot use this file. It has 1 problem that needs fixing. Whoever wrote the file can use the list below.').count(), 1);
  assert.equal(await page.getByText('capabilities[0].tiers.4: unknown tier "4": the framework declares tiers 1, 2, 3').count(), 1);
  await screenshot(page, 'framework-refused-phone');

  // Another try from the same screen: not a framework at all.
  await openFile(page, path.join(root, 'frameworks/roles.json'));
  await page.getByText('capwalk cannot use this file. It is a list of roles, not a framework.').waitFor();

  await page.getByRole('button', { name: 'Back to frameworks' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose a framework' }).waitFor();
  assert.equal(await page.getByRole('radiogroup', { name: QUESTION }).getByRole('radio').count(), 4, 'nothing was added');
  assert.equal(await page.getByRole('radio', { name: 'Core capabilities', exact: true }).isChecked(), true, 'the choice is kept');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a framework file dropped on the page is opened the same way', async () => {
  const { context, page, problems } = await openFrameworks();
  const text = fs.readFileSync(example, 'utf8');
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
    document.getElementById('mirror').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await page.getByRole('status').filter({ hasText: 'Added “Example Trust skills”' }).waitFor();
  const mine = page.getByRole('radio', { name: 'Example Trust skills' });
  const description = await mine.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby')).textContent);
  assert.match(description, /“dropped\.json”/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file that is not JSON at all is refused in plain words, and the app keeps running', async () => {
  const { context, page, problems } = await openFrameworks();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['{ "format": 1, oops'], 'notes.txt', { type: 'text/plain' }));
    document.getElementById('mirror').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await page.getByText('capwalk cannot use this file. It is not a framework file: capwalk could not read it as one.').waitFor();
  assert.equal(await page.getByText(/^this is not valid JSON \(line 1, column 1[0-9]\)/).count(), 1);
  await page.getByRole('button', { name: 'Back to frameworks' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose a framework' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
