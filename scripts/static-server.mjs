// A small static file server for dist/, with the right MIME types (browsers only
// stream-compile WebAssembly served as application/wasm) and the security headers of
// scripts/http-headers.mjs. Used by ./scripts/serve and by the browser tests; any static
// host does the same job in production (README, "Deploying").
//
//   node scripts/static-server.mjs DIR [PORT]     (PORT 0 picks a free one)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS, CACHE_CONTROL, WASM_TYPE } from './http-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': WASM_TYPE,
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.otf': 'font/otf',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

// The file a request target names, as path segments under the served folder, or null
// when the target is not a plain path: bad percent-encoding, a NUL or other control
// character, a backslash, an encoded slash, or a "." or ".." segment (raw or encoded).
// Refusing these outright, rather than normalising them, means no spelling of a path
// can reach outside the folder.
export function segmentsOf(target) {
  if (!target.startsWith('/')) return null;
  const raw = target.split(/[?#]/, 1)[0];
  const segments = [];
  for (const part of raw.slice(1).split('/')) {
    let name;
    try {
      name = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (/[\u0000-\u001f\u007f/\\]/.test(name) || name === '.' || name === '..') return null;
    segments.push(name);
  }
  if (segments.at(-1) === '') segments[segments.length - 1] = 'index.html';
  return segments.filter((name) => name !== '');
}

function answer(res, status, headers, body) {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  res.end(body);
}

function plain(res, status, text, headers = {}) {
  answer(res, status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }, text);
}

// cacheControl: what Cache-Control says on every file (tests play a host that lets
// browsers keep files for an hour with { cacheControl: 'max-age=3600' }).
export function createStaticServer(root, { cacheControl = CACHE_CONTROL } = {}) {
  const base = path.resolve(root);
  return http.createServer((req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
        return;
      }
      const segments = segmentsOf(req.url);
      if (!segments) {
        plain(res, 400, 'Bad request');
        return;
      }
      const file = path.join(base, ...segments);
      if (file !== base && !file.startsWith(base + path.sep)) {
        plain(res, 400, 'Bad request');
        return;
      }
      fs.readFile(file, (err, data) => {
        if (err) {
          plain(res, 404, 'Not found');
          return;
        }
        answer(res, 200, {
          'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
          'Cache-Control': cacheControl,
        }, req.method === 'HEAD' ? undefined : data);
      });
    } catch (error) {
      // Whatever goes wrong with one request, the server keeps serving the others.
      console.error(`serve: ${req.method} ${JSON.stringify(req.url)}: ${error.message}`);
      if (!res.headersSent) plain(res, 500, 'Server error');
      else res.destroy();
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  const server = createStaticServer(root);
  server.on('error', (err) => {
    console.error(`serve: cannot listen on port ${port}: ${err.message}`);
    process.exit(1);
  });
  server.listen(Number(port), '127.0.0.1', () => {
    console.log(`capwalk is running at http://localhost:${server.address().port}/ (Ctrl+C stops it)`);
  });
}
