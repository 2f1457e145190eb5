// app.js is minified by the Closure Compiler (cmake/web.cmake), which renames whatever
// it does not know to be used outside app.js. These checks keep the names that cross
// between the app and the page shell whole: the page shell's that the app's EM_JS
// functions call (declared in cmake/closure-externs.js), and the app's exported
// functions that the shell calls (Module._capwalk_*).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file) => fs.readFileSync(path.join(root, file), 'utf8');

function filesUnder(dir, pattern) {
  return fs.readdirSync(path.join(root, dir), { recursive: true })
    .filter((name) => pattern.test(name)).map((name) => path.join(dir, name));
}
const appSources = filesUnder('app', /\.(cpp|h)$/).map(read).join('\n');
const shellSources = ['web/shell.js', ...filesUnder('web/shell', /\.js$/)].map(read).join('\n');
const unique = (items) => [...new Set(items)].sort();

// capwalkShell.kiosk.watch, capwalkShell.assets... as the app's EM_JS code writes them
// (an array's own .length left out: the compiler knows it).
const shellNames = unique([...appSources.matchAll(/capwalkShell((?:\.\w+)+)/g)]
  .map((m) => ('capwalkShell' + m[1]).replace(/\.length$/, '')));
const exported = unique([...appSources.matchAll(/EMSCRIPTEN_KEEPALIVE\s+[\w:]+\s+(capwalk_\w+)\s*\(/g)].map((m) => m[1]));

test('every page shell name the app reaches is declared to the Closure Compiler', () => {
  assert.ok(shellNames.length >= 10, shellNames.join(', '));
  const externs = read('cmake/closure-externs.js');
  const missing = shellNames.filter((name) => !new RegExp(`^${name.replace(/\./g, '\\.')}\\b`, 'm').test(externs));
  assert.deepEqual(missing, [], 'add these to cmake/closure-externs.js');
});

test('every capwalk_* function the page shell calls is one the app exports', () => {
  assert.ok(exported.length >= 15, exported.join(', '));
  const called = unique([...shellSources.matchAll(/(?:call\('|Module\._)(capwalk_\w+)/g)].map((m) => m[1]));
  assert.deepEqual(called.filter((name) => !exported.includes(name)), []);
});

const appJs = path.join(root, 'dist', 'app.js');
test('the built app.js keeps those names whole', { skip: !fs.existsSync(appJs) && 'no dist/: run ./scripts/build' }, () => {
  const code = fs.readFileSync(appJs, 'utf8');
  assert.deepEqual(shellNames.filter((name) => !code.includes(name)), [], 'renamed in dist/app.js');
  assert.deepEqual(exported.filter((name) => !code.includes(`._${name}=`) && !code.includes(`["_${name}"]=`)), [],
    'exports missing from dist/app.js');
  for (const name of ['callMain', 'lengthBytesUTF8', 'stringToUTF8', '_malloc', '_free']) {
    assert.ok(code.includes(`.${name}=`) || code.includes(`["${name}"]=`), `Module.${name} missing from dist/app.js`);
  }
});
