// A development need ends in learning a person can start: real links to the
// provider's page (a new tab, no opener, no referrer), Add to my plan, Booked and Done
// kept after a reload, an organisation's own offer first, and on a kiosk a QR code
// instead of a page that would take the person away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DESKTOP, PHONE, distDir, openApp, screenshot, serveAndLaunch, url, browser } from './harness.mjs';
import { createStaticServer } from '../../scripts/static-server.mjs';
import { walkAll } from './journey.mjs';

serveAndLaunch();

const root = path.resolve(distDir, '..');
const catalogue = JSON.parse(fs.readFileSync(path.join(root, 'frameworks/learning.json'), 'utf8'));
const sampleOrganisation = JSON.parse(fs.readFileSync(path.join(root, 'tests/organisation/organisation.json'), 'utf8'));
const addresses = new Set(catalogue.resources.map((r) => r.url).filter(Boolean));

// The provider's pages are not on this machine: any request to another origin is
// answered here, and recorded.
async function standInForProviders(context) {
  const visited = [];
  await context.route((u) => !u.href.startsWith('http://127.0.0.1'), (route) => {
    visited.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Provider</title><p>The provider page</p>' });
  });
  return visited;
}

async function housingOfficerResults(page) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('textbox', { name: 'Search roles' }).fill('housing');
  await page.getByRole('button', { name: /^Housing officer/ }).click();
  await page.getByRole('heading', { level: 1, name: 'About your work' }).waitFor();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByRole('progressbar', { name: 'Progress' }).waitFor();
  return walkAll(page);
}

// Scrolls the page so that the heading is at the top, for a screenshot of what follows it.
async function scrollToHeading(page, name) {
  await page.getByRole('heading', { name }).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(200);
}

// The mirror's items in page order from the heading of need `n` (1-based) to the next.
async function needItems(page, n) {
  return page.evaluate((n) => {
    const items = [...document.querySelectorAll('#mirror > *')];
    const start = items.findIndex((el) => el.tagName === 'H3' && el.textContent.startsWith(n + '. '));
    const end = items.findIndex((el, i) => i > start && /^H[1-3]$/.test(el.tagName));
    return items.slice(start, end < 0 ? undefined : end).map((el) => ({
      tag: el.tagName, text: el.textContent, href: el.getAttribute('href'), target: el.getAttribute('target'),
      rel: el.getAttribute('rel'),
    }));
  }, n);
}

test("a housing officer's needs each end in links to real pages that open in a new tab", async () => {
  const { context, page, problems } = await openApp(browser, url, DESKTOP);
  const visited = await standInForProviders(context);
  const { notYet } = await housingOfficerResults(page);
  assert.ok(notYet.length >= 2, 'the walk leaves needs');
  const needs = await page.locator('#mirror h3').allTextContents();
  assert.ok(needs.length >= notYet.length);
  for (let n = 1; n <= needs.length; n++) {
    const links = (await needItems(page, n)).filter((item) => item.tag === 'A');
    assert.ok(links.length >= 1, `need ${n} has a link`);
    for (const link of links) {
      assert.ok(addresses.has(link.href), `${link.href} is a catalogue address`);
      assert.equal(link.target, '_blank');
      assert.equal(link.rel, 'noopener noreferrer');
    }
  }
  // The first need's Start here pick is what the catalogue's rules choose.
  const first = await needItems(page, 1);
  // A housing officer works in supported living (the role's suggestion): the pick may be
  // one made for it.
  const startAt = first.findIndex((item) => /^Start here: free, online and (the best match|made for supported living)$/
    .test(item.text));
  assert.ok(startAt >= 0, 'a Start here pick');
  const pick = first.slice(startAt).find((item) => item.tag === 'A');
  const resource = catalogue.resources.find((r) => r.url === pick.href);
  assert.equal(resource.cost, 'free');
  assert.ok(['e-learning', 'video', 'reading'].includes(resource.format));
  assert.ok(first.some((item) => item.text.startsWith(resource.provider + ' · ') && item.text.includes('Free')),
    'its provider, format and cost are shown');
  assert.deepEqual(visited, [], 'nothing is fetched from a provider before a link is followed');

  const link = page.getByRole('link', { name: resource.title }).first();
  const [provider] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await provider.waitForLoadState();
  assert.equal(provider.url(), resource.url);
  assert.equal(await provider.evaluate(() => window.opener), null, 'no opener');
  assert.equal(await provider.evaluate(() => document.referrer), '', 'no referrer');
  assert.deepEqual(visited, [resource.url.split('#')[0]], 'only the followed page was requested (a fragment is never sent)');
  await provider.close();
  await page.bringToFront();
  await scrollToHeading(page, 'What to work on first');
  await screenshot(page, 'learning-results-desktop');
  await page.getByRole('button', { name: 'Add to my plan' }).first().click();
  await page.getByRole('button', { name: 'Make a development plan' }).click();
  await page.getByRole('checkbox', { name: 'Done' }).first().click();
  await page.getByRole('checkbox', { name: 'Done' }).first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(200);
  await screenshot(page, 'learning-plan-desktop');
  assert.deepEqual(problems, []);
  await context.close();
});

