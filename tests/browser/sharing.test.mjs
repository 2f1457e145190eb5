// Sharing without a server: the link and QR code carry the results; a manager opens
// them in another browser, adds people to a team view and exports a CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openApp, screenshot, screenshotDir, DESKTOP, PHONE, serveAndLaunch, url, browser } from './harness.mjs';
import { chooseReceptionist, rate, next, walkAll, position, PATTERN } from './journey.mjs';

serveAndLaunch();

// Finishes a receptionist assessment and returns its share link and ratings.
async function shareLink(options = DESKTOP, { note, offset = 0 } = {}) {
  const app = await openApp(browser, url, options);
  const { page } = app;
  await chooseReceptionist(page);
  if (note) await page.getByRole('textbox', { name: 'Private note (optional)' }).fill(note);
  await walkAll(page, { offset });
  await page.getByRole('button', { name: 'Share with my manager' }).click();
  await page.getByRole('heading', { level: 1, name: 'Share your results' }).waitFor();
  if (note) {
    await page.getByRole('checkbox', { name: 'Include my private notes and my plan' }).click();
    await page.getByText(/your private notes and your plan\. Anyone/).waitFor();
  }
  const field = page.getByRole('textbox', { name: 'Your link' });
  await page.waitForFunction(() => document.querySelector('textarea[readonly]')?.value.includes('#r='));
  return { ...app, link: await field.inputValue() };
}

test('the link is shown as text, copies, and its QR code decodes to exactly the link', async () => {
  const { context, page, problems, link } = await shareLink(DESKTOP);
  assert.ok(link.startsWith(url + '#r='), link);
  assert.ok(link.length - url.length <= 300, `link code is ${link.length - url.length} characters`);
  console.log(`share link for 9 capabilities: ${link.length - url.length} characters after the page address`);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);

  const qr = page.getByRole('img', { name: 'QR code of the link' });
  await qr.scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  const file = path.join(screenshotDir, 'share-qr.png');
  fs.mkdirSync(screenshotDir, { recursive: true });
  await qr.screenshot({ path: file });
  const decoded = execFileSync('zbarimg', ['--quiet', '--raw', file], { encoding: 'utf8' }).trim();
  assert.equal(decoded, link);
  await screenshot(page, 'share-desktop');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a fresh browser opens the link and sees the same ratings, without saving anything', async () => {
  const { context, link } = await shareLink(DESKTOP);
  await context.close();
  const viewer = await openApp(browser, link, PHONE);
  const { page, problems } = viewer;
  await page.getByRole('heading', { level: 1, name: 'Shared results' }).waitFor();
  assert.equal(await page.evaluate(() => location.hash), '', 'the fragment is cleared from the address bar');
  const ratings = (await page.locator('#mirror p').allTextContents()).filter((t) => /^[A-Z].*: (Not yet|Developing|Confident|Could support others|Not had the opportunity|Not sure)$/.test(t));
  assert.equal(ratings.length, 9);
  ratings.forEach((line, i) => assert.ok(line.endsWith(': ' + PATTERN[i % PATTERN.length]), line));
  assert.equal(await page.evaluate(() => localStorage.getItem('capwalk.data')), null, "the viewer's own data is untouched");
  await screenshot(page, 'review-phone');
  assert.deepEqual(problems, []);
  await viewer.context.close();
});

test('a note with markup in it is shown as text and runs nothing', async () => {
  const note = '<img src=x onerror=alert(1)> call back Tuesday';
  const { context, link } = await shareLink(DESKTOP, { note });
  await context.close();
  const viewer = await openApp(browser, link);
  let dialogs = 0;
  viewer.page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await viewer.page.getByText('Note: ' + note).waitFor();
  assert.equal(await viewer.page.locator('#mirror img').count(), 0);
  assert.equal(dialogs, 0);
  await viewer.context.close();
});

