// The development and test server (scripts/static-server.mjs) survives bad requests:
// malformed paths and every spelling of "outside the folder" get 400, nothing outside
// the folder is ever sent, and the server goes on serving. It also sends the headers of
// scripts/http-headers.mjs with every answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS, CACHE_CONTROL, WASM_TYPE } from '../../scripts/http-headers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SECRET = 'the secret next to the site';

// A site folder with a secret file beside it, which no request may reach.
let outer;
let server;
let port;
let output = '';

before(async () => {
  outer = fs.mkdtempSync(path.join(os.tmpdir(), 'capwalk-serve-'));
  fs.writeFileSync(path.join(outer, 'secret.txt'), SECRET);
  const site = path.join(outer, 'site');
  fs.mkdirSync(path.join(site, 'fonts'), { recursive: true });
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>site</title>');
  fs.writeFileSync(path.join(site, 'fonts', 'a.otf'), 'font');
  fs.writeFileSync(path.join(site, 'app.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  // Its own process, so that a crash shows as the process ending.
  server = spawn(process.execPath, [path.join(root, 'scripts/static-server.mjs'), site, '0']);
  server.stderr.on('data', (chunk) => { output += chunk; });
  port = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /localhost:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    server.on('exit', (code) => reject(new Error(`the server ended (${code}): ${output}`)));
  });
});

after(() => {
  server?.kill();
  fs.rmSync(outer, { recursive: true, force: true });
});

// Sends one request line exactly as written (a client library would normalise the
// path first) and returns the whole raw answer.
function rawRequest(target, method = 'GET') {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('connect', () => socket.write(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    socket.on('data', (chunk) => { answer += chunk.toString('latin1'); });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

const statusOf = (answer) => Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);

async function stillServing() {
  assert.equal(server.exitCode, null, `the server is still running: ${output}`);
  assert.equal(statusOf(await rawRequest('/')), 200, 'GET / still answers');
}

const BAD_PATHS = [
  ['a NUL byte', '/%00'],
  ['a NUL byte inside a name', '/index.html%00.txt'],
  ['another control character', '/index%0a.html'],
  ['a broken percent escape', '/%zz'],
  ['a cut-off percent escape', '/index.html%'],
  ['percent escapes that are not UTF-8', '/%c3%28'],
  ['raw dot-dot segments', '/../secret.txt'],
  ['encoded slashes', '/..%2fsecret.txt'],
  ['encoded dots', '/%2e%2e/secret.txt'],
  ['encoded dots and slashes, deeper', '/fonts/%2e%2e%2f%2e%2e%2fsecret.txt'],
  ['mixed-case encoded dots', '/fonts/%2E%2e/%2E%2E/secret.txt'],
  ['backslashes', '/..\\secret.txt'],
  ['encoded backslashes', '/..%5csecret.txt'],
  ['a dot segment', '/./index.html'],
  ['a target that is not a path', 'http://localhost/../secret.txt'],
];

for (const [what, target] of BAD_PATHS) {
  test(`a path with ${what} (${target}) gets 400, and the server keeps running`, async () => {
    const answer = await rawRequest(target);
    assert.equal(statusOf(answer), 400, answer.split('\r\n')[0]);
    assert.ok(!answer.includes(SECRET), 'nothing from outside the folder');
    await stillServing();
  });
}

test('ordinary paths are still served, with or without a query', async () => {
  assert.equal(statusOf(await rawRequest('/index.html?v=1')), 200);
  assert.equal(statusOf(await rawRequest('/fonts/a.otf')), 200);
  assert.equal(statusOf(await rawRequest('/fonts%2Fa.otf')), 400, 'an encoded slash is refused, not read as a folder');
  assert.equal(statusOf(await rawRequest('/missing.txt')), 404);
  assert.equal(statusOf(await rawRequest('/', 'POST')), 405);
  await stillServing();
});

test('every answer carries the security headers; files say no-cache, WebAssembly its own type', async () => {
  const base = `http://127.0.0.1:${port}`;
  for (const [address, status] of [['/', 200], ['/app.wasm', 200], ['/missing.txt', 404], ['/%00', 400]]) {
    const response = await fetch(base + address);
    assert.equal(response.status, status, address);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      assert.equal(response.headers.get(name), value, `${address}: ${name}`);
    }
  }
  const page = await fetch(base + '/');
  assert.equal(page.headers.get('Cache-Control'), CACHE_CONTROL);
  assert.match(page.headers.get('Content-Security-Policy'), /; frame-ancestors 'none'$/);
  assert.equal((await fetch(base + '/app.wasm')).headers.get('Content-Type'), WASM_TYPE);
});
