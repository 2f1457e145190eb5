// The page's JavaScript is ES modules loaded as they are (web/shell.js and web/shell/):
// each import names a file that exists, each module is imported, and index.html
// preloads exactly those modules, so none is fetched late or for nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');
const modules = fs.readdirSync(path.join(web, 'shell')).filter((n) => n.endsWith('.js')).map((n) => `shell/${n}`).sort();

test('every import names a module that exists, and every module is imported', () => {
  const imported = new Set();
  for (const file of ['shell.js', ...modules]) {
    const code = fs.readFileSync(path.join(web, file), 'utf8');
    for (const [, spec] of code.matchAll(/^import [^;]* from '([^']+)';$/gm)) {
      assert.match(spec, /^\.\//, `${file}: imports are relative to the page's own files`);
      const target = path.posix.join(path.posix.dirname(file), spec);
      assert.ok(fs.existsSync(path.join(web, target)), `${file} imports ${spec}: no such file`);
      imported.add(target);
    }
  }
  assert.deepEqual([...imported].sort(), modules);
});

test('index.html loads shell.js as a module and preloads each of its modules', () => {
  const html = fs.readFileSync(path.join(web, 'index.html'), 'utf8');
  assert.match(html, /<script type="module" src="shell.js"><\/script>/);
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]).sort();
  assert.deepEqual(preloaded, modules);
});
