// The supervision conversation on two devices: the person shares their results, the
// manager adds their view and two agreed actions and sends a reply link back, and the
// person's device shows both views side by side and puts the actions in the plan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot, DESKTOP, PHONE, serveAndLaunch, url, browser } from './harness.mjs';
import { chooseReceptionist, walkAll, PATTERN } from './journey.mjs';
import { auditScreen } from './a11y.mjs';

serveAndLaunch();

const h1 = (page, name) => page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
const button = (page, name) => page.getByRole('button', { name, exact: true });
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('capwalk.data')));
const assessments = async (page) => (await stored(page)).data.assessments;

async function personWithResults() {
  const person = await openApp(browser, url, PHONE);
  await chooseReceptionist(person.page);
  await walkAll(person.page);
  await button(person.page, 'Share with my manager').click();
  await h1(person.page, 'Share your results');
  await person.page.waitForFunction(() => document.querySelector('textarea[readonly]')?.value.includes('#r='));
  const link = await person.page.getByRole('textbox', { name: 'Your link' }).inputValue();
  await button(person.page, 'Back to my results').click();
  await h1(person.page, 'Your results');
  return { ...person, link };
}

// Clicks a radio and waits until the page shows it chosen, as a person would see it
// before going on (journey.mjs rate() does the same).
async function choose(radio) {
  await radio.click();
  await radio.page().waitForFunction((el) => el.getAttribute('aria-checked') === 'true', await radio.elementHandle());
}

// The manager's device: sees it differently on the first capability, the same on the
// rest, agrees two actions, and returns the reply link and the first capability's title.
async function managerReplies(link, options = DESKTOP) {
  const manager = await openApp(browser, link, options);
  const device = options === PHONE ? 'phone' : 'desktop';
  const { page } = manager;
  await h1(page, 'Shared results');
  await button(page, 'Add my view').click();
  await h1(page, "Your view of Person 1's results");
  await screenshot(page, `manager-view-top-${device}`);
  const minTarget = options === PHONE ? 44 : 24;
  await auditScreen(page, { minTarget });
  const groups = page.getByRole('radiogroup', { name: /^How do you see / });
  const count = await groups.count();
  assert.equal(count, 9, 'one question per capability');
  const first = (await groups.first().getAttribute('aria-label')).replace(/^How do you see /, '').replace(/\?$/, '');
  await choose(groups.first().getByRole('radio', { name: 'I see it differently', exact: true }));
  await choose(page.getByRole('radiogroup', { name: 'Your rating for ' + first }).getByRole('radio', { name: 'Developing', exact: true }));
  await page.getByRole('textbox', { name: `Your comment on ${first} (optional)` }).fill('You talked the caller through it well.');
  for (let i = 1; i < count; i++) {
    await choose(groups.nth(i).getByRole('radio', { name: 'I see it the same way', exact: true }));
  }
  await button(page, 'Add an agreed action').click();
  await page.getByRole('textbox', { name: 'What will be done (action 1)' }).fill('Do the listening skills module');
  await page.getByRole('textbox', { name: 'By when (action 1)' }).fill('End of March');
  await button(page, 'Add an agreed action').click();
  await choose(page.getByRole('radiogroup', { name: 'Which capability is action 2 for?' }).getByRole('radio').nth(1));
  await page.getByRole('textbox', { name: 'What will be done (action 2)' }).fill('Shadow the duty worker for a shift');
  await page.getByRole('textbox', { name: 'Support (action 2, optional)' }).fill('Sam arranges it');
  await page.getByRole('textbox', { name: 'Overall comment (optional)' }).fill('A good start.');
  await screenshot(page, `manager-view-${device}`);
  await button(page, 'Send my view to Person 1').click();
  await h1(page, 'Send your view to Person 1');
  await page.waitForFunction(() => document.querySelector('textarea[readonly]')?.value.includes('#v='));
  const reply = await page.getByRole('textbox', { name: 'Reply link' }).inputValue();
  await screenshot(page, `send-view-${device}`);
  await auditScreen(page, { minTarget });
  assert.deepEqual(manager.problems, []);
  // The view is kept with the team on the manager's device.
  const team = JSON.parse(await page.evaluate(() => localStorage.getItem('capwalk.team')));
  assert.equal(team.version, 4);
  assert.ok(team.members[0].view, 'the view is stored with the member');
  await manager.context.close();
  return { reply, first };
}

const openOnThisDevice = (page, link) => page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);