test('three links make a team with the right counts, and the CSV reads back the same', async () => {
  const links = [];
  for (let i = 0; i < 3; i++) {
    const { context, link } = await shareLink(DESKTOP, { offset: i });
    links.push(link);
    await context.close();
  }
  const manager = await openApp(browser, links[0]);
  const { page, problems } = manager;
  await page.getByRole('button', { name: 'Add to my team' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your team' }).waitFor();
  await page.getByRole('textbox', { name: 'Paste one or more links' }).fill(`${links[1]}\n${links[2]}\n${links[0]}`);
  await page.getByRole('button', { name: 'Add to team' }).click();
  await page.getByRole('status').filter({ hasText: '2 people added. 1 already in the team.' }).waitFor();
  assert.equal(await page.getByText('3 people · Core capabilities').count(), 1);
  // Three people are fewer than five: no figure about them, only each person in the grid.
  await page.getByText(/^This group is too small to show without giving people away/).waitFor();
  // The first capability was answered Not yet, Developing and Confident.
  const needs = await page.evaluate(() => {
    const items = [...document.querySelectorAll('#mirror .m')];
    return [1, 2, 3].map((n) => {
      const at = items.findIndex((el) => el.tagName === 'H3' && el.textContent === `Person ${n}`);
      return items[at + 2]?.textContent ?? '';
    });
  });
  assert.ok(needs[0].startsWith('Needs: Mental health awareness and reducing stigma (Not yet)'), needs[0]);
  assert.ok(needs[1].startsWith('Needs: Mental health awareness and reducing stigma (Developing)'), needs[1]);
  assert.ok(!needs[2].includes('Mental health awareness and reducing stigma'), needs[2]);
  await screenshot(page, 'team-desktop');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV for a spreadsheet' }).click(),
  ]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'a byte order mark, so Excel reads UTF-8');
  const rows = csv.slice(1).trimEnd().split('\r\n').map((line) => line.split(','));
  assert.equal(rows.length, 4);
  assert.deepEqual(rows[0].slice(0, 6), ['Person', 'Role', 'Tier', 'Setting', 'Date', 'Round']);
  assert.deepEqual(rows.slice(1).map((row) => [row[0], row[1], row[6]]), [
    ['Person 1', 'Receptionist (GP practice)', 'Not yet'],
    ['Person 2', 'Receptionist (GP practice)', 'Developing'],
    ['Person 3', 'Receptionist (GP practice)', 'Confident'],
  ]);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.team')));
  assert.equal(stored.members.length, 3);
  assert.deepEqual(problems, []);
  await manager.context.close();
});

test('a link this version cannot read stays in the team, and a team that cannot be saved says so', async () => {
  const links = [];
  for (let i = 0; i < 2; i++) {
    const { context, link } = await shareLink(DESKTOP, { offset: i });
    links.push(link);
    await context.close();
  }
  const codeOf = (link) => link.slice(link.indexOf('#r=') + 3);
  const later = 'AgALbGF0ZXItZm9ybWF0';  // as a later link format might look: not readable here
  // The team document as capwalk wrote it before it had a version.
  const team = JSON.stringify({ framework_id: 'core', members: [
    { id: 'm-1', label: 'Person 1', code: codeOf(links[0]) }, { id: 'm-2', label: 'Person 2', code: later }] });
  const manager = await openApp(browser, url, DESKTOP, {
    initScript: `(${(t) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('capwalk.team', t); sessionStorage.setItem('seeded', '1'); } }})(${JSON.stringify(team)})`,
  });
  const { page, problems } = manager;
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByRole('button', { name: 'Open my team view' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your team' }).waitFor();
  await page.getByText('1 link could not be read by this version of capwalk; it is kept.').waitFor();
  assert.equal(await page.getByText('1 person · Core capabilities').count(), 1, 'the kept link is counted nowhere');

  // Saving the team fails (storage full); the person's own data could still be saved.
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    window.restoreSetItem = () => { Storage.prototype.setItem = setItem; };
    Storage.prototype.setItem = function (key, value) {
      if (key === 'capwalk.team') throw new DOMException('full', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await page.getByRole('textbox', { name: 'Paste one or more links' }).fill(links[1]);
  await page.getByRole('button', { name: 'Add to team' }).click();
  const saveFailed = page.getByRole('status').filter({ hasText: 'capwalk could not save your team on this device' });
  await saveFailed.waitFor();
  assert.equal(await saveFailed.textContent(), "capwalk could not save your team on this device (the browser's storage is full or switched off). The team is kept until you close this page.");
  assert.equal(await page.evaluate(() => localStorage.getItem('capwalk.team')), team, 'the stored team is as it was');
  assert.equal(await page.getByText('2 people · Core capabilities').count(), 1);

  // The next save that works clears the banner, and keeps the unreadable link.
  await page.evaluate(() => window.restoreSetItem());
  await page.getByRole('button', { name: 'Remove Person 1' }).click();
  await saveFailed.waitFor({ state: 'detached' });
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.team')));
  assert.equal(stored.version, 4);
  assert.deepEqual(stored.members.map((m) => [m.label, m.code]), [['Person 3', codeOf(links[1])], ['Person 2', later]]);
  assert.deepEqual(problems, []);
  await manager.context.close();
});

test('the printable report shows a note with markup as text, with the QR code', async () => {
  const note = '<img src=x onerror=alert(1)> ask about the course';
  const app = await openApp(browser, url);
  const { page, problems } = app;
  await chooseReceptionist(page);
  await page.getByRole('textbox', { name: 'Private note (optional)' }).fill(note);
  await walkAll(page);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs++; d.dismiss(); });
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await page.getByRole('button', { name: 'Print or save my results' }).click();
  await page.waitForFunction(() => window.printed === true);
  const view = page.locator('#print-view');
  assert.match(await view.textContent(), /Note: <img src=x onerror=alert\(1\)> ask about the course/);
  assert.equal(await view.locator('img').count(), 0);
  assert.equal(await view.locator('svg[aria-label="QR code of the link"]').count(), 1);
  assert.equal(dialogs, 0);
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });  // A4 at 96 dpi
  await screenshot(page, 'results-report-print');
  assert.deepEqual(problems, []);
  await app.context.close();
});

