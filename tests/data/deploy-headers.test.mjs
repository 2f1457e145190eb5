// The headers capwalk is served with are written down once (scripts/http-headers.mjs):
// the page's <meta> policy, the README's ready settings for nginx, Apache and _headers
// hosts, and the README's description of the policy must all say the same, so that
// none of them can drift from the others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_POLICY, SECURITY_HEADERS, CACHE_CONTROL, WASM_TYPE } from '../../scripts/http-headers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const page = fs.readFileSync(path.join(root, 'web/index.html'), 'utf8');
const EVERY_FILE = { ...SECURITY_HEADERS, 'Cache-Control': CACHE_CONTROL };

function section(title) {
  const start = readme.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `the README has a "${title}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

// The one fenced block of this language in the deploy section.
function snippet(language) {
  const blocks = [...section('Deploying').matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)]
    .filter((m) => m[1] === language);
  assert.equal(blocks.length, 1, `one ${language} block`);
  return blocks[0][2];
}

const headersIn = (text, pattern) => Object.fromEntries([...text.matchAll(pattern)].map((m) => [m[1], m[2]]));

test("the page's own policy is the table's, and so is its referrer policy", () => {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page);
  assert.equal(meta?.[1], PAGE_POLICY);
  assert.equal(/<meta name="referrer" content="([^"]*)">/.exec(page)?.[1], SECURITY_HEADERS['Referrer-Policy']);
  assert.equal(SECURITY_HEADERS['Content-Security-Policy'], `${PAGE_POLICY}; frame-ancestors 'none'`);
});

test('the nginx settings send every header, and .wasm as WebAssembly', () => {
  const nginx = snippet('nginx');
  assert.deepEqual(headersIn(nginx, /^\s*add_header ([\w-]+) "([^"]*)" always;$/gm), EVERY_FILE);
  assert.match(nginx, new RegExp(`location ~ \\\\\\.wasm\\$ \\{\\s*types \\{ ${WASM_TYPE} wasm; \\}`));
});

test('the Apache .htaccess sends every header, and .wasm as WebAssembly', () => {
  const apache = snippet('apache');
  assert.deepEqual(headersIn(apache, /^Header always set ([\w-]+) "([^"]*)"$/gm), EVERY_FILE);
  assert.match(apache, new RegExp(`^AddType ${WASM_TYPE} \\.wasm$`, 'm'));
});

test('the _headers file sends every header on every file, and .wasm as WebAssembly', () => {
  const rules = snippet('text').split(/^(?=\S)/m).map((rule) => {
    const [pattern, ...lines] = rule.trimEnd().split('\n');
    return [pattern, headersIn(lines.join('\n'), /^ {2}([\w-]+): (.*)$/gm)];
  });
  assert.deepEqual(rules, [
    ['/capwalk/*', EVERY_FILE],
    ['/capwalk/*.wasm', { 'Content-Type': WASM_TYPE }],
  ]);
});

test("the README's account of the policy quotes the page's policy", () => {
  const prose = section('Hardening and privacy').replace(/\s+/g, ' ');
  assert.ok(prose.includes(`\`${PAGE_POLICY}\``), prose);
});
