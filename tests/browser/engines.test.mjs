// The journeys people make, in the engines they carry: Chromium, Firefox ESR and
// WebKitGTK (Safari's engine, as on every iPhone), through one set of steps written by
// role and visible name (engines.mjs). In each engine: the receptionist journey with a
// typed note, its results and its link; the link opened in a fresh profile; a reload
// half-way resumed at a phone's size; and offline after a first visit. CAPWALK_ENGINES
// picks the engines (default: all three).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createStaticServer } from '../../scripts/static-server.mjs';
import { startServer, distDir } from './harness.mjs';
import { launchEngine, selectedEngines, groupsLeft, SIZES } from './engines.mjs';

const RATING_QUESTION = 'How would you rate yourself?';
const PATTERN = ['Not yet', 'Developing', 'Confident', 'Not had the opportunity', 'Could support others', 'Not sure'];
const NOTE = 'Ask Sam about the course';  // typed, key by key, in every engine

// ---- Steps, as a person acts ----

async function chooseReceptionist(s) {
  await s.click({ role: 'button', name: 'Start' });
  await s.waitFor({ role: 'heading', level: 1, name: 'Choose your role' });
  await s.type({ role: 'textbox', name: 'Search roles' }, 'front desk');
  await s.waitUntil(() => document.querySelectorAll('#mirror button').length < 12);  // filtered
  await s.click({ role: 'button', name: /^Receptionist \(GP practice\)/ });
  await s.waitFor({ role: 'heading', level: 1, name: 'About your work' });
  await s.waitFor({ text: 'Tier 1 – Awareness, suggested for your role.' });
  await s.click({ role: 'button', name: 'Start the assessment' });
  await s.waitFor({ role: 'progressbar', name: 'Progress' });
}

const title = (s) => s.evaluate(() => document.querySelector('#mirror h1')?.textContent ?? '');

// "n of m" from the progress bar.
async function position(s) {
  const text = await s.evaluate(() => document.querySelector('#mirror [role=progressbar]')?.getAttribute('aria-valuetext'));
  const [n, m] = text.split(' of ').map(Number);
  return { n, m };
}

const chosenRating = (s) => s.evaluate(() => document.querySelector('#mirror [role=radio][aria-checked=true]')?.textContent ?? null);

async function rate(s, label) {
  await s.click({ role: 'radio', name: label, within: { role: 'radiogroup', name: RATING_QUESTION } });
  await s.waitUntil((l) => [...document.querySelectorAll('#mirror [role=radio][aria-checked=true]')]
    .some((r) => r.textContent === l), label);
}

async function next(s, button) {
  const before = await title(s);
  await s.click({ role: 'button', name: button });
  await s.waitUntil((t) => (document.querySelector('#mirror h1')?.textContent ?? t) !== t, before);
}

const noteField = { role: 'textbox', name: 'Private note (optional)' };

// Saved at once: what the app stored (app/core/storage) is what was typed.
const storedNotes = (s) => s.evaluate(() => {
  const stored = JSON.parse(localStorage.getItem('capwalk.data') || 'null');
  return Object.values(stored?.data?.assessments?.[0]?.answers ?? {}).map((a) => a.note).filter(Boolean);
});

async function scrollToTop(s) {
  await s.evaluate(() => new Promise((resolve) => {
    window.scrollTo(0, 0);
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  }));
}