test('a backup file made on one device is imported on another, merged by assessment', async () => {
  const first = await openApp(browser, url);
  await chooseReceptionist(first.page);
  await walkAll(first.page);
  await first.page.getByRole('button', { name: 'Back to the start' }).click();
  await first.page.getByRole('button', { name: 'Settings' }).click();
  const [download] = await Promise.all([
    first.page.waitForEvent('download'),
    first.page.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^capwalk-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(screenshotDir, 'backup.json');
  await download.saveAs(file);  // the download goes when its browser context closes
  await first.context.close();

  const second = await openApp(browser, url);
  const { page, problems } = second;
  await page.getByRole('button', { name: 'Settings' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import a backup file' }).click(),
  ]);
  await chooser.setFiles(file);
  await page.getByRole('status').filter({ hasText: 'Imported 1 assessment.' }).waitFor();
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('button', { name: /^Receptionist \(GP practice\)/ }).waitFor();
  // The same file again adds nothing.
  await page.getByRole('button', { name: 'Settings' }).click();
  const [again] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import a backup file' }).click(),
  ]);
  await again.setFiles(file);
  await page.getByRole('status').filter({ hasText: 'Imported 0 assessments. 1 was already here.' }).waitFor();
  assert.equal((await page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.data')))).data.assessments.length, 1);
  assert.deepEqual(problems, []);
  await second.context.close();
});

// Three bytes of UTF-8 a character: the most a field's limit can hold.
const LONGEST_NOTE = '中'.repeat(500);

test('notes and plan fields show their limits and take no more', async () => {
  const app = await openApp(browser, url);
  const { page, problems } = app;
  await chooseReceptionist(page);
  const note = page.getByRole('textbox', { name: 'Private note (optional)' });
  assert.equal(await note.getAttribute('maxlength'), '500');
  await page.getByText('0 of 500 characters', { exact: true }).waitFor();
  await note.fill('a'.repeat(120));
  await page.getByText('120 of 500 characters', { exact: true }).waitFor();
  await note.fill('b'.repeat(600));
  assert.equal((await note.inputValue()).length, 500, 'the field takes no more than its limit');
  await page.getByText('500 of 500 characters', { exact: true }).waitFor();
  await rate(page, 'Not yet');
  await page.getByRole('button', { name: 'All capabilities' }).click();
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('button', { name: 'Make a development plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your development plan' }).waitFor();
  await page.getByRole('checkbox', { name: /^Work on: / }).first().click();
  const limits = { Goal: '200', 'What I will do': '500', 'By when': '100', 'Support I need': '300' };
  for (const [label, max] of Object.entries(limits)) {
    const field = page.getByRole('textbox', { name: label, exact: true });
    await field.waitFor();
    assert.equal(await field.getAttribute('maxlength'), max, label);
  }
  await page.getByRole('textbox', { name: 'Goal', exact: true }).fill('Talk about stigma with confidence');
  await page.getByText('33 of 200 characters', { exact: true }).waitFor();
  assert.deepEqual(problems, []);
  await app.context.close();
});

test('notes too long for a link are left out with a plain message, and the link opens', async () => {
  const app = await openApp(browser, url);
  const { page } = app;
  await chooseReceptionist(page);
  const { m } = await position(page);
  for (let i = 1; i <= m; i++) {
    await rate(page, PATTERN[(i - 1) % PATTERN.length]);
    await page.getByRole('textbox', { name: 'Private note (optional)' }).fill(LONGEST_NOTE);
    await page.getByText('500 of 500 characters', { exact: true }).waitFor();
    await next(page, i === m ? 'See my results' : 'Next');
  }
  await page.getByRole('button', { name: 'Share with my manager' }).click();
  await page.getByRole('checkbox', { name: 'Include my private notes and my plan' }).click();
  await page.getByRole('status').filter({ hasText:
    'Your notes and plan are too long to fit in a link, so this link leaves them out. Shorten them to include them.' }).waitFor();
  await page.getByText(/training requests, not your notes\. Anyone/).waitFor();
  const link = await page.getByRole('textbox', { name: 'Your link' }).inputValue();
  console.log(`${m} notes of 500 three-byte characters: the link left them out (${link.length - url.length} characters after the page address)`);
  await app.context.close();

  const viewer = await openApp(browser, link);
  await viewer.page.getByRole('heading', { level: 1, name: 'Shared results' }).waitFor();
  assert.equal(await viewer.page.getByText(/^Note: /).count(), 0);
  const ratings = (await viewer.page.locator('#mirror p').allTextContents()).filter((t) => /^[A-Z].*: (Not yet|Developing|Confident|Could support others|Not had the opportunity|Not sure)$/.test(t));
  assert.equal(ratings.length, m);
  ratings.forEach((line, i) => assert.ok(line.endsWith(': ' + PATTERN[i % PATTERN.length]), line));
  assert.deepEqual(viewer.problems, []);
  await viewer.context.close();
});
