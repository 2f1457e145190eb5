// WCAG 2.2 AA on a canvas UI: every screen audited with axe-core and the checks in
// a11y.mjs, on a desktop, on a phone, and at 200% text in high contrast; a whole
// journey by keyboard alone; the focus indicator drawn where the focus is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp, screenshot, PHONE, DESKTOP, serveAndLaunch, url, browser } from './harness.mjs';
import { RATING_QUESTION, position } from './journey.mjs';
import { auditScreen } from './a11y.mjs';
import { PNG } from './png.mjs';

serveAndLaunch();

const here = path.dirname(fileURLToPath(import.meta.url));
const brokenFile = path.join(here, '../frameworks/broken/unknown-tier.json');
const WELCOME = 'Find the mental health training your role needs';

const button = (page, name) => page.getByRole('button', { name, exact: true });
const h1 = (page, name) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();

// Visits every screen a person can reach without kiosk mode, calling `check` on each.
// Returns the titles seen, in order.
async function tour(page, check) {
  const titles = [];
  const at = async (name) => {
    await h1(page, name);
    titles.push((await check(page)).title);
  };
  await at(WELCOME);
  await button(page, 'Accessibility').click();
  await at('Accessibility');
  await button(page, 'Back').click();
  await button(page, 'Privacy').click();
  await at('Privacy');
  await button(page, 'Back').click();
  await button(page, 'Settings').click();
  await at('Settings');
  await button(page, 'Delete all my data').click();
  await button(page, 'Keep my data').waitFor();
  await check(page);  // the question "Delete everything?" open
  await button(page, 'Keep my data').click();
  await button(page, 'Back').click();

  await button(page, 'Start').click();
  await at('Choose your role');
  await button(page, 'Change the framework').click();
  await at('Choose a framework');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button(page, 'Open a framework file').click()]);
  await chooser.setFiles(brokenFile);
  await at('This file cannot be used');
  await button(page, 'Back to frameworks').click();
  await h1(page, 'Choose a framework');
  await button(page, 'Continue').click();
  await h1(page, 'Choose your role');
  await page.getByRole('textbox', { name: 'Search roles' }).fill('front desk');
  await page.getByRole('button', { name: 'Receptionist (GP practice)' }).click();
  await at('About your work');
  await button(page, 'Change').click();  // the questions and the tiers, audited too
  await page.getByRole('radio', { name: 'Often' }).waitFor();
  await check(page);
  await button(page, 'Start the assessment').click();
  await page.getByRole('progressbar', { name: 'Progress' }).waitFor();
  titles.push((await check(page)).title);  // a capability page
  await page.getByRole('radiogroup', { name: RATING_QUESTION }).getByRole('radio', { name: 'Not yet', exact: true }).click();
  await button(page, 'All capabilities').click();
  await at('All capabilities');
  await button(page, 'See my results').click();
  await at('Your results');
  await button(page, 'Make a development plan').click();
  await at('Your development plan');
  await button(page, 'Back to my results').click();
  await button(page, 'Share with my manager').click();
  await at('Share your results');
  const link = await page.getByRole('textbox', { name: 'Your link' }).inputValue();

  await page.goto(link);
  await at('Shared results');
  await button(page, 'Add to my team').click();
  await at('Your team');
  return titles;
}