test('the manager adds a view and two actions; the person sees both ratings and the actions join the plan, once', async () => {
  const person = await personWithResults();
  const { reply, first } = await managerReplies(person.link);
  assert.ok(reply.startsWith(url + '#v='), reply);
  console.log(`reply link for 9 capabilities and two actions: ${reply.length - url.length} characters after the page address`);
  const { page } = person;
  const before = await assessments(page);

  await openOnThisDevice(page, reply);
  await h1(page, "Your manager's view");
  await page.getByRole('status').filter({ hasText: 'actions you agreed are in your plan' }).waitFor();
  await page.getByText(`${first}. Your rating: ${PATTERN[0]}. Your manager: sees it differently: Developing.`, { exact: true }).waitFor();
  await page.getByRole('heading', { name: 'To talk about', exact: true }).waitFor();
  await screenshot(page, 'reply-phone');
  await auditScreen(page, { minTarget: 44 });
  // Saving follows the frame that changed the data.
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('capwalk.data')).data.assessments[0].replies.length === 1);
  const after = await assessments(page);
  assert.equal(after.length, 1);
  assert.deepEqual(after[0].answers, before[0].answers, "the person's own ratings are unchanged");
  assert.equal(after[0].replies.length, 1);
  const actions = after[0].plan.map((item) => item.action);
  assert.ok(actions.includes('Do the listening skills module'), JSON.stringify(after[0].plan));
  assert.ok(actions.includes('Shadow the duty worker for a shift'), JSON.stringify(after[0].plan));
  assert.equal(after[0].plan.length, 2, 'one plan item for each action, on two capabilities');

  // The conversation guide prints the disagreement and the actions with their dates.
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await button(page, 'Print the conversation guide').click();
  await page.waitForFunction(() => window.printed === true);
  const guide = await page.locator('#print-view').textContent();
  for (const words of ['Supervision: conversation guide', 'Where the manager sees it differently', `Your rating: ${PATTERN[0]}. Manager: sees it differently: Developing.`,
    'Do the listening skills module', 'By when: End of March', 'Support: Sam arranges it', 'Not sure, or not had the opportunity']) {
    assert.ok(guide.includes(words), `${words} in: ${guide}`);
  }
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });  // A4 at 96 dpi
  await screenshot(page, 'conversation-guide-print');
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(PHONE.viewport);
  await button(page, 'See my results').click();
  await h1(page, 'Your results');
  await page.getByRole('heading', { level: 2, name: "Your manager's view" }).waitFor();
  await page.getByText('Your manager\'s comment: You talked the caller through it well.').waitFor();
  await page.getByRole('heading', { level: 2, name: "Your manager's view" }).scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await screenshot(page, 'results-manager-view-phone');
  await button(page, 'Make a development plan').click();
  await h1(page, 'Your development plan');
  await screenshot(page, 'plan-with-agreed-actions-phone');

  // The same reply again changes nothing.
  await openOnThisDevice(page, reply);
  await h1(page, "Your manager's view");
  await page.getByRole('status').filter({ hasText: 'You have opened this reply before. Nothing has changed.' }).waitFor();
  assert.deepEqual(await assessments(page), after);

  // A damaged reply is refused in plain words.
  const code = reply.split('#v=')[1];
  const damaged = code.slice(0, 20) + (code[20] === 'A' ? 'B' : 'A') + code.slice(21);
  await page.evaluate((c) => { location.hash = '#v=' + c; }, damaged);
  await h1(page, 'This reply cannot be opened');
  await page.getByText(/This link is damaged/).waitFor();
  assert.deepEqual(await assessments(page), after);
  assert.deepEqual(person.problems, []);
  await person.context.close();
});

test('a reply opened on another device says it is for answers that are not there, and adds nothing', async () => {
  const person = await personWithResults();
  const { reply } = await managerReplies(person.link, PHONE);
  await person.context.close();
  const other = await openApp(browser, reply, PHONE);
  await h1(other.page, 'This reply cannot be added');
  await other.page.getByText(/This reply is for answers that are not on this device/).waitFor();
  await screenshot(other.page, 'reply-not-here-phone');
  await auditScreen(other.page, { minTarget: 44 });
  assert.equal(await other.page.evaluate(() => localStorage.getItem('capwalk.data')), null);
  assert.deepEqual(other.problems, []);
  await other.context.close();
});

test('a field keeps the focus while repeated text above it changes', async () => {
  const person = await personWithResults();
  await person.context.close();
  const manager = await openApp(browser, person.link, DESKTOP);
  const { page } = manager;
  await button(page, 'Add my view').click();
  await button(page, 'Add an agreed action').click();
  await button(page, 'Add an agreed action').click();
  const support = page.getByRole('textbox', { name: 'Support (action 2, optional)' });
  await support.focus();
  // Text arrives in a field above without taking the focus (as dictation or a script
  // might): its "0 of 300 characters" becomes "3 of 300 characters", and the copies
  // of that line below it take new ids and trade places.
  await page.getByRole('textbox', { name: 'What will be done (action 1)' }).evaluate((el) => {
    el.value = 'abc';
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.getByText('3 of 300 characters', { exact: true }).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), 'Support (action 2, optional)');
  await page.keyboard.type('Sam arranges it');
  await page.waitForTimeout(300);
  assert.equal(await support.inputValue(), 'Sam arranges it');
  assert.deepEqual(manager.problems, []);
  await manager.context.close();
});
