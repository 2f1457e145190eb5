// capwalk open in two tabs of one browser: real pages in one context, sharing one
// localStorage, so every save in one reaches the other as a `storage` event.
// Idle tabs stay quiet; changes in either are merged, never lost; the assessment on
// screen stays on screen; "Delete all my data" in one empties the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serveAndLaunch, url, browser, DESKTOP, mainThreadBusyShare, isMissingOrganisationFile } from './harness.mjs';
import { chooseReceptionist, rate, next, walkAll } from './journey.mjs';

serveAndLaunch();

const OTHER_TAB = 'Changes made in another tab or window are shown here too.';
const DELETED_ELSEWHERE = 'Everything capwalk kept on this device was deleted in another tab or window.';

// Counts the storage events a page receives, from before its own scripts run.
const countStorageEvents = () => {
  window.storageEvents = 0;
  window.addEventListener('storage', () => { window.storageEvents += 1; });
};

async function twoTabs() {
  const context = await browser.newContext(DESKTOP);
  await context.addInitScript(countStorageEvents);
  const problems = [];
  const open = async () => {
    const page = await context.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error' && !isMissingOrganisationFile(msg)) problems.push(`console: ${msg.text()}`); });
    page.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
    await page.goto(url);
    await page.waitForSelector('html[data-ready="1"]', { timeout: 20000 });
    return page;
  };
  return { context, problems, open };
}

// The first tab: a receptionist's first page answered "Developing", now on page two.
async function firstTabOnPageTwo(open) {
  const first = await open();
  await chooseReceptionist(first);
  await rate(first, 'Developing');
  await next(first, 'Next');
  return { first, firstTitle: await first.getByRole('heading', { level: 1 }).textContent() };
}

const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.data') || 'null'));
const checked = (page) => page.locator('[role=radio][aria-checked=true]').textContent();
const title = (page) => page.getByRole('heading', { level: 1 }).textContent();
const notice = (page, text) => page.getByRole('status').filter({ hasText: text }).waitFor();