for (const [device, options, minTarget] of [['desktop', DESKTOP, 24], ['phone', PHONE, 44]]) {
  test(`every screen passes axe-core and the canvas checks (${device})`, async () => {
    const { context, page, problems } = await openApp(browser, url, options);
    const titles = await tour(page, (p) => auditScreen(p, { minTarget }));
    assert.equal(new Set(titles).size, titles.length, `each screen has its own title: ${titles.join(' | ')}`);
    assert.equal(titles.length, 15);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('kiosk screens pass axe-core and the canvas checks (phone)', async () => {
  const { context, page, problems } = await openApp(browser, url, PHONE);
  // Something saved on the device: the set-up says what will go and offers a backup.
  await button(page, 'Start').click();
  await page.getByRole('button', { name: 'Receptionist (GP practice)' }).click();
  await button(page, 'Start the assessment').click();
  await page.getByRole('progressbar', { name: 'Progress' }).waitFor();
  await page.goto(url + '?kiosk');
  await page.waitForSelector('html[data-ready="1"]');
  await h1(page, 'Set up kiosk mode');
  await button(page, 'Save a backup file').waitFor();
  await auditScreen(page, { minTarget: 44 });
  await page.getByLabel('Choose a PIN').fill('2468');
  await page.getByLabel('Type the PIN again').fill('2468');
  await Promise.all([page.waitForEvent('load'), button(page, 'Switch kiosk mode on').click()]);
  await page.waitForSelector('html[data-ready="1"]');
  await h1(page, WELCOME);
  await auditScreen(page, { minTarget: 44 });
  await button(page, 'Kiosk settings').click();
  await h1(page, 'Kiosk settings');
  await auditScreen(page, { minTarget: 44 });
  await button(page, 'Back').click();
  await button(page, 'Start').click();
  await page.getByRole('button', { name: 'Receptionist (GP practice)' }).click();
  await button(page, 'Start the assessment').click();
  await button(page, 'All capabilities').click();
  await button(page, 'See my results').click();
  await button(page, 'Share with my manager').click();
  await h1(page, 'Share your results');
  await auditScreen(page, { minTarget: 44 });
  await button(page, 'Back to my results').click();
  await button(page, 'Finish and clear').click();
  await h1(page, 'Take your results with you');
  await auditScreen(page, { minTarget: 44 });
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 200% text in high contrast nothing is cut off, overlapping or too small (phone)', async () => {
  const { context, page, problems } = await openApp(browser, url, PHONE);
  await button(page, 'Settings').click();
  await page.getByRole('radio', { name: '200%' }).click();
  await page.getByRole('radio', { name: 'High contrast', exact: true }).click();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'high-contrast');
  await button(page, 'Back').click();
  let shots = 0;
  const titles = await tour(page, async (p) => {
    const result = await auditScreen(p, { minTarget: 44 });
    await screenshot(p, `a11y-200-high-contrast-${String(++shots).padStart(2, '0')}`);
    return result;
  });
  assert.equal(titles.length, 15);
  // The buttons at the foot of the results are wider than a phone at 200%: they wrap.
  assert.deepEqual(problems, []);
  await context.close();
});

test('screens are described to assistive technology: headings, the rating group, progress', async () => {
  const { context, page } = await openApp(browser, url);
  await button(page, 'Start').click();
  await page.getByRole('button', { name: 'Receptionist (GP practice)' }).click();
  await button(page, 'Start the assessment').click();
  await page.getByRole('radiogroup', { name: RATING_QUESTION }).getByRole('radio', { name: 'Developing', exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[role=radio][aria-checked=true]')?.textContent === 'Developing');
  const snapshot = await page.locator('#mirror').ariaSnapshot();
  for (const line of [
    '- heading "Mental health awareness and reducing stigma" [level=1]',
    '- heading "At Tier 1, this means" [level=2]',
    '- radiogroup "How would you rate yourself?":',
    '- radio "Developing" [checked]',
    '- radio "Not yet"',
    '- progressbar "Progress"',
    '- checkbox "I\'d like training on this"',
    '- textbox "Private note (optional)"',
    '- button "Next"',
  ]) assert.ok(snapshot.includes(line), `snapshot has ${line}\n${snapshot}`);
  assert.equal((snapshot.match(/\[checked\]/g) || []).length, 1, 'one rating checked');
  const bar = page.getByRole('progressbar', { name: 'Progress' });
  assert.deepEqual(
    await bar.evaluate((el) => ['aria-valuenow', 'aria-valuemax', 'aria-valuetext'].map((a) => el.getAttribute(a))),
    ['1', '9', '1 of 9']);
  // A screen change is announced in the live region, and the title follows it.
  await button(page, 'Next').click();
  await page.waitForFunction(() => document.getElementById('announcer').textContent.includes('(2 of 9)'));
  assert.match(await page.title(), /\(2 of 9\) – capwalk$/);
  await context.close();
});

// ---- Keyboard alone ----

// The accessible name and role of the focused element.
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  const tag = el.tagName.toLowerCase();
  const role = el.getAttribute('role') || (tag === 'input' || tag === 'textarea' ? 'textbox' : tag);
  return { role, name: el.getAttribute('aria-label') || el.textContent };
});

// Presses Tab (or Shift+Tab) until the focus is on the item, as a person would.
async function tabTo(page, role, name, { back = false, limit = 80 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f.role === role && (name instanceof RegExp ? name.test(f.name) : f.name === name)) return i + 1;
  }
  throw new Error(`Tab never reached ${role} "${name}"; focus is on ${JSON.stringify(await focused(page))}`);
}

async function pressOn(page, role, name, key = 'Enter') {
  await tabTo(page, role, name);
  await page.keyboard.press(key);
}

async function waitForH1(page, name) {
  await page.waitForFunction((n) => {
    const h = document.querySelector('#mirror h1');
    return h && (n.startsWith('/') ? new RegExp(n.slice(1, -1)).test(h.textContent) : h.textContent === n);
  }, name instanceof RegExp ? String(name) : name);
}

test('set-up, a whole assessment, results, plan and share by keyboard alone', async () => {
  const { context, page, problems } = await openApp(browser, url, DESKTOP);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
  await pressOn(page, 'button', 'Start');
  await waitForH1(page, 'Choose your role');
  await pressOn(page, 'button', 'Change the framework');
  await waitForH1(page, 'Choose a framework');
  // The radio group is one Tab stop, on the chosen framework.
  await tabTo(page, 'radio', 'Core capabilities');
  assert.equal(await page.getByRole('radio', { name: 'Core capabilities', exact: true }).getAttribute('tabindex'), '0');
  await pressOn(page, 'button', 'Continue');
  await waitForH1(page, 'Choose your role');
  await tabTo(page, 'textbox', 'Search roles');
  await page.keyboard.type('front desk');
  await pressOn(page, 'button', /^Receptionist \(GP practice\)/);
  await waitForH1(page, 'About your work');
  await pressOn(page, 'button', 'Start the assessment');

  const { m } = await position(page);
  for (let i = 1; i <= m; i++) {
    await page.waitForFunction((n) => document.querySelector('[role=progressbar]')?.getAttribute('aria-valuenow') === String(n), i);
    // Into the rating group, then down the options with the arrow keys: "Not yet" on
    // odd pages, "Developing" on even ones.
    await tabTo(page, 'radio', 'Not yet');
    if (i % 2 === 0) await page.keyboard.press('ArrowDown');
    const wanted = i % 2 === 0 ? 'Developing' : 'Not yet';
    if (i % 2 === 1) await page.keyboard.press('Space');
    await page.waitForFunction((w) => document.querySelector('[role=radio][aria-checked=true]')?.textContent === w, wanted);
    assert.deepEqual(await focused(page), { role: 'radio', name: wanted }, 'focus stays on the chosen option');
    await pressOn(page, 'button', i === m ? 'See my results' : 'Next');
  }
  await waitForH1(page, 'Your results');
  assert.equal(await page.getByText(`You answered ${m} of ${m} capabilities.`).count(), 1);

  await pressOn(page, 'button', 'Make a development plan');
  await waitForH1(page, 'Your development plan');
  await pressOn(page, 'button', 'Back to my results');
  await waitForH1(page, 'Your results');
  await pressOn(page, 'button', 'Share with my manager');
  await waitForH1(page, 'Share your results');
  await pressOn(page, 'button', 'Copy link');
  await page.getByRole('status').filter({ hasText: 'Link copied.' }).waitFor();
  const link = await page.getByRole('textbox', { name: 'Your link' }).inputValue();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  // What was stored is what was chosen with the keys.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.data')));
  const ratings = Object.values(stored.data.assessments[0].answers).map((a) => a.rating);
  assert.equal(ratings.filter((r) => r === 'not-yet').length, Math.ceil(m / 2));
  assert.equal(ratings.filter((r) => r === 'developing').length, Math.floor(m / 2));
  assert.deepEqual(problems, []);
  await context.close();
});

test('Tab order follows the page from top to bottom, and Shift+Tab walks it back', async () => {
  const { context, page } = await openApp(browser, url, DESKTOP);
  await button(page, 'Settings').click();
  await h1(page, 'Settings');
  const order = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const top = await page.evaluate(() => {
      const el = document.activeElement;
      return el.closest('#mirror') ? el.getBoundingClientRect().top + window.scrollY : null;
    });
    if (top === null) break;  // past the last item: the focus left the page
    order.push(top);
  }
  // Text size, colours, reduce motion, save, import, delete, back.
  assert.equal(order.length, 7, `tab stops: ${order.length}`);
  assert.deepEqual([...order].sort((a, b) => a - b), order, 'in visual order');
  const back = await tabTo(page, 'radio', '100% (standard)', { back: true });
  assert.ok(back >= 1);
  await context.close();
});

