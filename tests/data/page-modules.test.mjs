// The page's JavaScript is ES modules (web/shell.js and web/shell/): each import names a
// file that exists, each module is imported, and index.html preloads exactly those
// modules, so none is fetched late or for nothing when web/ is served as it is. dist/
// has them as one file made by scripts/bundle-page.mjs, which must keep what the
// modules do and refuse what it does not understand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { bundle } from '../../scripts/bundle-page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const web = path.join(root, 'web');
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

// A folder of modules for the bundler, from { 'shell.js': code, 'shell/a.js': code }.
function moduleFolder(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'capwalk-bundle-'));
  for (const [name, code] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), code);
  }
  return dir;
}

test('the bundle of web/ holds every module once and is valid strict JavaScript', () => {
  const { code, files } = bundle(web);
  assert.deepEqual([...files].sort(), ['shell.js', ...modules].sort());
  assert.equal(files.at(-1), 'shell.js', 'the entry runs last, after what it imports');
  assert.doesNotMatch(code, /^\s*(import|export)\b/m, 'no import or export is left');
  assert.doesNotThrow(() => new vm.Script(`'use strict';\n${code}`, { filename: 'shell.js' }));
});

test('bundled modules run once each, dependencies first, each seeing its imports', () => {
  const dir = moduleFolder({
    'shell.js': "import { twice } from './shell/b.js';\nimport { base } from './shell/a.js';\nlog.push(`shell ${twice()} ${base}`);\n",
    'shell/a.js': "export const base = 21;\nconst hidden = 'a';\nlog.push(`a ${hidden}`);\n",
    'shell/b.js': "import { base } from './a.js';\nconst hidden = 'b';\nexport function twice() { return base * 2; }\nlog.push(`b ${hidden}`);\n",
  });
  const log = [];
  vm.runInNewContext(bundle(dir).code, { log });
  assert.deepEqual(log, ['a a', 'b b', 'shell 42 21']);
});

test('the bundler refuses what it does not understand rather than guess', () => {
  const refused = {
    'a default export': 'export default 1;\n',
    'an export list': 'const a = 1;\nexport { a };\n',
    'a default import': "import a from './x.js';\n",
    'a namespace import': "import * as a from './x.js';\n",
    'an import over two lines': "import {\n  a } from './x.js';\n",
  };
  for (const [form, code] of Object.entries(refused)) {
    const dir = moduleFolder({ 'shell.js': code, 'x.js': 'export const a = 1;\n' });
    assert.throws(() => bundle(dir), /does not understand/, form);
  }
  const missing = moduleFolder({ 'shell.js': "import { b } from './x.js';\n", 'x.js': 'export const a = 1;\n' });
  assert.throws(() => bundle(missing), /imports b, which x\.js does not export/);
  const cycle = moduleFolder({ 'shell.js': "import { a } from './x.js';\n", 'x.js': "import { b } from './y.js';\nexport const a = 1;\n", 'y.js': "import { a } from './x.js';\nexport const b = 1;\n" });
  assert.throws(() => bundle(cycle), /import cycle/);
});

test('dist/ has the page as one shell.js with no modulepreloads left', { skip: !fs.existsSync(path.join(root, 'dist/index.html')) && 'no dist/ (scripts/build)' }, () => {
  const html = fs.readFileSync(path.join(root, 'dist/index.html'), 'utf8');
  assert.match(html, /<script type="module" src="shell.js"><\/script>/);
  assert.doesNotMatch(html, /modulepreload/);
  assert.ok(!fs.existsSync(path.join(root, 'dist/shell')), 'dist/shell/ is gone');
  assert.doesNotMatch(fs.readFileSync(path.join(root, 'dist/shell.js'), 'utf8'), /^\s*(import|export)\b/m);
});
