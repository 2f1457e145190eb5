// Steps of the walkthrough shared by browser tests, written as a person acts:
// by role and visible name.
import assert from 'node:assert/strict';
import { screenshot } from './harness.mjs';

export const RATING_QUESTION = 'How would you rate yourself?';
export const PATTERN = ['Not yet', 'Developing', 'Confident', 'Not had the opportunity', 'Could support others', 'Not sure'];

// Start goes straight to the role (the core framework is chosen; "Change the framework"
// is on the role screen), and a listed role's tier is shown with Change, not asked.
export async function chooseReceptionist(page) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  await page.getByRole('textbox', { name: 'Search roles' }).fill('front desk');
  const receptionist = page.getByRole('button', { name: 'Receptionist (GP practice)' });
  await receptionist.waitFor();
  await page.waitForFunction(() => document.querySelectorAll('#mirror button').length < 12);  // filtered
  await receptionist.click();
  await page.getByRole('heading', { level: 1, name: 'About your work' }).waitFor();
  await page.getByText('Tier 1 – Awareness, suggested for your role.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Change', exact: true }).count(), 1);
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  await page.getByRole('progressbar', { name: 'Progress' }).waitFor();
}

// Start, then "Change the framework" on the role screen: the framework screen.
export async function openFrameworks(page) {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  await page.getByRole('button', { name: 'Change the framework' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose a framework' }).waitFor();
}

// Reads "n of m" from the progress bar.
export async function position(page) {
  const text = await page.getByRole('progressbar', { name: 'Progress' }).getAttribute('aria-valuetext');
  const [n, m] = text.split(' of ').map(Number);
  return { n, m };
}

export async function rate(page, label) {
  const radio = page.getByRole('radiogroup', { name: RATING_QUESTION }).getByRole('radio', { name: label, exact: true });
  await radio.click();
  await page.waitForFunction((l) => [...document.querySelectorAll('[role=radio][aria-checked=true]')]
    .some((r) => r.textContent === l), label);
}

export async function next(page, expected) {
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('button', { name: expected }).click();
  await page.waitForFunction((t) => document.querySelector('#mirror h1')?.textContent !== t, title);
}

export async function walkAll(page, { screenshotName, offset = 0 } = {}) {
  const notYet = [];
  const { m } = await position(page);
  for (let i = 1; i <= m; i++) {
    assert.deepEqual(await position(page), { n: i, m });
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    const rating = PATTERN[(i - 1 + offset) % PATTERN.length];
    await rate(page, rating);
    if (rating === 'Not yet') notYet.push(title);
    if (i === 1 && screenshotName) await screenshot(page, screenshotName);
    await next(page, i === m ? 'See my results' : 'Next');
  }
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  return { total: m, notYet };
}