test('Add to my plan, then Done, is kept after a reload', async () => {
  const { context, page, problems } = await openApp(browser, url, PHONE);
  await standInForProviders(context);
  await housingOfficerResults(page);
  await scrollToHeading(page, 'What to work on first');
  await screenshot(page, 'learning-results-phone');
  const first = await needItems(page, 1);
  const needTitle = first[0].text.replace(/^1\. /, '');
  await page.getByRole('button', { name: 'Add to my plan' }).first().click();
  await page.getByText('In your plan').first().waitFor();
  await page.getByRole('button', { name: 'Make a development plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your development plan' }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'Work on: ' + needTitle }).isChecked(), true);
  await page.getByRole('checkbox', { name: 'Booked' }).first().click();
  await page.getByRole('checkbox', { name: 'Done' }).first().click();
  await page.getByText(/^Done on \d+ \w+ \d{4}$/).first().waitFor();
  assert.ok(await page.getByRole('link').count() >= 1, 'the planned learning is a link on the plan too');
  await page.getByRole('checkbox', { name: 'Work on: ' + needTitle }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(200);
  await screenshot(page, 'learning-plan-phone');

  await page.reload();
  await page.waitForSelector('html[data-ready="1"]');
  await page.getByRole('button', { name: 'Housing officer', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  await page.getByRole('button', { name: 'Make a development plan' }).click();
  assert.equal(await page.getByRole('checkbox', { name: 'Done' }).first().isChecked(), true);
  assert.equal(await page.getByRole('checkbox', { name: 'Booked' }).first().isChecked(), true);
  await page.getByText(/^Booked on \d+ \w+ \d{4}$/).first().waitFor();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.data')));
  const plan = stored.data.assessments[0].plan[0];
  assert.equal(plan.learning.length, 1);
  assert.ok(plan.done_at > 0 && plan.booked_at > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("with the organisation's file the header shows its name and its own resource comes first", async () => {
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'capwalk-org-'));
  fs.cpSync(distDir, site, { recursive: true });
  fs.writeFileSync(path.join(site, 'organisation.json'), JSON.stringify(sampleOrganisation));
  const server = createStaticServer(site);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const siteUrl = `http://127.0.0.1:${server.address().port}/`;
    for (const [options, size] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
      const { context, page, problems } = await openApp(browser, siteUrl, options);
      await page.getByText(sampleOrganisation.name, { exact: true }).waitFor();
      await housingOfficerResults(page);
      // Under the first need the trust's offer serves, its own resource comes first.
      const own = sampleOrganisation.resources.map((r) => r.title);
      const needCount = (await page.locator('#mirror h3').allTextContents()).filter((t) => /^\d+\. /.test(t)).length;
      let first = null;
      for (let n = 1; n <= needCount && !first; n++) {
        const items = await needItems(page, n);
        if (items.some((item) => own.includes(item.text))) first = items;
      }
      assert.ok(first, 'the trust offers something for one of the needs');
      const firstResource = first.find((item) => own.includes(item.text) ||
        catalogue.resources.some((r) => r.title === item.text));
      assert.ok(own.includes(firstResource.text), `the first resource is the organisation's own: ${firstResource.text}`);
      assert.ok(first.some((item) => item.text.endsWith(' · From ' + sampleOrganisation.name)));
      await page.getByRole('heading', { level: 2, name: 'Help with training at ' + sampleOrganisation.name }).waitFor();
      await screenshot(page, `learning-organisation-top-${size}`);
      await scrollToHeading(page, 'What to work on first');
      await screenshot(page, `learning-organisation-${size}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
    // A broken file: a plain banner, and the app still works without it.
    fs.writeFileSync(path.join(site, 'organisation.json'), JSON.stringify({ ...sampleOrganisation, contact: { name: 'x' } }));
    const { context, page } = await openApp(browser, siteUrl, DESKTOP);
    await page.getByText(/^This organisation's settings file \(organisation\.json\) could not be used/).waitFor();
    assert.equal(await page.getByText(sampleOrganisation.name, { exact: true }).count(), 0);
    await page.getByRole('button', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
    await context.close();
  } finally {
    server.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('in kiosk mode a resource shows its address and a QR code, and no new page opens', async () => {
  const context = await browser.newContext(DESKTOP);
  const visited = await standInForProviders(context);
  const page = await context.newPage();
  await page.goto(url + '?kiosk');
  await page.getByRole('heading', { level: 1, name: 'Set up kiosk mode' }).waitFor();
  await page.getByLabel('Choose a PIN').fill('2468');
  await page.getByLabel('Type the PIN again').fill('2468');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Switch kiosk mode on' }).click()]);
  await page.waitForSelector('html[data-ready="1"]');
  await housingOfficerResults(page);
  assert.equal(await page.getByRole('link').count(), 0, 'no links on a kiosk');
  let opened = 0;
  context.on('page', () => { opened++; });
  await page.getByRole('button', { name: 'Show the address and QR code' }).first().click();
  await page.getByRole('img', { name: /^QR code/ }).waitFor();
  const address = await page.getByRole('textbox', { name: /^Address of / }).inputValue();
  assert.ok(addresses.has(address), `${address} is a catalogue address`);
  await page.getByRole('img', { name: /^QR code/ }).click();
  await page.waitForTimeout(500);
  assert.equal(opened, 0, 'no new page');
  assert.deepEqual(visited, []);
  await page.getByRole('img', { name: /^QR code/ }).evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(200);
  await screenshot(page, 'learning-kiosk-qr-desktop');
  await context.close();
});
