// Nothing leaves the device unless the person shares it: a whole session — an
// assessment with its suggested learning, a plan, a share, a review, a team view, a
// printed report, a backup and kiosk mode — makes no request to any other origin until
// the person follows a link to a course, and then only for that page. (What the privacy screen says
// is checked natively, in tests/ui/screens_test.cpp.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DESKTOP, serveAndLaunch, url, browser } from './harness.mjs';
import { chooseReceptionist, walkAll } from './journey.mjs';

serveAndLaunch();

test('a whole session makes no request to any other origin until a link is followed', async () => {
  const context = await browser.newContext(DESKTOP);
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const origin = new URL(url).origin;
  const elsewhere = () => requests.filter((r) => !r.startsWith(origin + '/') && !r.startsWith('blob:' + origin) && !r.startsWith('data:'));
  // The provider's page is not on this machine: it is answered here.
  await context.route((u) => u.origin !== origin, (route) => route.fulfill({ contentType: 'text/html', body: '<p>A course</p>' }));
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready="1"]');
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });

  // An assessment, its plan and printed report, and a backup file.
  await chooseReceptionist(page);
  await page.getByRole('textbox', { name: 'Private note (optional)' }).fill('Ask Sam');
  await walkAll(page);
  // The results suggest learning, as links: none of them is fetched until followed.
  const courses = page.getByRole('link');
  assert.ok(await courses.count() >= 1, 'the results link to learning');
  await page.getByRole('button', { name: 'Add to my plan' }).first().click();
  assert.deepEqual(elsewhere(), [], 'no request to another origin before a link is followed');
  const followed = (await courses.first().getAttribute('href')).split('#')[0];  // a fragment is never sent
  const [course] = await Promise.all([context.waitForEvent('page'), courses.first().click()]);
  await course.waitForLoadState();
  await course.close();
  await page.bringToFront();
  await page.getByRole('button', { name: 'Make a development plan' }).click();
  await page.getByRole('button', { name: 'Back to my results' }).click();
  await page.getByRole('button', { name: 'Print or save my results' }).click();
  await page.waitForFunction(() => window.printed === true);
  // Sharing: the link, copied.
  await page.getByRole('button', { name: 'Share with my manager' }).click();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Your link' }).inputValue();
  await page.getByRole('button', { name: 'Back to my results' }).click();
  await page.getByRole('button', { name: 'Back to the start' }).click();
  await page.getByRole('button', { name: 'Settings' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save a backup file' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^capwalk-backup-\d{4}-\d{2}-\d{2}\.json$/);

  // The manager's side: the link reviewed, added to a team.
  const manager = await context.newPage();
  await manager.goto(link);
  await manager.getByRole('heading', { level: 1, name: 'Shared results' }).waitFor();
  await manager.getByRole('button', { name: 'Add to my team' }).click();
  await manager.getByRole('heading', { level: 1, name: 'Your team' }).waitFor();

  // Kiosk mode on a shared device (alone: a page in the background draws nothing).
  await page.close();
  await manager.close();
  const kiosk = await context.newPage();
  await kiosk.goto(url + '?kiosk');
  await kiosk.getByRole('heading', { level: 1, name: 'Set up kiosk mode' }).waitFor();
  await kiosk.getByLabel('Choose a PIN').fill('2468');
  await kiosk.getByLabel('Type the PIN again').fill('2468');
  await Promise.all([kiosk.waitForEvent('load'), kiosk.getByRole('button', { name: 'Switch kiosk mode on' }).click()]);
  await kiosk.waitForSelector('html[data-ready="1"]');
  await kiosk.getByText(/^This is a shared device/).waitFor();

  assert.deepEqual(elsewhere(), [followed], 'the one request to another origin: the page the person followed');
  assert.ok(requests.length >= 10, `the session's own requests were seen (${requests.length})`);
  // What a manager's link carries stays in the fragment, which browsers never send.
  assert.ok(requests.every((r) => !r.includes('#r=')), 'no request carries the results');
  await context.close();
});

