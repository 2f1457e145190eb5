// Issue 19, on a phone (360×740): a listed role is at most three actions from Start to
// its first capability; on a capability page at Tier 2 the title, the statements, the
// whole rating group and Next fit 1.6 screens, with the training request and the note
// after Next; the first screen of the results holds the first
// need and its Start here learning, and the charts follow. Screenshots of each screen
// at phone and desktop sizes go to build/screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, PHONE, openApp, screenshot, serveAndLaunch, url, browser } from './harness.mjs';
import { RATING_QUESTION, rate, walkAll } from './journey.mjs';

serveAndLaunch();

const SCREEN = PHONE.viewport.height;

// How many screens tall the page is: the canvas page scrolls natively, and the app
// makes it as tall as what it drew (main.cpp content_height).
const screens = (page) => page.evaluate(() => document.documentElement.scrollHeight / innerHeight);

// An item's rectangle in page coordinates, whatever the scroll.
const rectOf = (locator) => locator.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top + scrollY, bottom: r.bottom + scrollY, height: r.height };
});

// Start, the housing officer (listed: no search needed) and Start the assessment,
// each counted; returns the number of actions it took to reach the first capability.
async function housingOfficerFirstCapability(page, size) {
  let actions = 0;
  const act = async (locator) => { await locator.click(); actions++; };
  await act(page.getByRole('button', { name: 'Start', exact: true }));
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  await page.getByText('Framework: Core capabilities.').waitFor();
  await page.waitForTimeout(100);
  if (size) await screenshot(page, `fit-choose-role-${size}`);
  await act(page.getByRole('button', { name: /^Housing officer/ }));
  await page.getByRole('heading', { level: 1, name: 'About your work' }).waitFor();
  await page.getByText('Tier 2 – Regular contact, suggested for your role.').waitFor();
  assert.equal(await page.getByRole('radio', { name: 'Often' }).count(), 0, 'no contact questions for a listed role');
  await page.waitForTimeout(100);
  if (size) await screenshot(page, `fit-about-your-work-${size}`);
  await act(page.getByRole('button', { name: 'Start the assessment' }));
  await page.getByRole('progressbar', { name: 'Progress' }).waitFor();
  return actions;
}

