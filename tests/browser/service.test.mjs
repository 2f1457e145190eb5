// A service-level training needs analysis on the manager's own device: a file of
// 1,000 links opened through the file chooser, the service report with a small group
// hidden, the paged person grid with a person renamed, and both CSVs read back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openApp, screenshot, root, DESKTOP, PHONE, serveAndLaunch, url, browser } from './harness.mjs';

serveAndLaunch();

// RFC 4180, enough to read the app's exports back: quoted fields, "" inside them.
function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const text = fs.readFileSync(await file.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), `${button}: a byte order mark, so Excel reads UTF-8`);
  return { name: file.suggestedFilename(), rows: parseCsv(text.slice(1)), text };
}

function linksFile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capwalk-links-'));
  const file = path.join(dir, 'team-links.csv');
  execFileSync(path.join(root, 'build/native/tests/capwalk-team-links'), [url, '1000', file]);
  return file;
}

test('a file of 1,000 links gives 1,000 people, the report, a small group hidden and both CSVs', async () => {
  const file = linksFile();
  const { context, page, problems } = await openApp(browser, url, DESKTOP);
  await page.getByRole('button', { name: 'Open my team view' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your team' }).waitFor();
  await page.getByRole('textbox', { name: 'Round (optional)' }).fill('Spring 2026');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file of links' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('status').filter({ hasText: 'From team-links.csv: 1,000 people added.' }).waitFor({ timeout: 20000 });
  await page.getByText('1,000 people · Core capabilities').waitFor();
  // The same file again adds nobody.
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a file of links' }).click();
  await (await again).setFiles(file);
  await page.getByRole('status').filter({ hasText: 'From team-links.csv: 0 people added. 1,000 already in the team.' }).waitFor({ timeout: 20000 });

  // The person grid: 20 a page, renamed on this device only.
  await page.getByText('People 1 to 20 of 1,000 (page 1 of 50)').waitFor();
  await page.getByRole('button', { name: 'Rename Person 1', exact: true }).click();
  await page.getByRole('textbox', { name: 'New name for Person 1' }).fill('Sam');
  await page.getByRole('button', { name: 'Save name' }).click();
  await page.getByRole('heading', { level: 3, name: 'Sam' }).waitFor();
  await page.getByRole('button', { name: 'Next page' }).click();
  await page.getByText('People 21 to 40 of 1,000 (page 2 of 50)').waitFor();
  assert.equal(await page.getByRole('heading', { level: 3, name: 'Person 21' }).count(), 1);
  await page.getByRole('checkbox', { name: 'Show each person' }).click();
  await page.getByRole('heading', { level: 3, name: 'Person 21' }).waitFor({ state: 'detached' });  // the grid is off
  await page.waitForTimeout(1000);  // saved at the end of the frame
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.team')));
  assert.equal(stored.members.length, 1000);
  assert.equal(stored.members[0].label, 'Sam');
  assert.equal(stored.members[999].round, 'Spring 2026');

  const wide = await download(page, 'Export CSV for a spreadsheet');
  assert.equal(wide.rows.length, 1001);
  assert.deepEqual(wide.rows[0].slice(0, 6), ['Person', 'Role', 'Tier', 'Setting', 'Date', 'Round']);
  assert.deepEqual(wide.rows[1].slice(0, 6), ['Sam', 'Receptionist (GP practice)', '1', 'Community services', '2026-03-01', 'Spring 2026']);
  assert.equal(wide.rows[1][6], 'Not yet');
  const long = await download(page, 'Export one row per answer (CSV)');
  const capabilities = wide.rows[0].length - 6;
  assert.equal(long.rows.length, 1 + 1000 * capabilities);
  assert.deepEqual(long.rows[0], ['Person', 'Round', 'Date', 'Sector', 'Role', 'Tier', 'Setting', 'Capability id', 'Capability', 'Rating', 'Training asked']);
  assert.deepEqual(long.rows[1].slice(0, 8), ['Sam', 'Spring 2026', '2026-03-01', 'Primary care (GP practices)', 'Receptionist (GP practice)', '1', 'Community services', 'A1']);
  assert.deepEqual(long.rows[1].slice(9), ['Not yet', 'Yes']);
  assert.ok(long.rows.every((r) => r.length === 11));

  // The service report: figures about the 4 people of pharmacy (two roles of 2) are
  // hidden, nobody is named.
  await page.getByRole('button', { name: 'Open the service report' }).click();
  await page.getByRole('heading', { level: 1, name: 'Service report' }).waitFor();
  await page.getByText('100% of people (1,000 of 1,000) have at least one capability they rated Not yet or Developing. 100% of people (1,000 of 1,000) answered Not sure at least once.').waitFor();
  await page.getByText(/^Small numbers are protected: any figure about fewer than 5 people/).waitFor();
  await page.getByText('Pharmacy: hidden').waitFor();
  await page.getByText('Pharmacist: hidden').waitFor();
  assert.equal(await page.getByText(/^Sam$|Person 1\b/).count(), 0, 'nobody is named in the report');
  await screenshot(page, 'service-report-desktop');
  const report = await download(page, 'Export the report as CSV');
  assert.equal(report.name, 'capwalk-service-report.csv');
  assert.match(report.rows[0][0], /^Small numbers are protected/);
  assert.deepEqual(report.rows[1], ['Group', 'Part', 'Breakdown', 'Row', 'Within', 'Capability id', 'Figure', 'Count', 'Hidden']);
  // A1: person i rated it (i mod 6) + 1, and person i asked for training when i mod 4 is 0.
  const a1 = Object.fromEntries(report.rows.filter((r) => r[1] === 'Capability' && r[5] === 'A1').map((r) => [r[6], r[7]]));
  assert.deepEqual(a1, { 'People asked': '1000', 'Not yet': '167', Developing: '167', Confident: '167', 'Could support others': '167',
    'Not had the opportunity': '166', 'Not sure': '166', 'Not answered': '0', 'Not yet or Developing': '334', 'Asked for training': '250' });
  // A hidden figure is an empty count marked Hidden, never a 0.
  const pharmacist = report.rows.find((r) => r[1] === 'Who answered' && r[3] === 'Pharmacist');
  assert.deepEqual(pharmacist.slice(4), ['Pharmacy', '', 'People', '', 'Yes']);

  // A group of 4 is not shown.
  await page.getByRole('checkbox', { name: 'Look at one group (by sector, role, setting or round)' }).click();
  await page.getByRole('radio', { name: 'Pharmacy', exact: true }).click();
  await page.getByText(/^This group is too small to report on without giving people away/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Export the report as CSV' }).count(), 0);
  // Housing officers, beside everyone: the attacker's test gets both CSVs.
  await page.getByRole('radio', { name: 'Housing', exact: true }).click();
  await page.getByText('Core capabilities · Housing · 332 people.').waitFor();
  const housing = await download(page, 'Export the report as CSV');
  await page.getByRole('radio', { name: 'All sectors', exact: true }).click();
  await page.getByText('Pharmacy: hidden').waitFor();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capwalk-report-'));
  const write = (name, csv) => {
    const out = path.join(dir, name);
    fs.writeFileSync(out, csv.text);  // exactly as downloaded
    return out;
  };
  const checked = execFileSync(path.join(root, 'build/native/tests/capwalk-disclosure-check'),
    [file, 'Spring 2026', write('everyone.csv', report), write('housing.csv', housing) + ':sector=housing']).toString();
  console.log(`capwalk-disclosure-check: ${checked.trim()}`);
  assert.match(checked, /; 0 exposed\n/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the report and the team view on a phone, and links pasted with a round', async () => {
  const file = linksFile();
  const text = fs.readFileSync(file, 'utf8').split('\r\n').slice(1, 31).join('\r\n');
  const { context, page, problems } = await openApp(browser, url, PHONE);
  await page.getByRole('button', { name: 'Open my team view' }).click();
  await page.getByRole('textbox', { name: 'Paste one or more links' }).fill(text + '\r\nhttps://x.invalid/#r=AAAA');
  await page.getByRole('textbox', { name: 'Round (optional)' }).fill('Autumn 2026');
  await page.getByRole('button', { name: 'Add to team' }).click();
  await page.getByRole('status').filter({ hasText: '30 people added. 1 link not added.' }).waitFor();
  await page.getByText(/^1 link \(line 31\) was not added\. This link is/).waitFor();
  await screenshot(page, 'team-phone');
  await page.getByRole('button', { name: 'Open the service report' }).click();
  await page.getByRole('heading', { level: 1, name: 'Service report' }).waitFor();
  await page.getByText('Core capabilities · Everyone · 30 people.').waitFor();
  await screenshot(page, 'service-report-phone');
  assert.deepEqual(problems, []);
  await context.close();
});
