// Writes DIR/sw.js for the site built in DIR: web/sw.js with every file of the build and
// the SHA-256 of each, and the build's id made from those and from web/sw.js itself, so
// that any change to any file (the service worker's too) is a new build. The service
// worker installs a build only if every file it fetches has exactly these bytes.
//
//   node scripts/stamp-sw.mjs DIR        (scripts/build runs it on dist/)
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutCommentLines } from './page-files.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TEMPLATE = path.join(root, 'web', 'sw.js');

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

function filesUnder(dir, prefix = '') {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(dir, name) : [name];
  });
}

// Returns { buildId, files } where files maps each path (as the page asks for it) to its
// SHA-256 in hex.
export function stampServiceWorker(dir) {
  const names = filesUnder(dir).filter((name) => name !== 'sw.js').sort();
  const files = Object.fromEntries(names.map((name) => [name, sha256(fs.readFileSync(path.join(dir, name)))]));
  const template = fs.readFileSync(TEMPLATE, 'utf8');
  if (!template.includes("'__BUILD_ID__'") || !template.includes('= __FILES__;')) {
    throw new Error(`${TEMPLATE}: the __BUILD_ID__ or __FILES__ placeholder is missing`);
  }
  const buildId = sha256(template + JSON.stringify(files)).slice(0, 12);
  // The comments stay in web/sw.js: every page downloads this file.
  const code = withoutCommentLines(template);
  const worker = `// capwalk's service worker (web/sw.js, stamped by scripts/stamp-sw.mjs).\n${code}`
    .replace('__BUILD_ID__', buildId)
    .replace('__FILES__', JSON.stringify(files));
  fs.writeFileSync(path.join(dir, 'sw.js'), worker);
  return { buildId, files };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/stamp-sw.mjs DIR');
    process.exit(2);
  }
  const { buildId, files } = stampServiceWorker(dir);
  console.log(`build ${buildId}: ${Object.keys(files).length} files in ${path.join(dir, 'sw.js')}`);
}
