// Kiosk mode on a shared device: answers in memory only, "Are you still there?" after
// a time without input, and everything wiped when nobody answers — driven with
// Playwright's fake clock.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, screenshot, screenshotDir, serveAndLaunch, launchBrowser, url, browser, DESKTOP, isMissingOrganisationFile } from './harness.mjs';
import { chooseReceptionist, rate } from './journey.mjs';

serveAndLaunch();

const WELCOME = 'Find the mental health training your role needs';

async function kioskPage() {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => { if (msg.type() === 'error' && !isMissingOrganisationFile(msg)) problems.push(msg.text()); });
  await page.clock.install();
  await page.goto(url + '?kiosk');
  await page.waitForSelector('html[data-ready="1"]');
  await setUpKiosk(page);
  return { context, page, problems };
}

async function setUpKiosk(page) {
  await page.getByRole('heading', { level: 1, name: 'Set up kiosk mode' }).waitFor();
  assert.equal(await page.getByLabel('Choose a PIN').getAttribute('type'), 'password', 'the PIN is not shown');
  await page.getByLabel('Choose a PIN').fill('2468');
  await page.getByLabel('Type the PIN again').fill('2468');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Switch kiosk mode on' }).click()]);
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByText(/^This is a shared device/).waitFor();
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
  // The scroll Playwright made to reach the field arrives a frame later, in real time,
  // and counts as activity: let it land before the clock jumps.
  await page.waitForTimeout(500);

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
  await page.waitForTimeout(500);

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

const button = (page, name) => page.getByRole('button', { name, exact: true });
const h1 = (page, name) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

// Reads a QR code on the page the way a phone would: from its picture.
async function scanQrCode(page, name) {
  const qr = page.getByRole('img', { name: 'QR code of the link' });
  await qr.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  fs.mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await qr.screenshot({ path: file });
  return execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' }).trim();
}

test('setting up a kiosk says how many assessments will be removed, and offers a backup first', async () => {
  const { context, page, problems } = await openApp(browser, url);
  await chooseReceptionist(page);
  await rate(page, 'Confident');
  await page.getByRole('textbox', { name: 'Private note (optional)' }).fill('keep this one');
  // Saved at the end of the frame that takes the note: on a loaded machine, not always
  // before the next line runs.
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => localStorage.getItem(k).includes('keep this one')));
  await page.goto(url + '?kiosk');
  await page.waitForSelector('html[data-ready="1"]');
  await h1(page, 'Set up kiosk mode');
  await page.getByRole('status').filter({ hasText:
    'This device has 1 saved assessment, with its notes and plans. Switching kiosk mode on removes it, ' +
    "and capwalk's settings, from this device, so that nothing of one person is left for the next. " +
    'To keep the assessments, save a backup file first.' }).waitFor();
  // The backup is offered before the PIN is chosen.
  const order = await page.evaluate(() => [...document.querySelectorAll('#mirror .m')].map((el) => el.textContent || el.getAttribute('aria-label')));
  assert.ok(order.indexOf('Save a backup file') < order.indexOf('Choose a PIN'), order.join(' | '));
  const [download] = await Promise.all([page.waitForEvent('download'), button(page, 'Save a backup file').click()]);
  assert.match(download.suggestedFilename(), /^capwalk-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = path.join(screenshotDir, 'kiosk-setup-backup.json');
  await download.saveAs(backup);
  const saved = JSON.parse(fs.readFileSync(backup, 'utf8')).data.assessments;
  assert.equal(saved.length, 1);
  assert.equal(Object.values(saved[0].answers)[0].note, 'keep this one');
  await screenshot(page, 'kiosk-setup-with-saved-desktop');

  await setUpKiosk(page);
  assert.deepEqual(await capwalkKeys(page), ['capwalk.kiosk'], 'what the set-up said would go has gone');
  assert.equal(await page.getByRole('heading', { name: 'Your saved assessments' }).count(), 0);
  // A backup file dropped on the kiosk is not read: it could be anyone's.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'capwalk-backup.json', { type: 'application/json' }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, fs.readFileSync(backup, 'utf8'));
  await page.waitForTimeout(500);
  await h1(page, WELCOME);
  assert.equal(await page.getByRole('button', { name: /^Receptionist/ }).count(), 0, 'nothing was imported');
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a kiosk the only ways out are the QR code and the link as text, and neither says kiosk', async () => {
  const { context, page, problems } = await kioskPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // Settings, reached through Privacy: no backup either way.
  await button(page, 'Privacy').click();
  await h1(page, 'Privacy');
  await button(page, 'Open Settings').click();
  await h1(page, 'Settings');
  await page.getByText(/^This is a shared device: your answers are kept in memory only/).waitFor();
  for (const name of ['Save a backup file', 'Import a backup file', 'Delete all my data']) {
    assert.equal(await button(page, name).count(), 0, name);
  }
  // Each Back waits for its screen: a second click sent before the mirror changes
  // would land on the first screen's Back button again.
  await button(page, 'Back').click();
  await h1(page, 'Privacy');
  await button(page, 'Back').click();
  await h1(page, WELCOME);
  await button(page, 'Start').click();
  await h1(page, 'Choose your role');
  await button(page, 'Change the framework').click();
  await h1(page, 'Choose a framework');
  assert.equal(await button(page, 'Open a framework file').count(), 0);
  await button(page, 'Back').click();
  await h1(page, 'Choose your role');
  await button(page, 'Back').click();
  await h1(page, WELCOME);

  await chooseReceptionist(page);
  await rate(page, 'Not yet');
  await page.getByRole('textbox', { name: 'Private note (optional)' }).fill('nobody else should see this');
  // Copying what is on the page leaves nothing on the clipboard.
  await page.evaluate(() => navigator.clipboard.writeText('what was there before'));
  const note = page.getByRole('textbox', { name: 'Private note (optional)' });
  await note.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  assert.notEqual(await page.evaluate(() => navigator.clipboard.readText()), 'nobody else should see this');
  const prevented = await page.evaluate(() => ['p', 's'].map((key) => {
    const event = new KeyboardEvent('keydown', { key, ctrlKey: true, bubbles: true, cancelable: true });
    document.body.dispatchEvent(event);
    return event.defaultPrevented;
  }));
  assert.deepEqual(prevented, [true, true], 'Ctrl+P and Ctrl+S do not print or save the page');

  await button(page, 'All capabilities').click();
  await button(page, 'See my results').click();
  await h1(page, 'Your results');
  assert.equal(await button(page, 'Print or save my results').count(), 0);
  await button(page, 'Make a development plan').click();
  await h1(page, 'Your development plan');
  assert.equal(await button(page, 'Print or save my plan').count(), 0);
  await button(page, 'Back to my results').click();

  await button(page, 'Share with my manager').click();
  await h1(page, 'Share your results');
  for (const name of ['Copy link', 'Email the link', 'Share\u2026']) assert.equal(await button(page, name).count(), 0, name);
  const link = await page.getByRole('textbox', { name: 'Your link' }).inputValue();
  assert.ok(link.startsWith(url + '#r='), link);
  assert.equal(await scanQrCode(page, 'kiosk-share-qr'), link);
  await page.getByRole('textbox', { name: 'Your link' }).focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+C');
  assert.notEqual(await page.evaluate(() => navigator.clipboard.readText()), link);
  await screenshot(page, 'kiosk-share-desktop');
  await button(page, 'Back to my results').click();

  await button(page, 'Finish and clear').click();
  await h1(page, 'Take your results with you');
  assert.equal(await button(page, 'Print my results').count(), 0);
  const takeAway = await page.getByRole('textbox', { name: 'Your link' }).inputValue();
  assert.ok(takeAway.startsWith(url + '#r='), takeAway);
  assert.equal(await scanQrCode(page, 'kiosk-take-away-qr'), takeAway);

  // A link opened on the kiosk can go into a team view, but no CSV comes out of it.
  await page.evaluate((code) => { location.hash = code; }, new URL(link).hash);
  await h1(page, 'Shared results');
  await button(page, 'Add to my team').click();
  await h1(page, 'Your team');
  assert.equal(await button(page, 'Export CSV for a spreadsheet').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

// Playwright starts Chromium with its back/forward cache off; this test starts one with
// it on, leaves the page and comes Back, as a person would.
test('a kiosk page brought back from the back/forward cache starts afresh', async () => {
  const withCache = await launchBrowser([], { ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  const context = await withCache.newContext(DESKTOP);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(err.message));
  // Set before the app's own handler runs: proof that the page really came from the cache.
  await page.addInitScript(() => addEventListener('pageshow', (e) => {
    if (e.persisted) localStorage.setItem('test.restored-from-cache', '1');
  }));
  await page.goto(url + '?kiosk');
  await page.waitForSelector('html[data-ready="1"]');
  await setUpKiosk(page);
  await chooseReceptionist(page);
  await rate(page, 'Developing');
  await page.getByRole('textbox', { name: 'Private note (optional)' }).fill('the last person');
  await page.goto(url + 'icon.svg');
  await Promise.all([page.waitForEvent('load'), page.goBack({ waitUntil: 'commit' })]);
  await page.waitForSelector('html[data-ready="1"]');
  await h1(page, WELCOME);
  assert.equal(await page.evaluate(() => localStorage.getItem('test.restored-from-cache')), '1', 'restored from the cache');
  assert.equal(await page.getByText('the last person').count(), 0);
  assert.equal(await page.locator('[role=radio][aria-checked=true]').count(), 0);
  assert.equal(await button(page, 'Continue where you left off').count(), 0);
  assert.deepEqual(problems, []);
  await withCache.close();
});

test('a kiosk page hides as it leaves, and a pageshow from the cache wipes and restarts it', async () => {
  const { context, page, problems } = await kioskPage();
  await chooseReceptionist(page);
  await rate(page, 'Developing');
  await page.getByRole('textbox', { name: 'Private note (optional)' }).fill('the last person');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true })));
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).visibility), 'hidden',
    'nothing of the person shows while the page is away');
  await Promise.all([page.waitForEvent('load'),
    page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })))]);
  await page.waitForSelector('html[data-ready="1"]');
  await h1(page, WELCOME);
  assert.equal(await page.getByText('the last person').count(), 0);
  assert.equal(await button(page, 'Continue where you left off').count(), 0);
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).visibility), 'visible');
  assert.equal(new URL(page.url()).searchParams.has('kiosk'), true, 'still a kiosk');
  assert.deepEqual(problems, []);
  await context.close();
});
