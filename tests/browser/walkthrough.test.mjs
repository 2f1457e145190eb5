// The product: a receptionist picks their role, walks every capability it needs,
// rates themselves and sees their needs — autosaved, and resumable after a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, launchBrowser, openApp, screenshot, PHONE, DESKTOP } from './harness.mjs';

const RATING_QUESTION = 'How would you rate yourself?';
let server, url, browser;
before(async () => {
  ({ server, url } = await startServer());
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function chooseReceptionist(page) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose a framework' }).waitFor();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  await page.getByRole('textbox', { name: 'Search roles' }).fill('front desk');
  const receptionist = page.getByRole('button', { name: 'Receptionist (GP practice)' });
  await receptionist.waitFor();
  await page.waitForFunction(() => document.querySelectorAll('#mirror button').length < 12);  // filtered
  await receptionist.click();
  await page.getByRole('heading', { level: 1, name: 'About your work' }).waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Tier 1 – Awareness (suggested)' }).isChecked(), true);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByRole('progressbar', { name: 'Progress' }).waitFor();
}

// Reads "n of m" from the progress bar.
async function position(page) {
  const text = await page.getByRole('progressbar', { name: 'Progress' }).getAttribute('aria-valuetext');
  const [n, m] = text.split(' of ').map(Number);
  return { n, m };
}

async function rate(page, label) {
  const radio = page.getByRole('radiogroup', { name: RATING_QUESTION }).getByRole('radio', { name: label, exact: true });
  await radio.click();
  await page.waitForFunction((l) => [...document.querySelectorAll('[role=radio][aria-checked=true]')]
    .some((r) => r.textContent === l), label);
}

async function next(page, expected) {
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('button', { name: expected }).click();
  await page.waitForFunction((t) => document.querySelector('#mirror h1')?.textContent !== t, title);
}

const PATTERN = ['Not yet', 'Developing', 'Confident', 'Not had the opportunity', 'Could support others', 'Not sure'];

async function walkAll(page, { screenshotName } = {}) {
  const notYet = [];
  const { m } = await position(page);
  for (let i = 1; i <= m; i++) {
    assert.deepEqual(await position(page), { n: i, m });
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    const rating = PATTERN[(i - 1) % PATTERN.length];
    await rate(page, rating);
    if (rating === 'Not yet') notYet.push(title);
    if (i === 1 && screenshotName) await screenshot(page, screenshotName);
    await next(page, i === m ? 'See my results' : 'Next');
  }
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  return { total: m, notYet };
}

async function journey(options, name) {
  const started = Date.now();
  const { context, page, problems } = await openApp(browser, url, options);
  await chooseReceptionist(page);
  const { total, notYet } = await walkAll(page, { screenshotName: `capability-${name}` });
  assert.equal(await page.getByText(`You answered ${total} of ${total} capabilities.`).count(), 1);
  // Every "Not yet" is a development need, first in the list.
  const needs = await page.getByRole('heading', { level: 3 }).allTextContents();
  for (const [i, title] of notYet.entries()) assert.equal(needs[i], `${i + 1}. ${title}`);
  await screenshot(page, `results-${name}`);
  // What was stored is what was answered.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.data')));
  const assessment = stored.data.assessments[0];
  assert.equal(assessment.role_id, 'gp-receptionist');
  assert.equal(Object.values(assessment.answers).filter((a) => a.rating === 'not-yet').length, notYet.length);
  assert.deepEqual(problems, []);
  await context.close();
  return { total, seconds: (Date.now() - started) / 1000 };
}

test('a receptionist completes a whole core-framework assessment (desktop)', async () => {
  const { total, seconds } = await journey(DESKTOP, 'desktop');
  console.log(`receptionist journey, ${total} capabilities, desktop: ${seconds.toFixed(1)} s of automated clicking`);
});

test('the same journey on a phone (360×740)', async () => {
  const { total, seconds } = await journey(PHONE, 'phone');
  console.log(`receptionist journey, ${total} capabilities, phone: ${seconds.toFixed(1)} s of automated clicking`);
});

test('a reload half-way offers Continue where you left off, with every answer intact', async () => {
  const { context, page, problems } = await openApp(browser, url);
  await chooseReceptionist(page);
  const titles = [];
  for (let i = 0; i < 3; i++) {
    titles.push(await page.getByRole('heading', { level: 1 }).textContent());
    await rate(page, PATTERN[i]);
    if (i === 1) {
      await page.getByRole('checkbox', { name: "I'd like training on this" }).click();
      await page.getByRole('textbox', { name: 'Private note (optional)' }).fill('Ask Sam about the course');
    }
    await next(page, 'Next');
  }
  const fourth = await page.getByRole('heading', { level: 1 }).textContent();
  await page.reload();
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await page.getByRole('heading', { level: 1, name: fourth }).waitFor();
  assert.deepEqual(await position(page), { n: 4, m: (await position(page)).m });
  for (let i = 2; i >= 0; i--) {
    await next(page, 'Back');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), titles[i]);
    const checked = page.getByRole('radiogroup', { name: RATING_QUESTION }).locator('[aria-checked=true]');
    assert.equal(await checked.textContent(), PATTERN[i]);
    if (i === 1) {
      assert.equal(await page.getByRole('checkbox', { name: "I'd like training on this" }).isChecked(), true);
      assert.equal(await page.getByRole('textbox', { name: 'Private note (optional)' }).inputValue(), 'Ask Sam about the course');
    }
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('number keys choose a rating and Enter moves on', async () => {
  const { context, page } = await openApp(browser, url);
  await chooseReceptionist(page);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('3');
  await page.waitForFunction(() => document.querySelector('[role=radio][aria-checked=true]')?.textContent === 'Confident');
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.querySelector('#mirror h1')?.textContent !== t, title);
  assert.equal((await position(page)).n, 2);
  // Arrow keys move through the rating options like any radio group.
  await page.getByRole('radio', { name: 'Not yet', exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('[role=radio][aria-checked=true]')?.textContent === 'Developing');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Developing');
  await context.close();
});
