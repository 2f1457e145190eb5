// The welcome screen and the first step, driven as a person would: by role and
// visible name, through the accessible DOM mirror over the canvas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, screenshot, mainThreadBusyShare, PHONE, DESKTOP, serveAndLaunch, url, browser } from './harness.mjs';

serveAndLaunch();

const WELCOME = 'Find the mental health training your role needs';

test('the welcome screen loads with no errors and can be found by role and name', async () => {
  const { context, page, problems } = await openApp(browser, url);
  await assert.doesNotReject(page.getByRole('heading', { level: 1, name: WELCOME }).waitFor());
  assert.equal(await page.getByRole('button', { name: 'Start' }).count(), 1);
  assert.equal(await page.getByText('Your answers stay on this device unless you choose to share them.').count(), 1);
  assert.equal(await page.title(), 'Welcome – capwalk');
  assert.equal(await page.locator('#status').isVisible(), false, 'the loading message is gone');
  assert.equal(await page.getByRole('main').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Start leads to the next screen and Back returns, by mouse', async () => {
  const { context, page, problems } = await openApp(browser, url);
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  assert.equal(await page.title(), 'Choose your role – capwalk');
  assert.equal(await page.getByRole('button', { name: 'Start' }).count(), 0);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: WELCOME }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Back', exact: true }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the same journey works from the keyboard alone', async () => {
  const { context, page, problems } = await openApp(browser, url);
  const start = page.getByRole('button', { name: 'Start' });
  for (let i = 0; i < 10 && !(await start.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await start.evaluate((el) => el === document.activeElement), 'Tab reaches Start');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  assert.equal(await page.locator('#announcer').textContent(), 'Choose your role');
  assert.ok(await page.getByRole('heading', { level: 1 }).evaluate((el) => el === document.activeElement),
    'focus continues from the new heading');
  await page.keyboard.press('Tab');
  assert.ok(await page.getByRole('button', { name: 'Change the framework' }).evaluate((el) => el === document.activeElement),
    'Tab moves on to the first control');
  const back = page.getByRole('button', { name: 'Back', exact: true });
  await back.focus();
  await page.keyboard.press('Space');
  await page.getByRole('heading', { level: 1, name: WELCOME }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tap on a phone works like a click', async () => {
  const { context, page, problems } = await openApp(browser, url, PHONE);
  await page.getByRole('button', { name: 'Start' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the mirror lies exactly over what is drawn', async () => {
  const { context, page } = await openApp(browser, url);
  const box = await page.getByRole('button', { name: 'Start' }).boundingBox();
  // The primary button is drawn in green (#00703C): sample inside its rectangle,
  // away from the label, and just outside it.
  const shot = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: box.height } });
  const { PNG } = await import('./png.mjs');
  const img = PNG.decode(shot);
  const inside = img.pixel(4, Math.floor(img.height / 2));
  assert.deepEqual(inside.slice(0, 3), [0x00, 0x70, 0x3c], 'button colour at the left edge of its DOM box');
  const outside = await page.screenshot({ clip: { x: box.x - 4, y: box.y + box.height + 4, width: 2, height: 2 } });
  assert.deepEqual(PNG.decode(outside).pixel(0, 0).slice(0, 3), [0xff, 0xff, 0xff], 'page colour just outside it');
  await context.close();
});

test('the canvas follows the window size at the device pixel ratio', async () => {
  for (const [options, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
    const { context, page } = await openApp(browser, url, options);
    const size = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { w: c.width, h: c.height, cssW: c.clientWidth, cssH: c.clientHeight, dpr: devicePixelRatio };
    });
    assert.equal(size.cssW, options.viewport.width, `${name}: canvas CSS width`);
    assert.equal(size.w, Math.round(size.cssW * size.dpr), `${name}: backing store width`);
    assert.equal(size.h, Math.round(size.cssH * size.dpr), `${name}: backing store height`);
    await page.setViewportSize({ width: 800, height: 600 });
    await page.waitForFunction((dpr) => document.getElementById('canvas').width === Math.round(800 * dpr), size.dpr);
    // Nothing on the page may be wider than the viewport.
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true);
    await context.close();
  }
});

