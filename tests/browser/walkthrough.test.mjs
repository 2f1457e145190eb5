// The product: a receptionist picks their role, walks every capability it needs,
// rates themselves and sees their needs — autosaved, and resumable after a reload.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot, PHONE, DESKTOP, serveAndLaunch, url, browser } from './harness.mjs';
import { chooseReceptionist, position, rate, next, walkAll, PATTERN, RATING_QUESTION } from './journey.mjs';

serveAndLaunch();

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

test('screenshots of every walkthrough screen at phone and desktop sizes', async () => {
  for (const [options, size] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
    const { context, page } = await openApp(browser, url, options);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('textbox', { name: 'Search roles' }).fill('housing');
    await page.getByRole('button', { name: /^Housing officer/ }).waitFor();
    await screenshot(page, `choose-role-${size}`);
    await page.getByRole('button', { name: /^Housing officer/ }).click();
    await page.getByRole('heading', { level: 1, name: 'About your work' }).waitFor();
    await page.getByText('Tier 2 – Regular contact, suggested for your role.').waitFor();
    await screenshot(page, `about-your-work-suggested-${size}`);
    // Change brings back the two questions and the tiers.
    await page.getByRole('button', { name: 'Change', exact: true }).click();
    await page.getByRole('radio', { name: 'Often' }).click();
    await page.getByRole('radio', { name: 'Mostly on my own' }).click();
    await page.waitForFunction(() => [...document.querySelectorAll('[role=radio]')].some((r) => r.textContent === 'Tier 3 – Specialist or autonomous (suggested)'));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(100);
    await screenshot(page, `about-your-work-${size}`);
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await rate(page, 'Developing');
    await page.getByRole('checkbox', { name: "I'd like training on this" }).click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(100);
    await screenshot(page, `capability-top-${size}`);
    await page.getByRole('button', { name: 'All capabilities' }).click();
    await page.getByRole('heading', { level: 1, name: 'All capabilities' }).waitFor();
    await screenshot(page, `contents-${size}`);
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
    await page.getByRole('button', { name: 'Back to the start' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your saved assessments' }).waitFor();
    await screenshot(page, `welcome-saved-${size}`);
    await context.close();
  }
});