test('a listed role is three actions from Start to its first capability, whose rating and Next fit 1.6 phone screens', async () => {
  const { context, page, problems } = await openApp(browser, url, PHONE);
  assert.equal(await housingOfficerFirstCapability(page, 'phone'), 3);
  await page.getByRole('heading', { level: 2, name: 'At Tier 2, this means' }).waitFor();
  // The title, the statements, the whole rating group and Next fit 1.6 screens; the
  // training request and the note come after Next (the page goes on below them).
  const title = await rectOf(page.getByRole('heading', { level: 1 }));
  // The group element itself has no box: its last option ends it.
  const group = await rectOf(page.getByRole('radiogroup', { name: RATING_QUESTION }).getByRole('radio').last());
  const next = await rectOf(page.getByRole('button', { name: 'Next', exact: true }));
  const training = await rectOf(page.getByRole('checkbox', { name: "I'd like training on this" }));
  const note = await rectOf(page.getByRole('textbox', { name: 'Private note (optional)' }));
  console.log(`capability page, Tier 2 housing officer, phone: title from ${Math.round(title.top)} px, rating group ` +
              `to ${Math.round(group.bottom)} px, Next ends at ${Math.round(next.bottom)} px = ` +
              `${(next.bottom / SCREEN).toFixed(2)} screens; the whole page with the note ${(await screens(page)).toFixed(2)} screens`);
  assert.ok(group.bottom <= 1.6 * SCREEN && next.bottom <= 1.6 * SCREEN, `Next ends at ${next.bottom} px`);
  assert.ok(next.bottom <= training.top && next.bottom <= note.top, 'Next before the training box and the note');
  // Every option is still a large target, and its explanation is still read out.
  for (const radio of await page.getByRole('radiogroup', { name: RATING_QUESTION }).getByRole('radio').all()) {
    assert.ok((await radio.boundingBox()).height >= 44);
    assert.ok(await radio.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby'))?.textContent));
  }
  await screenshot(page, 'fit-capability-phone');
  // The keyboard's focus on an option shows its explanation too.
  const notYet = page.getByRole('radio', { name: 'Not yet', exact: true });
  const oneLine = (await notYet.boundingBox()).height;
  for (let i = 0; i < 40 && !(await notYet.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await page.waitForFunction((h) => document.querySelector('[role=radio]').getBoundingClientRect().height > h, oneLine);
  // A click on another option lands there, though the focus (and the explanation) moves.
  await rate(page, 'Developing');
  await page.waitForTimeout(100);
  await screenshot(page, 'fit-capability-rated-phone');
  const rated = await rectOf(page.getByRole('button', { name: 'Next', exact: true }));
  console.log(`  with Developing chosen and explained, Next ends at ${Math.round(rated.bottom)} px = ${(rated.bottom / SCREEN).toFixed(2)} screens`);
  assert.ok(rated.bottom <= 1.6 * SCREEN, `with the chosen option explained, Next ends at ${rated.bottom} px`);
  // The lower tier's statements and what it looks like in supported living are folded,
  // and open.
  await page.getByRole('button', { name: 'More about this capability' }).click();
  await page.getByRole('heading', { level: 3, name: 'It builds on Tier 1' }).waitFor();
  await page.getByRole('heading', { level: 3, name: 'In supported living' }).waitFor();
  await page.waitForTimeout(100);
  await screenshot(page, 'fit-capability-more-phone');
  await page.getByRole('button', { name: 'Show less' }).click();
  await page.getByRole('heading', { level: 3, name: 'It builds on Tier 1' }).waitFor({ state: 'detached' });
  // Number keys still rate and Enter still moves on (from the heading: Enter on a
  // button presses that button).
  await page.getByRole('heading', { level: 1 }).focus();
  await page.keyboard.press('3');
  await page.waitForFunction(() => document.querySelector('[role=radio][aria-checked=true]')?.textContent === 'Confident');
  const name = await page.getByRole('heading', { level: 1 }).textContent();
  await page.keyboard.press('Enter');
  await page.waitForFunction((t) => document.querySelector('#mirror h1')?.textContent !== t, name);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a phone\'s first screen of results holds the first need and its Start here learning; the charts follow', async () => {
  const { context, page, problems } = await openApp(browser, url, PHONE);
  await housingOfficerFirstCapability(page);
  await walkAll(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(100);
  console.log(`results, phone: ${(await screens(page)).toFixed(2)} screens`);
  const need = await rectOf(page.locator('#mirror h3').filter({ hasText: /^1\. / }));
  const startHere = await rectOf(page.getByText(/^Start here: /).first());
  const add = await rectOf(page.getByRole('button', { name: 'Add to my plan' }).first());
  console.log(`  first need ${Math.round(need.top)} px, its Start here ${Math.round(startHere.top)} px, Add to my plan ends ${Math.round(add.bottom)} px`);
  assert.ok(need.bottom <= SCREEN && startHere.bottom <= SCREEN && add.bottom <= SCREEN, 'the first need on the first screen');
  const charts = await rectOf(page.getByRole('heading', { level: 2, name: 'By area' }));
  assert.ok(charts.top > need.bottom, 'the charts follow the needs');
  await screenshot(page, 'fit-results-phone');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the changed screens on a desktop', async () => {
  const { context, page, problems } = await openApp(browser, url, DESKTOP);
  assert.equal(await housingOfficerFirstCapability(page, 'desktop'), 3);
  await rate(page, 'Developing');
  await page.waitForTimeout(100);
  await screenshot(page, 'fit-capability-desktop');
  await walkAll(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(100);
  await screenshot(page, 'fit-results-desktop');
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 200% text the compact ratings and Back and Next still work on a phone', async () => {
  const { context, page, problems } = await openApp(browser, url, PHONE);
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: '200%' }).click();
  await page.waitForFunction(() => [...document.querySelectorAll('[role=radio][aria-checked=true]')].some((r) => r.textContent === '200%'));
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await housingOfficerFirstCapability(page);
  await rate(page, 'Not had the opportunity');
  for (const radio of await page.getByRole('radiogroup', { name: RATING_QUESTION }).getByRole('radio').all())
    assert.ok((await radio.boundingBox()).height >= 44);
  const back = await page.getByRole('button', { name: 'Back', exact: true }).boundingBox();
  const next = await page.getByRole('button', { name: 'Next', exact: true }).boundingBox();
  assert.ok(back.height >= 44 && next.height >= 44);
  assert.ok(next.y >= back.y + back.height || next.x >= back.x + back.width, 'Back and Next do not overlap');
  await page.getByRole('radio', { name: 'Not had the opportunity', exact: true }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(200);
  await screenshot(page, 'fit-capability-200-phone');
  assert.deepEqual(problems, []);
  await context.close();
});
