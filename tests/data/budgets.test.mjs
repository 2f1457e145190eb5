// The deterministic performance budgets, checked on every test run: the bytes a
// first visit downloads, and the length of the longest share code. (Timings are
// measured by scripts/bench and printed, not asserted.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS, distSizes } from '../../scripts/budgets.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

test(`dist/ downloads at most ${BUDGETS.gzipBytes} bytes gzip, fonts and frameworks included`, () => {
  const sizes = distSizes(path.join(root, 'dist'));
  const list = sizes.files.map((f) => `${f.name} ${f.gzip}`).join(', ');
  assert.ok(sizes.files.some((f) => f.name === 'app.wasm') && sizes.files.some((f) => f.name.startsWith('fonts/')), 'a whole build');
  assert.ok(sizes.gzip <= BUDGETS.gzipBytes, `${sizes.gzip} bytes gzip: ${list}`);
});

test(`a fully answered 96-item assessment shares in at most ${BUDGETS.linkCharacters} characters`, () => {
  const out = JSON.parse(execFileSync(path.join(root, 'build/native/tests/capwalk-bench-data'),
    [path.join(root, 'frameworks')], { maxBuffer: 1 << 24 }).toString());
  assert.equal(out.nos_capabilities, 96);
  assert.ok(out.link_characters <= BUDGETS.linkCharacters, `${out.link_characters} characters`);
});