test('screenshots at phone and desktop sizes, for people to look at', async () => {
  for (const [options, name] of [[PHONE, 'phone'], [DESKTOP, 'desktop']]) {
    const { context, page } = await openApp(browser, url, options);
    await screenshot(page, `welcome-${name}`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
    await page.getByRole('button', { name: 'Change the framework' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a framework' }).waitFor();
    await page.waitForTimeout(100);
    await screenshot(page, `choose-framework-${name}`);
    await context.close();
  }
});

test('an idle page keeps the main thread (almost) free', async () => {
  const { context, page } = await openApp(browser, url);
  await page.waitForTimeout(500);  // let start-up work settle
  const share = await mainThreadBusyShare(page, 5000);
  console.log(`idle main-thread busy share over 5 s: ${(share * 100).toFixed(2)}%`);
  assert.ok(share <= 0.02, `busy ${(share * 100).toFixed(2)}% of the time`);
  await context.close();
});

test('a browser without WebAssembly gets a plain-English message', async () => {
  const { context, page } = await openApp(browser, url, DESKTOP, { initScript: () => { delete window.WebAssembly; } });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /does not support WebAssembly/);
  await context.close();
});

test('a browser that cannot compile the WebAssembly capwalk needs says so in plain English', async () => {
  // As an old Safari does: WebAssembly is there, the features the build uses are not.
  const { context, page } = await openApp(browser, url, DESKTOP, {
    initScript: () => {
      const refuse = () => Promise.reject(new WebAssembly.CompileError("WebAssembly.Module doesn't parse at byte 36"));
      WebAssembly.compileStreaming = refuse;
      WebAssembly.compile = refuse;
    },
  });
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /does not support WebAssembly, or not the recent kind capwalk needs/);
  await context.close();
});

test('below the fold: the page scrolls natively and the mirror stays over the drawing', async () => {
  const { context, page, problems } = await openApp(browser, url, { viewport: { width: 360, height: 300 }, deviceScaleFactor: 1 });
  const start = page.getByRole('button', { name: 'Start' });
  assert.ok((await start.boundingBox()).y > 300, 'Start begins below the fold');
  await start.click();  // Playwright scrolls it into view first, as a person would
  await page.getByRole('heading', { level: 1, name: 'Choose your role' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the mirror gives every kind of item its role, name and state', async () => {
  // Feeds the page's mirror a description with every role the app uses, as the app
  // does after each frame, and reads it back the way assistive technology does.
  const { context, page } = await openApp(browser, url);
  await page.evaluate(() => window.capwalkShell.updateMirror(JSON.stringify({
    title: 'Example – capwalk',
    height: 900,
    nodes: [
      { id: 1, role: 'heading', name: 'Listening', level: 1, rect: [10, 10, 300, 40] },
      { id: 2, role: 'text', name: 'A plain summary.', rect: [10, 60, 300, 20] },
      { id: 3, role: 'radio', name: 'Not yet', group: 'How confident are you?', checked: false, rect: [10, 90, 300, 44] },
      { id: 4, role: 'radio', name: 'Confident', group: 'How confident are you?', checked: true, rect: [10, 140, 300, 44] },
      { id: 5, role: 'checkbox', name: "I'd like training on this", checked: true, rect: [10, 190, 300, 44] },
      { id: 6, role: 'textbox', name: 'Private note', value: 'hello', rect: [10, 240, 300, 44] },
      { id: 7, role: 'progressbar', name: 'Progress', value: '7 of 18', now: 7, max: 18, rect: [10, 290, 300, 10] },
      { id: 8, role: 'button', name: 'Next', disabled: true, rect: [10, 310, 300, 44] },
    ],
  })));
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Listening' }).count(), 1);
  const group = page.getByRole('radiogroup', { name: 'How confident are you?' });
  assert.equal(await group.getByRole('radio').count(), 2);
  assert.equal(await group.getByRole('radio', { name: 'Confident' }).isChecked(), true);
  assert.equal(await group.getByRole('radio', { name: 'Not yet' }).isChecked(), false);
  assert.equal(await page.getByRole('checkbox', { name: "I'd like training on this" }).isChecked(), true);
  assert.equal(await page.getByRole('textbox', { name: 'Private note' }).inputValue(), 'hello');
  const bar = page.getByRole('progressbar', { name: 'Progress' });
  assert.equal(await bar.getAttribute('aria-valuenow'), '7');
  assert.equal(await bar.getAttribute('aria-valuemax'), '18');
  assert.equal(await bar.getAttribute('aria-valuetext'), '7 of 18');
  assert.equal(await page.getByRole('button', { name: 'Next' }).isDisabled(), true);
  assert.equal(await page.title(), 'Example – capwalk');
  const start = await page.locator('#mirror').evaluate((el) => el.style.height);
  assert.equal(start, '900px');
  await context.close();
});