test('two idle tabs exchange no storage events and keep their main threads idle', async () => {
  const { context, problems, open } = await twoTabs();
  const first = await open();
  const second = await open();
  await first.waitForTimeout(500);  // start-up is over
  const before = await Promise.all([first, second].map((p) => p.evaluate(() => window.storageEvents)));
  const [busyFirst, busySecond] = await Promise.all([mainThreadBusyShare(first, 3000), mainThreadBusyShare(second, 3000)]);
  const after = await Promise.all([first, second].map((p) => p.evaluate(() => window.storageEvents)));
  console.log(`two idle tabs over 3 s: ${after[0] - before[0]} + ${after[1] - before[1]} storage events; ` +
              `main threads busy ${(busyFirst * 100).toFixed(2)} % and ${(busySecond * 100).toFixed(2)} %`);
  assert.deepEqual(after.map((n, i) => n - before[i]), [0, 0]);
  assert.ok(busyFirst < 0.02 && busySecond < 0.02, `busy ${busyFirst}, ${busySecond}`);
  // Nothing changed, so nothing is announced, and the buttons take a click.
  assert.equal(await first.getByRole('status').filter({ hasText: 'another tab' }).count(), 0);
  await first.bringToFront();
  await first.getByRole('button', { name: 'Start', exact: true }).click();
  await first.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('different assessments in two tabs: both are kept, and neither tab switches to the other', async () => {
  const { context, problems, open } = await twoTabs();
  const { first, firstTitle } = await firstTabOnPageTwo(open);

  const second = await open();
  await chooseReceptionist(second);  // "Start" again: a second assessment
  await rate(second, 'Not yet');

  await first.bringToFront();
  await notice(first, OTHER_TAB);
  assert.equal(await title(first), firstTitle, 'the first tab stays on its own page');
  await rate(first, 'Confident');
  await first.waitForFunction(() => JSON.parse(localStorage.getItem('capwalk.data')).data.assessments
    .some((a) => Object.values(a.answers).some((x) => x.rating === 'confident')));

  const doc = await stored(first);
  assert.equal(doc.data.assessments.length, 2);
  const ratings = doc.data.assessments.map((a) => Object.values(a.answers).map((x) => x.rating).filter(Boolean).sort());
  assert.deepEqual(ratings.sort(), [['confident', 'developing'], ['not-yet']].sort());
  await second.bringToFront();
  assert.equal(await checked(second), 'Not yet', 'the second tab still shows its own assessment');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the same assessment in two tabs: answers from both are kept, the later one wins a clash', async () => {
  const { context, problems, open } = await twoTabs();
  const { first } = await firstTabOnPageTwo(open);

  const second = await open();
  await second.getByRole('button', { name: 'Continue where you left off' }).click();
  await second.getByRole('progressbar', { name: 'Progress' }).waitFor();
  assert.equal(await title(second), await title(first));
  await rate(second, 'Confident');

  await first.bringToFront();
  await notice(first, OTHER_TAB);
  assert.equal(await checked(first), 'Confident', 'the other tab\'s answer is shown here');
  await rate(first, 'Not sure');  // later: wins
  await second.bringToFront();
  await second.waitForFunction(() => document.querySelector('[role=radio][aria-checked=true]')?.textContent === 'Not sure');

  const doc = await stored(second);
  assert.equal(doc.data.assessments.length, 1);
  const answers = Object.values(doc.data.assessments[0].answers).map((x) => x.rating).filter(Boolean);
  assert.deepEqual(answers.sort(), ['developing', 'not-sure']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('storage full in one tab: opening another tab keeps its unsaved answers', async () => {
  const { context, problems, open } = await twoTabs();
  const { first, firstTitle } = await firstTabOnPageTwo(open);
  await first.evaluate(() => {  // this page's storage is full from now on
    Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
  });
  await rate(first, 'Confident');
  await notice(first, 'Your answers are kept until you close this page');

  const second = await open();  // its start-up writes storage's availability probe
  await second.waitForTimeout(500);
  await first.bringToFront();
  await first.waitForTimeout(300);
  assert.equal(await title(first), firstTitle);
  assert.equal(await checked(first), 'Confident', 'the unsaved answer is still here');
  await notice(first, 'Your answers are kept until you close this page');
  assert.deepEqual(problems.filter((p) => !p.includes('could not save')), []);
  await context.close();
});

test('"Delete all my data" in one tab empties the other tab, team included', async () => {
  const { context, problems, open } = await twoTabs();
  const person = await open();
  await chooseReceptionist(person);
  await walkAll(person);
  await person.getByRole('button', { name: 'Share with my manager' }).click();
  await person.waitForFunction(() => document.querySelector('textarea[readonly]')?.value.includes('#r='));
  const link = await person.getByRole('textbox', { name: 'Your link' }).inputValue();

  const manager = await open();
  await manager.getByRole('button', { name: 'Open my team view' }).click();
  await manager.getByRole('textbox', { name: 'Paste one or more links' }).fill(link);
  await manager.getByRole('button', { name: 'Add to team' }).click();
  await manager.getByRole('button', { name: /^Remove Person 1/ }).waitFor();
  await manager.waitForFunction(() => localStorage.getItem('capwalk.team'));

  await person.bringToFront();
  await person.goto(url);
  await person.waitForSelector('html[data-ready="1"]');
  await person.getByRole('button', { name: 'Settings' }).click();
  await person.getByRole('button', { name: 'Delete all my data' }).click();
  await person.getByRole('button', { name: 'Yes, delete everything' }).click();
  await person.getByRole('heading', { level: 1, name: 'Find the mental health training your role needs' }).waitFor();

  await manager.bringToFront();
  await notice(manager, DELETED_ELSEWHERE);
  await manager.waitForTimeout(300);
  assert.equal(await manager.getByRole('button', { name: /^Remove Person/ }).count(), 0);
  assert.deepEqual(await manager.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('capwalk'))), [],
    'nothing written back by the other tab');
  assert.deepEqual(problems, []);
  await context.close();
});