async function timed(label, body) {
  const started = Date.now();
  const result = await body();
  console.log(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

// ---- The same tests in each engine ----

let server = null;
let url = '';
before(async () => { ({ server, url } = await startServer()); });
after(() => { server?.closeAllConnections(); server?.close(); });

for (const name of selectedEngines()) {
  describe(name, () => {
    let engine = null;
    let link = '';      // the results link the journey made, with its note
    let answered = 0;   // how many capabilities it rated

    before(async () => { engine = await timed(`${name}: started`, () => launchEngine(name)); });
    after(async () => {
      await engine?.close();
      // Every process the engine started (Xvfb, the browser, its driver) has ended.
      assert.deepEqual(await groupsLeft(engine?.pids ?? []), [], `${name}: processes left running`);
    });

    // One session a test, closed even when the test fails.
    async function withSession(size, body) {
      const s = await engine.session(size);
      try { return await body(s); } finally { await s.close(); }
    }

    test(`${name}: the receptionist journey, with a typed note, its results and its link`, () => timed(`${name}: journey`, () => withSession('desktop', async (s) => {
      await s.open(url);
      await chooseReceptionist(s);
      const { m } = await position(s);
      await s.type(noteField, NOTE);
      await s.waitUntil(() => document.activeElement?.tagName === 'TEXTAREA');
      assert.equal(await s.value(noteField), NOTE, 'the field shows what was typed');
      await s.waitUntil((n) => (localStorage.getItem('capwalk.data') || '').includes(n), NOTE, 5000).catch(() => {});
      assert.deepEqual(await storedNotes(s), [NOTE], 'the app received and saved the typed note');
      for (let i = 1; i <= m; i++) {
        assert.deepEqual(await position(s), { n: i, m });
        await rate(s, PATTERN[(i - 1) % PATTERN.length]);
        if (i === 1) { await scrollToTop(s); await s.screenshot(`${name}-capability`); }
        await next(s, i === m ? 'See my results' : 'Next');
      }
      await s.waitFor({ role: 'heading', level: 1, name: 'Your results' });
      await s.waitFor({ text: `You answered ${m} of ${m} capabilities.` });
      await scrollToTop(s);
      await s.screenshot(`${name}-results`);

      await s.click({ role: 'button', name: 'Share with my manager' });
      await s.waitFor({ role: 'heading', level: 1, name: 'Share your results' });
      await s.click({ role: 'checkbox', name: 'Include my private notes and my plan' });
      await s.waitFor({ text: /your private notes and your plan\. Anyone/ });
      answered = m;
      link = await s.waitUntil(() => document.querySelector('#mirror textarea[readonly]')?.value.includes('#r=')
        && document.querySelector('#mirror textarea[readonly]').value);
      assert.ok(link.startsWith(url + '#r='), link);
      // Copy link: Safari allows the clipboard only during the click (web/shell/services.js).
      await s.click({ role: 'button', name: 'Copy link' });
      await s.waitFor({ text: 'Link copied. You can paste it into an email or message.' });
      assert.deepEqual(await s.problems(), []);
    })));

    test(`${name}: the results link in a fresh profile shows the review, saving nothing`, () => timed(`${name}: review`, () => withSession('desktop', async (s) => {
      assert.ok(link, 'needs the link the journey made');
      await s.open(link);
      await s.waitFor({ role: 'heading', level: 1, name: 'Shared results' });
      assert.equal(await s.evaluate(() => location.hash), '', 'the fragment is cleared from the address bar');
      const ratings = await s.evaluate(() => [...document.querySelectorAll('#mirror p')].map((p) => p.textContent)
        .filter((t) => /^[A-Z].*: (Not yet|Developing|Confident|Could support others|Not had the opportunity|Not sure)$/.test(t)));
      assert.equal(ratings.length, answered);
      ratings.forEach((line, i) => assert.ok(line.endsWith(': ' + PATTERN[i % PATTERN.length]), line));
      await s.waitFor({ text: 'Note: ' + NOTE });
      assert.equal(await s.evaluate(() => localStorage.getItem('capwalk.data')), null, 'a fresh profile, left as it was');
      assert.deepEqual(await s.problems(), []);
    })));

    test(`${name}: at a phone's size, a reload half-way continues at the same capability with every answer kept`, () => timed(`${name}: resume (phone)`, () => withSession('phone', async (s) => {
      await s.open(url);
      const { width, height } = await s.viewport();
      assert.deepEqual({ width, height }, { width: SIZES.phone.width, height: SIZES.phone.height });
      await chooseReceptionist(s);
      const titles = [];
      for (let i = 0; i < 3; i++) {
        titles.push(await title(s));
        await rate(s, PATTERN[i]);
        if (i === 1) {
          await s.click({ role: 'checkbox', name: "I'd like training on this" });
          await s.type(noteField, NOTE);
          // The field holds every key; the app draws it in the frames after.
          await s.waitUntil((n) => document.activeElement?.value === n, NOTE);
          await s.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
          await s.screenshot(`${name}-capability-phone`);
        }
        await next(s, 'Next');
      }
      const fourth = await title(s);
      await s.reload();
      await s.click({ role: 'button', name: 'Continue where you left off' });
      await s.waitFor({ role: 'heading', level: 1, name: fourth });
      assert.equal((await position(s)).n, 4);
      for (let i = 2; i >= 0; i--) {
        await next(s, 'Back');
        assert.equal(await title(s), titles[i]);
        assert.equal(await chosenRating(s), PATTERN[i]);
        if (i === 1) {
          assert.equal(await s.evaluate(() => [...document.querySelectorAll('#mirror [role=checkbox]')]
            .find((c) => c.textContent === "I'd like training on this")?.getAttribute('aria-checked')), 'true');
          assert.equal(await s.value(noteField), NOTE);
        }
      }
      assert.deepEqual(await s.problems(), []);
    })));

    test(`${name}: after a first visit the app starts and assesses with the server stopped`, () => timed(`${name}: offline`, () => withSession('desktop', async (s) => {
      // A server of its own (its own origin, so its own service worker) to stop.
      const own = createStaticServer(distDir);
      await new Promise((resolve) => own.listen(0, '127.0.0.1', resolve));
      const ownUrl = `http://127.0.0.1:${own.address().port}/`;
      let stopped = false;
      const stop = () => new Promise((resolve) => { own.closeAllConnections(); own.close(resolve); stopped = true; });
      try {
        await s.open(ownUrl);
        // Installed means every file of the build is in its cache (web/sw.js).
        await s.waitUntil(() => navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null));
        await stop();
        await s.reload();
        await chooseReceptionist(s);
        await rate(s, 'Confident');
        await next(s, 'Next');
        assert.equal((await position(s)).n, 2);
        // The only failures allowed are the update checks that found no server, and the
        // optional organisation.json, which is asked of the host first (sw.js).
        assert.deepEqual((await s.problems()).filter((p) => !/sw\.js|ERR_CONNECTION_REFUSED|NetworkError|Failed to fetch|offline use|organisation\.json/.test(p)), []);
      } finally {
        if (!stopped) await stop();
      }
    })));
  });
}
