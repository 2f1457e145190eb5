// sw.js — capwalk works offline.
//
// Every file of one build is cached under a name that includes the build's id
// (scripts/stamp-sw.mjs fills in BUILD_ID and FILES). A new build installs beside the old
// one and waits: the page offers "Reload to update" and only then does it take over, so
// nobody is switched to a new version in the middle of an assessment. Old caches are
// deleted when a build takes over. Nothing is ever fetched from another origin.
//
// A cache never holds a mix of two builds: the file names are the same in every build,
// and a host may let the browser keep an older build's file for a while, so each file is
// fetched from the host itself and checked against this build's SHA-256 of it. If any
// file does not match (a deploy still being copied, a cache in the way), the build is not
// installed and the one in charge stays; the next visit tries again.
'use strict';

const BUILD_ID = '__BUILD_ID__';
// Each file of the build (as the page asks for it) and the SHA-256 of its bytes, in hex.
const FILES = __FILES__;
const CACHE = 'capwalk-' + BUILD_ID;

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// 'no-cache' makes the browser ask the host even when its cached copy looks fresh; it
// only reuses that copy when the host says it is the current one.
async function verifiedFile(name) {
  const response = await fetch(name, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`capwalk: ${name}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  const digest = hex(await crypto.subtle.digest('SHA-256', bytes));
  if (digest !== FILES[name]) {
    throw new Error(`capwalk: ${name} on the server is not the file of build ${BUILD_ID}; not installing it`);
  }
  // A fresh response: the same bytes and type, never marked as redirected.
  return new Response(bytes, { status: 200, headers: response.headers });
}

// A file this build shares with one already cached (the same SHA-256) is copied from
// there, so an update downloads only the files that changed.
async function cachedCopy(name) {
  for (const cacheName of await caches.keys()) {
    if (!cacheName.startsWith('capwalk-') || cacheName === CACHE) continue;
    const cached = await (await caches.open(cacheName)).match(name);
    if (!cached) continue;
    const bytes = await cached.arrayBuffer();
    if (hex(await crypto.subtle.digest('SHA-256', bytes)) === FILES[name]) {
      return new Response(bytes, { status: 200, headers: cached.headers });
    }
  }
  return null;
}

async function install() {
  const names = Object.keys(FILES);
  const responses = await Promise.all(names.map(async (name) => (await cachedCopy(name)) || verifiedFile(name)));
  const cache = await caches.open(CACHE);
  await Promise.all(names.map((name, i) => cache.put(name, responses[i])));
}

self.addEventListener('install', (event) => {
  event.waitUntil(install());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names
        .filter((name) => name.startsWith('capwalk-') && name !== CACHE)
        .map((name) => caches.delete(name))))
      .then(() => self.clients.claim()));
});

// The page asks for this when the person chooses "Reload to update".
self.addEventListener('message', (event) => {
  if (event.data === 'take-over') self.skipWaiting();
});

// organisation.json is not part of a build: whoever deployed this copy may add or change
// it at any time. The host's copy is used when it can be reached, else the last one seen,
// so a kiosk offline still shows its organisation. Its cache is kept across builds.
const DEPLOYMENT_CACHE = 'deployment-capwalk';
const ORGANISATION_FILE = 'organisation.json';

async function organisationFile(request) {
  let response;
  try {
    response = await fetch(request, { cache: 'no-cache' });
  } catch (e) {
    return (await caches.match(request, { cacheName: DEPLOYMENT_CACHE })) || new Response('', { status: 404 });
  }
  if (response.ok) await (await caches.open(DEPLOYMENT_CACHE)).put(request, response.clone());
  else if (response.status === 404) await caches.delete(DEPLOYMENT_CACHE);  // none any more
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname.slice(self.registration.scope.length - self.location.origin.length);
  if (path === ORGANISATION_FILE) {
    event.respondWith(organisationFile(request));
    return;
  }
  // Pages (any address under the scope, with any #fragment) get the app's index.html;
  // anything else only ever the cached file itself, never an HTML page in its place.
  // Answering from the checked cache also means the page's app.js and app.wasm are
  // always of one build, whatever the browser's own cache holds.
  const key = request.mode === 'navigate' ? 'index.html' : path;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request)));
});
