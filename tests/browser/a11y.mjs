// Accessibility checks shared by the browser tests: axe-core on the live page, and
// what axe cannot know about a page drawn on a canvas — one main heading, a title
// per screen, target sizes, and nothing overlapping or running off the side.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// axe-core against WCAG 2.0–2.2 A and AA (and its best practices). Returns the
// violations of serious or critical impact, described for a failure message.
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

// The mirror's items: role, name and rectangle (page coordinates, CSS px).
export async function mirrorItems(page) {
  return page.evaluate(() => [...document.querySelectorAll('#mirror .m')].map((el) => {
    const r = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(), role: el.getAttribute('role') || el.tagName.toLowerCase(),
      name: el.getAttribute('aria-label') || el.textContent,
      x: r.left, y: r.top + window.scrollY, width: r.width, height: r.height,
    };
  }));
}

const OPERABLE = new Set(['button', 'radio', 'checkbox']);

// Everything checked on every screen. `minTarget` is the smallest width and height
// of anything to press: 24 CSS px (WCAG 2.5.8) or 44 on touch screens.
export async function auditScreen(page, { minTarget = 24 } = {}) {
  const serious = await axeViolations(page);
  assert.deepEqual(serious, [], `axe-core: serious or critical violations on "${await page.title()}"`);

  const h1s = await page.getByRole('heading', { level: 1 }).allTextContents();
  assert.equal(h1s.length, 1, `one main heading on "${await page.title()}", found ${JSON.stringify(h1s)}`);
  assert.equal(await page.getByRole('main').count(), 1, 'one main landmark');
  const title = await page.title();
  assert.match(title, / – capwalk$/, 'the title names the screen and the app');

  const items = await mirrorItems(page);
  const viewport = page.viewportSize();
  for (const item of items) {
    if (OPERABLE.has(item.role)) {
      assert.ok(item.width >= minTarget && item.height >= minTarget,
        `"${item.name}" (${item.role}) is ${item.width}×${item.height}, needs ${minTarget}×${minTarget} on "${title}"`);
    }
    assert.ok(item.x >= 0 && item.x + item.width <= viewport.width + 0.5,
      `"${item.name.slice(0, 40)}" runs off the side (${item.x}..${item.x + item.width} of ${viewport.width}) on "${title}"`);
  }
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i], b = items[j];
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      assert.ok(!(w > 1 && h > 1),
        `"${a.name.slice(0, 40)}" and "${b.name.slice(0, 40)}" overlap on "${title}"`);
    }
  }
  return { title, h1: h1s[0] };
}
