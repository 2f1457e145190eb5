// sw.js — capwalk works offline.
//
// Every file of one build is cached under a name that includes the build's id
// (scripts/build fills in BUILD_ID and FILES). A new build installs beside the old one
// and waits: the page offers "Reload to update" and only then does it take over, so
// nobody is switched to a new version in the middle of an assessment. Old caches are
// deleted when a build takes over. Nothing is ever fetched from another origin.
'use strict';

const BUILD_ID = '__BUILD_ID__';
const FILES = __FILES__;
const CACHE = 'capwalk-' + BUILD_ID;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
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

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname.slice(self.registration.scope.length - self.location.origin.length);
  // Pages (any address under the scope, with any #fragment) get the app's index.html;
  // anything else only ever the cached file itself, never an HTML page in its place.
  const key = request.mode === 'navigate' ? 'index.html' : path;
  event.respondWith(
    caches.open(CACHE)
      .then((cache) => cache.match(key, { ignoreSearch: true }))
      .then((cached) => cached || fetch(request)));
});
