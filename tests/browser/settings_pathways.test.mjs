// Pathways by service setting: the same role in a crisis team and in supported living
// sees a different first capability and a different first need for the same answers;
// "I work across several" works; an optional capability skipped is listed as skipped,
// not as a need; and changing the setting later keeps every answer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, openApp, screenshot, serveAndLaunch, url, browser } from './harness.mjs';
import { next, position, rate } from './journey.mjs';

serveAndLaunch();

const SETTING_QUESTION = 'Where do you work?';

async function toAboutYourWork(page, search, role) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('textbox', { name: 'Search roles' }).fill(search);
  await page.getByRole('button', { name: new RegExp('^' + role) }).click();
  await page.getByRole('heading', { level: 1, name: 'About your work' }).waitFor();
}

async function chooseSetting(page, name) {
  await page.getByRole('radiogroup', { name: SETTING_QUESTION }).getByRole('radio', { name, exact: true }).click();
  await page.waitForFunction((n) => [...document.querySelectorAll('[role=radio][aria-checked=true]')]
    .some((r) => r.textContent === n), name);
}

async function startAssessment(page) {
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByRole('progressbar', { name: 'Progress' }).waitFor();
}

async function title(page) {
  return page.getByRole('heading', { level: 1 }).textContent();
}

// Rates every page `rating` and returns the titles in the order walked.
async function walkRating(page, rating) {
  const titles = [];
  const { m } = await position(page);
  for (let i = 1; i <= m; i++) {
    titles.push(await title(page));
    await rate(page, rating);
    await next(page, i === m ? 'See my results' : 'Next');
  }
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  return titles;
}

// The headings of the needs under "What to work on first", without their numbers.
async function needs(page) {
  return page.evaluate(() => {
    const items = [...document.querySelectorAll('#mirror > *')];
    const start = items.findIndex((el) => el.tagName === 'H2' && el.textContent === 'What to work on first');
    const end = items.findIndex((el, i) => i > start && el.tagName === 'H2');
    return items.slice(start + 1, end).filter((el) => el.tagName === 'H3')
      .map((el) => el.textContent.replace(/^\d+\. /, ''));
  });
}

async function supportWorkerIn(setting, viewport, shot) {
  const { context, page, problems } = await openApp(browser, url, viewport);
  await toAboutYourWork(page, 'supported living', 'Supported living support worker');
  await chooseSetting(page, setting);
  await startAssessment(page);
  const line = setting === 'Crisis and urgent care' ? 'In crisis services this matters most'
    : 'In supported living this matters most';
  await page.getByText(line, { exact: true }).waitFor();
  if (shot) await screenshot(page, shot);
  const walked = await walkRating(page, 'Developing');
  const found = await needs(page);
  assert.deepEqual(problems, []);
  return { context, page, walked, found };
}

test('the same role in crisis care and in supported living sees a different first capability and first need', async () => {
  const crisis = await supportWorkerIn('Crisis and urgent care', PHONE, 'setting-crisis-first-page-phone');
  const living = await supportWorkerIn('Supported living and housing', DESKTOP, 'setting-supported-living-first-page-desktop');
  assert.notEqual(crisis.walked[0], living.walked[0], 'a different first capability');
  assert.deepEqual([...crisis.walked].sort(), [...living.walked].sort(), 'the same capabilities');
  assert.ok(crisis.found.length > 0 && living.found.length > 0);
  assert.notEqual(crisis.found[0], living.found[0], 'a different first need for the same answers');
  assert.equal(crisis.found[0], crisis.walked[0], 'the first need is the first emphasised capability');
  await crisis.page.getByText(/ · Crisis and urgent care · /).waitFor();
  await screenshot(crisis.page, 'setting-crisis-results-phone');
  await crisis.context.close();
  await living.context.close();
});

test('"I work across several" keeps each setting ticked, and the first page says where it matters', async () => {
  const { context, page, problems } = await openApp(browser, url, PHONE);
  await toAboutYourWork(page, 'supported living', 'Supported living support worker');
  // The role suggests supported living.
  assert.equal(await page.getByRole('radio', { name: 'Supported living and housing', exact: true }).isChecked(), true);
  await chooseSetting(page, 'I work across several');
  const crisis = page.getByRole('checkbox', { name: 'Crisis and urgent care' });
  const living = page.getByRole('checkbox', { name: 'Supported living and housing' });
  assert.equal(await living.isChecked(), true, 'what was chosen stays ticked');
  await crisis.click();
  await page.waitForFunction(() => [...document.querySelectorAll('[role=checkbox][aria-checked=true]')].length === 2);
  await screenshot(page, 'setting-several-phone');
  await startAssessment(page);
  const first = await title(page);
  const line = await page.evaluate(() => [...document.querySelectorAll('#mirror *')]
    .map((el) => el.textContent).find((t) => /^In .* this matters most$/.test(t)));
  assert.ok(line, 'the first page says it matters most');
  await page.getByRole('button', { name: 'All capabilities' }).click();
  await page.getByRole('heading', { level: 1, name: 'All capabilities' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'I work across several', exact: true }).isChecked(), true);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.data')));
  assert.deepEqual(stored.data.assessments[0].settings, ['supported-living', 'crisis']);
  assert.ok(first.length > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a skipped optional capability is listed as skipped, not as a need, and changing the setting keeps answers', async () => {
  const { context, page, problems } = await openApp(browser, url, DESKTOP);
  await toAboutYourWork(page, 'supported living', 'Supported living support worker');
  await chooseSetting(page, 'Crisis and urgent care');
  await startAssessment(page);
  const { m } = await position(page);
  let skipped = null;
  for (let i = 1; i <= m; i++) {
    const t = await title(page);
    const skip = page.getByRole('button', { name: 'Skip this capability' });
    if (!skipped && await skip.count() > 0) {
      await screenshot(page, 'setting-optional-page-desktop');
      skipped = t;
      await skip.click();
      await page.waitForFunction((x) => document.querySelector('#mirror h1')?.textContent !== x, t);
      continue;
    }
    await rate(page, 'Not yet');
    await next(page, i === m ? 'See my results' : 'Next');
  }
  assert.ok(skipped, 'a support worker in crisis care meets an optional capability');
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  assert.ok(!(await needs(page)).includes(skipped), 'not a need');
  await page.getByRole('heading', { level: 2, name: 'Skipped' }).waitFor();
  await page.getByText(skipped, { exact: true }).waitFor();
  const before = await page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.data')).data.assessments[0]);
  assert.equal(Object.values(before.answers).filter((a) => a.skipped).length, 1);

  // Change where I work: the pages are re-ordered and no answer changes.
  await page.getByRole('button', { name: 'Change my answers' }).click();
  await page.getByRole('heading', { level: 1, name: 'All capabilities' }).waitFor();
  await chooseSetting(page, 'Supported living and housing');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('capwalk.data')).data.assessments[0]
    .settings[0] === 'supported-living');
  const after = await page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.data')).data.assessments[0]);
  assert.deepEqual(after.answers, before.answers);
  assert.notDeepEqual(after.capability_ids, before.capability_ids);
  assert.deepEqual([...after.capability_ids].sort(), [...before.capability_ids].sort());
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  await page.getByText(/ · Supported living and housing · /).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
