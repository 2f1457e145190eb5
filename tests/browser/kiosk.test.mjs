// Kiosk mode on a shared device: answers in memory only, "Are you still there?" after
// a time without input, and everything wiped when nobody answers — driven with
// Playwright's fake clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot, serveAndLaunch, url, browser, DESKTOP } from './harness.mjs';
import { chooseReceptionist, rate } from './journey.mjs';

serveAndLaunch();

const WELCOME = 'Find the mental health training your role needs';

async function kioskPage() {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(msg.text()); });
  await page.clock.install();
  await page.goto(url + '?kiosk');
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByRole('heading', { level: 1, name: 'Set up kiosk mode' }).waitFor();
  assert.equal(await page.getByLabel('Choose a PIN').getAttribute('type'), 'password', 'the PIN is not shown');
  await page.getByLabel('Choose a PIN').fill('2468');
  await page.getByLabel('Type the PIN again').fill('2468');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Switch kiosk mode on' }).click()]);
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByText(/^This is a shared device/).waitFor();
  return { context, page, problems };
}

const capwalkKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('capwalk')));

test('answers live in memory only; "I\'m still here" keeps them; running out wipes them', async () => {
  const { context, page, problems } = await kioskPage();
  await chooseReceptionist(page);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await rate(page, 'Developing');
  await page.getByRole('textbox', { name: 'Private note (optional)' }).fill('my private thought');
  assert.deepEqual(await capwalkKeys(page), ['capwalk.kiosk'], 'only the kiosk settings are stored');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);

  // Three minutes without input: the warning, with time to answer.
  await page.clock.fastForward(179_000);
  assert.equal(await page.getByRole('heading', { name: 'Are you still there?' }).count(), 0, 'not before 3 minutes');
  await page.clock.fastForward(2_000);
  await page.getByRole('heading', { level: 1, name: 'Are you still there?' }).waitFor();
  await page.getByRole('status').getByText("this page will clear them in 30 seconds unless you choose I'm still here.", { exact: false }).waitFor();
  await page.getByText(/Seconds left: (30|29)/).waitFor();
  await screenshot(page, 'kiosk-warning-desktop');
  await page.clock.fastForward(10_000);
  await page.getByText(/Seconds left: 2[01]$/).waitFor();
  await page.getByRole('button', { name: "I'm still here" }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  assert.equal(await page.locator('[role=radio][aria-checked=true]').textContent(), 'Developing', 'answers kept');

  // Again, and this time nobody answers.
  await page.clock.fastForward(181_000);
  await page.getByRole('heading', { level: 1, name: 'Are you still there?' }).waitFor();
  await Promise.all([page.waitForEvent('load'), page.clock.fastForward(31_000)]);
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByRole('heading', { level: 1, name: WELCOME }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Continue where you left off' }).count(), 0);
  assert.deepEqual(await capwalkKeys(page), ['capwalk.kiosk']);
  assert.equal(await page.evaluate(() => sessionStorage.length), 0);
  assert.equal(await page.evaluate(() => location.hash), '');
  // Back shows nothing of the person.
  await page.goBack().catch(() => {});
  await page.waitForTimeout(500);
  assert.equal(await page.getByText('my private thought').count(), 0);
  assert.equal(await page.locator('[role=radio][aria-checked=true]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Finish and clear offers the results to take away, then wipes everything', async () => {
  const { context, page } = await kioskPage();
  await chooseReceptionist(page);
  await rate(page, 'Not yet');
  await page.getByRole('button', { name: 'All capabilities' }).click();
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('button', { name: 'Finish and clear' }).click();
  await page.getByRole('heading', { level: 1, name: 'Take your results with you' }).waitFor();
  assert.equal(await page.getByRole('img', { name: 'QR code of the link' }).count(), 1);
  await screenshot(page, 'kiosk-take-away-desktop');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Clear everything and finish' }).click()]);
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByRole('heading', { level: 1, name: WELCOME }).waitFor();
  assert.deepEqual(await capwalkKeys(page), ['capwalk.kiosk']);
  await context.close();
});

test('kiosk mode can only be switched off with the PIN', async () => {
  const { context, page } = await kioskPage();
  await page.getByRole('button', { name: 'Kiosk settings' }).click();
  await page.getByLabel('Kiosk PIN').fill('1111');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('status').filter({ hasText: 'That PIN is not right.' }).waitFor();
  await page.getByLabel('Kiosk PIN').fill('2468');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Switch kiosk mode off' }).click()]);
  await page.waitForSelector('html[data-ready="1"]');
  assert.deepEqual(await capwalkKeys(page), []);
  assert.equal(new URL(page.url()).searchParams.has('kiosk'), false);
  await page.getByRole('button', { name: 'Open my team view' }).waitFor();  // the ordinary welcome screen
  await context.close();
});
