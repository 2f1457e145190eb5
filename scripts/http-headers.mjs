// The one table of the HTTP headers capwalk should be served with. scripts/static-server.mjs
// sends them; the README's host settings (nginx, Apache, _headers) must say the same, and
// the policy must be the one web/index.html carries in its <meta> tag:
// tests/data/deploy-headers.test.mjs compares all of them with this file.

// What the page itself declares: only this site's own files may run or load; WebAssembly
// may compile; nothing is embedded, posted or sent elsewhere.
export const PAGE_POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'none'; form-action 'none'";

// Sent with every response. frame-ancestors (no other site may frame the page) only
// works in a header, never in a <meta> tag.
export const SECURITY_HEADERS = {
  'Content-Security-Policy': `${PAGE_POLICY}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

// The file names are the same in every build: a browser must ask the host each time
// whether a file changed (it still gets "not modified" when nothing did).
export const CACHE_CONTROL = 'no-cache';

// Browsers only stream-compile WebAssembly served with this type.
export const WASM_TYPE = 'application/wasm';
