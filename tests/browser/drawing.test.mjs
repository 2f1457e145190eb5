// Works where WebGL 2 does not (issue 32): the whole journey in Chromium with WebGL 2
// blocked (WebGL 1 draws) and with WebGL switched off (drawn into memory,
// app/platform/pixel_renderer.h), at a phone's size and a desktop's. Each path's
// screens are compared, pixel by pixel, with the same screens drawn with WebGL 2;
// Settings says which path is in use; axe stays clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer, launchBrowser, openApp, screenshot, screenshotDir, PHONE, DESKTOP } from './harness.mjs';
import { chooseReceptionist, rate, next } from './journey.mjs';
import { axeViolations } from './a11y.mjs';
import { PNG } from './png.mjs';

const PATHS = {
  webgl2: { flags: [], words: 'drawn with your device\'s graphics (WebGL 2)' },
  webgl: { flags: ['--disable-webgl2'], words: 'drawn with your device\'s graphics (WebGL 1)' },
  pixels: { flags: ['--disable-webgl'], words: 'drawn without your device\'s graphics' },
};
const SIZES = { phone: PHONE, desktop: DESKTOP };

let server = null;
let url = '';
const browsers = {};
before(async () => {
  ({ server, url } = await startServer());
  for (const [name, { flags }] of Object.entries(PATHS)) browsers[name] = await launchBrowser(flags);
});
after(async () => {
  for (const b of Object.values(browsers)) await b.close();
  server?.close();
});

// Share of pixels whose colour differs by more than 40 in any channel.
function differingShare(fileA, fileB) {
  const a = PNG.decode(fs.readFileSync(fileA)), b = PNG.decode(fs.readFileSync(fileB));
  assert.deepEqual([a.width, a.height], [b.width, b.height]);
  let differing = 0;
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++) {
      const p = a.pixel(x, y), q = b.pixel(x, y);
      if (Math.abs(p[0] - q[0]) > 40 || Math.abs(p[1] - q[1]) > 40 || Math.abs(p[2] - q[2]) > 40) differing++;
    }
  return differing / (a.width * a.height);
}

// The screens compared between paths, each at the top of the page.
async function still(page, name) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  return screenshot(page, name);
}

// Role, three capabilities rated, results, the results link, the plan and its print.
async function journey(page, drawing, size) {
  const shots = [await still(page, `drawing-${drawing}-welcome-${size}`)];
  await chooseReceptionist(page);
  for (const rating of ['Developing', 'Confident', 'Not yet']) {
    await rate(page, rating);
    await next(page, 'Next');
  }
  await page.getByRole('button', { name: 'All capabilities' }).click();
  await page.getByRole('heading', { level: 1, name: 'All capabilities' }).waitFor();
  await page.getByRole('button', { name: 'See my results' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your results' }).waitFor();
  shots.push(await still(page, `drawing-${drawing}-results-${size}`));
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Share with my manager' }).click();
  await page.getByRole('heading', { level: 1, name: 'Share your results' }).waitFor();
  await page.waitForFunction(() => document.querySelector('textarea[readonly]')?.value.includes('#r='));
  const link = await page.getByRole('textbox', { name: 'Your link' }).inputValue();
  assert.ok(link.startsWith(url + '#r='), link);
  await page.getByRole('button', { name: 'Back to my results' }).click();
  await page.getByRole('button', { name: 'Make a development plan' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your development plan' }).waitFor();
  await page.evaluate(() => { window.print = () => { window.printed = true; }; });
  await page.getByRole('button', { name: 'Print or save my plan' }).click();
  await page.waitForFunction(() => window.printed === true);
  assert.match(await page.locator('#print-view').textContent(), /Receptionist \(GP practice\)/);
  return { shots, link };
}

for (const [drawing, { words }] of Object.entries(PATHS)) {
  test(`drawn with ${drawing}: the whole journey, and Settings says how the page is drawn`, async () => {
    for (const [size, options] of Object.entries(SIZES)) {
      const { context, page, problems } = await openApp(browsers[drawing], url, options);
      assert.equal(await page.evaluate(() => window.capwalkShell.drawing), drawing);
      await journey(page, drawing, size);
      await page.getByRole('button', { name: 'Back to my results' }).click();
      await page.getByRole('button', { name: 'Back to the start' }).click();
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.getByText(new RegExp(words.replace(/[()]/g, '\\$&'))).waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}

test('without WebGL 2, and without WebGL, the screens look as they do with WebGL 2', async () => {
  for (const size of Object.keys(SIZES))
    for (const screen of ['welcome', 'results'])
      for (const drawing of ['webgl', 'pixels']) {
        const share = differingShare(path.join(screenshotDir, `drawing-webgl2-${screen}-${size}.png`),
          path.join(screenshotDir, `drawing-${drawing}-${screen}-${size}.png`));
        console.log(`${screen} ${size}, ${drawing} against webgl2: ${(share * 100).toFixed(3)}% of pixels differ`);
        // A few glyph edges may fall a pixel apart; a shape drawn wrong would be far more.
        assert.ok(share < 0.002, `${screen} ${size} drawn with ${drawing}: ${(share * 100).toFixed(2)}% of pixels differ`);
      }
});

test('the drawing path without WebGL keeps an idle page idle', async () => {
  const { context, page } = await openApp(browsers.pixels, url, DESKTOP);
  await page.waitForTimeout(500);
  const before = await page.evaluate(() => Module._capwalk_frames_drawn());
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => Module._capwalk_frames_drawn()), before, 'no frames drawn while nothing changes');
  await context.close();
});
