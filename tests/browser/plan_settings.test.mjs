// After the results: the development plan and its printable view, starting again
// from an earlier assessment, settings, deleting everything, and storage trouble.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot, PHONE, DESKTOP, serveAndLaunch, url, browser } from './harness.mjs';
import { chooseReceptionist, rate, next, walkAll } from './journey.mjs';

serveAndLaunch();

async function finishedAssessment(options = DESKTOP) {
  const app = await openApp(browser, url, options);
  await chooseReceptionist(app.page);
  await walkAll(app.page);
  return app;
}

test('a plan is made from the needs, saved, and printed with everything escaped', async () => {
  const { context, page, problems } = await finishedAssessment();
  await page.getByRole('button', { name: 'Make a development plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your development plan' }).waitFor();
  const include = page.getByRole('checkbox', { name: /^Work on: / }).first();
  const title = (await include.textContent()).replace('Work on: ', '');
  await include.click();
  await page.getByRole('textbox', { name: 'Goal' }).waitFor();
  await page.getByRole('textbox', { name: 'Goal' }).fill('Talk about mental health without awkwardness');
  await page.getByRole('textbox', { name: 'What I will do' }).fill('<img src=x onerror=alert(1)> the e-learning');
  await page.getByRole('textbox', { name: 'By when' }).fill('End of March');
  await page.getByRole('textbox', { name: 'Support I need' }).fill('An hour of study time');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('capwalk.data')).data.assessments[0].plan[0]?.support === 'An hour of study time');
  await screenshot(page, 'plan-desktop');

  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await page.getByRole('button', { name: 'Print or save my plan' }).click();
  await page.waitForFunction(() => window.printed === true);
  const view = page.locator('#print-view');
  assert.equal(await view.locator('h2').first().textContent(), title);
  assert.match(await view.textContent(), /<img src=x onerror=alert\(1\)> the e-learning/);
  assert.equal(await view.locator('img').count(), 0, 'the note is text, not markup');
  assert.equal(dialogs, 0, 'nothing ran');
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'plan-print');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('text size, colours and motion are chosen in settings and remembered', async () => {
  const { context, page, problems } = await openApp(browser, url, PHONE);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.getByRole('radio', { name: '200%' }).click();
  await page.getByRole('radio', { name: 'High contrast' }).click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'high-contrast');
  const settings = await page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.data')).data.settings);
  assert.equal(settings.text_scale_percent, 200);
  assert.equal(settings.theme, 'high-contrast');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Find the mental health training your role needs' }).waitFor();
  await screenshot(page, 'welcome-200-high-contrast-phone');
  // Nothing wider than the screen at 200%.
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('#mirror .m')]
    .every((el) => el.getBoundingClientRect().right <= innerWidth + 0.5)), true);
  await page.reload();
  await page.waitForSelector('html[data-ready="1"]');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'high-contrast', 'remembered');
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Dark' }).click();
  await page.getByRole('radio', { name: /^100%/ }).click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await screenshot(page, 'settings-dark-phone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Delete all my data, after confirming, leaves nothing behind', async () => {
  const { context, page, problems } = await finishedAssessment();
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await page.getByRole('heading', { level: 2, name: 'Your saved assessments' }).waitFor();
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Keep my data' }).click();
  assert.ok(await page.evaluate(() => localStorage.getItem('capwalk.data') !== null), 'kept when not confirmed');
  await page.getByRole('button', { name: 'Delete all my data' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await page.getByRole('heading', { level: 1, name: 'Find the mental health training your role needs' }).waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('capwalk'))), []);
  assert.equal(await page.getByRole('heading', { name: 'Your saved assessments' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('with storage switched off, a banner says so and the assessment still works', async () => {
  const { context, page, problems } = await openApp(browser, url, DESKTOP, {
    initScript: () => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    },
  });
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByRole('status').filter({ hasText: 'your answers will be lost when you close this page' }).waitFor();
  await chooseReceptionist(page);
  await rate(page, 'Developing');
  await next(page, 'Next');
  assert.deepEqual(problems.filter((p) => !p.includes('could not save')), []);
  await context.close();
});

test('when the storage is full, the person is told and nothing already saved is lost', async () => {
  const { context, page } = await openApp(browser, url);
  await chooseReceptionist(page);
  await rate(page, 'Developing');
  await next(page, 'Next');
  const before = await page.evaluate(() => localStorage.getItem('capwalk.data'));
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await rate(page, 'Confident');
  await page.getByRole('status').filter({ hasText: 'could not save your latest answers' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('capwalk.data')), before);
  await context.close();
});

test("another tab's change is picked up, with a note saying so, and this tab stays on its page", async () => {
  // Another tab writing the saved data is simulated the way the browser reports it:
  // the stored document changes and a "storage" event arrives. (tabs.test.mjs has
  // real tabs.) Here the other tab's copy is one from before the first answer.
  const { context, page, problems } = await openApp(browser, url);
  await chooseReceptionist(page);
  const firstPage = await page.getByRole('heading', { level: 1 }).textContent();
  const earlier = await page.evaluate(() => localStorage.getItem('capwalk.data'));
  await rate(page, 'Developing');
  await next(page, 'Next');
  const secondPage = await page.getByRole('heading', { level: 1 }).textContent();
  await page.evaluate((doc) => {
    const old = localStorage.getItem('capwalk.data');
    localStorage.setItem('capwalk.data', doc);
    window.dispatchEvent(new StorageEvent('storage', { key: 'capwalk.data', oldValue: old, newValue: doc, storageArea: localStorage }));
  }, earlier);
  await page.getByRole('status').filter({ hasText: 'Changes made in another tab or window are shown here too.' }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), secondPage, 'still on its page');
  // The other tab's version of the first answer (none) is what this page now holds.
  await next(page, 'Back');
  await page.getByRole('heading', { level: 1, name: firstPage }).waitFor();
  assert.equal(await page.locator('[role=radio][aria-checked=true]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