test('Escape closes a question, and the focus indicator is drawn where the focus is', async () => {
  const { context, page } = await openApp(browser, url, DESKTOP);
  await pressOn(page, 'button', 'Settings');
  await waitForH1(page, 'Settings');
  await pressOn(page, 'button', 'Delete all my data');
  await button(page, 'Yes, delete everything').waitFor();
  await page.keyboard.press('Escape');
  await button(page, 'Delete all my data').waitFor();
  assert.equal(await button(page, 'Yes, delete everything').count(), 0);

  // The canvas draws the indicator: a dark ring just inside the item and a yellow
  // one just outside it, on the item the keyboard reached.
  await tabTo(page, 'button', 'Back');
  const box = await button(page, 'Back').boundingBox();
  await page.waitForTimeout(100);
  await screenshot(page, 'focus-indicator-desktop');
  const midY = Math.round(box.y + box.height / 2);
  const shot = PNG.decode(await page.screenshot({ clip: { x: Math.round(box.x) - 4, y: midY, width: 8, height: 1 } }));
  const colours = [...Array(8).keys()].map((x) => shot.pixel(x, 0).slice(0, 3).map((c) => c.toString(16).padStart(2, '0')).join(''));
  assert.ok(colours.includes('ffdd00'), `yellow outer ring at the left edge: ${colours}`);
  assert.ok(colours.includes('0b0c0c'), `dark inner ring at the left edge: ${colours}`);
  // A mouse click shows no ring.
  await button(page, 'Save a backup file').hover();
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForTimeout(100);
  const after = PNG.decode(await page.screenshot({ clip: { x: Math.round(box.x) - 4, y: midY, width: 8, height: 1 } }));
  const colours2 = [...Array(8).keys()].map((x) => after.pixel(x, 0).slice(0, 3).map((c) => c.toString(16).padStart(2, '0')).join(''));
  assert.ok(!colours2.includes('ffdd00'), `no ring once the focus has moved: ${colours2}`);
  await context.close();
});

test('"Match my device" follows the device\'s dark and contrast settings', async () => {
  for (const [media, theme] of [[{ colorScheme: 'dark' }, 'dark'], [{ colorScheme: 'light', forcedColors: 'none', contrast: 'more' }, 'high-contrast'], [{ colorScheme: 'light' }, 'light']]) {
    const { context, page } = await openApp(browser, url, { ...DESKTOP, ...media });
    await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
    await context.close();
  }
  // And while the page is open.
  const { context, page } = await openApp(browser, url, DESKTOP);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await context.close();
});
