// services.js — what the page does for the app: print, copy and download; results
// links in the address bar; saves made in other tabs; offline use and updates (sw.js);
// the kiosk's idle watch, and a kiosk leaving nothing behind. The app asks through
// window.capwalkShell (app/platform/web) and hears back through call().
import { call, STORAGE_KEYS, STORAGE_CLEARED, MAILBOX_OPENED_LINK } from './contract.js';

// The printable view: HTML made (and escaped) by the app, shown only when printing.
export function print(html) {
  let view = document.getElementById('print-view');
  if (!view) {
    view = document.createElement('div');
    view.id = 'print-view';
    document.body.appendChild(view);
  }
  view.innerHTML = html;
  window.print();
}

// Copies text (the app asks a frame after the click); the app is told whether it
// worked. Safari (WebKit) lets a page write to the clipboard only while it handles the
// person's click, and refuses it a frame later: so a button that copies carries its
// text in the mirror, which copies it during the click (copyInClick), and the app's
// request for the same text just after is answered with how that went.
const COPY_IN_CLICK_MS = 5000;
let copiedInClick = null;  // { text, outcome: Promise<boolean>, at }

export function copyInClick(text) {
  copiedInClick = { text, outcome: writeToClipboard(text), at: Date.now() };
}

export function copy(text) {
  const earlier = copiedInClick;
  copiedInClick = null;
  const fresh = earlier && earlier.text === text && Date.now() - earlier.at < COPY_IN_CLICK_MS;
  (fresh ? earlier.outcome : writeToClipboard(text)).then((ok) => call('capwalk_copied', ok ? 1 : 0));
}

// The clipboard API, or selecting the text in a field where it is missing or refused.
function writeToClipboard(text) {
  const fallback = () => {
    const field = document.createElement('textarea');
    field.value = text;
    document.body.appendChild(field);
    field.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    field.remove();
    return ok;
  };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    return navigator.clipboard.writeText(text).then(() => true, fallback);
  }
  return Promise.resolve(fallback());
}

export function download(name, mime, text) {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// A results link (#r=...) or a manager's reply (#v=...): handed to the app as "r=…"
// or "v=…", then taken out of the address bar so it is not kept in the history or
// shown to the next person.
export function takeLinkFromAddress() {
  if (!location.hash.startsWith('#r=') && !location.hash.startsWith('#v=')) return false;
  window.capwalkShell.assets[MAILBOX_OPENED_LINK] = new TextEncoder().encode(location.hash.slice(1));
  history.replaceState(null, '', location.pathname + location.search);
  return true;
}
window.addEventListener('hashchange', () => { if (takeLinkFromAddress()) call('capwalk_link_opened'); });

// Another tab or window saved: only the two documents matter (never the probe that
// every page writes to test storage, or the spare copies), and only a real change.
window.addEventListener('storage', (event) => {
  if (event.storageArea !== localStorage) return;
  if (event.key === null) { call('capwalk_storage_changed', STORAGE_CLEARED, 1); return; }
  const which = STORAGE_KEYS[event.key];
  if (which === undefined || event.newValue === event.oldValue) return;
  call('capwalk_storage_changed', which, event.newValue === null ? 1 : 0);
});

// ---- Offline: the service worker (sw.js) and updates ----

let updating = false;
export function registerServiceWorker() {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register('sw.js').then((registration) => {
    const offer = () => {
      if (!registration.waiting || !navigator.serviceWorker.controller) return;
      window.capwalkShell.updateReady = true;
      call('capwalk_update_ready');
    };
    offer();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (worker) worker.addEventListener('statechange', () => { if (worker.state === 'installed') offer(); });
    });
    registration.update().catch(() => {});  // offline: keep what we have
  }).catch((error) => console.warn('capwalk: offline use is not available: ' + error.message));
  // Only an update the person asked for reloads the page.
  navigator.serviceWorker.addEventListener('controllerchange', () => { if (updating) location.reload(); });
}

export function applyUpdate() {
  updating = true;
  navigator.serviceWorker.getRegistration().then((registration) => {
    if (registration && registration.waiting) registration.waiting.postMessage('take-over');
    else location.reload();
  });
}

// ---- Kiosk: the idle watch. Timers live here because the app draws nothing (and
// runs nothing) while nobody touches it. ----

export const kiosk = {
  on: false, idleMs: 0, warningSeconds: 0, timer: 0, interval: 0, warning: false,
  activity() {
    if (!kiosk.idleMs || kiosk.warning) return;
    clearTimeout(kiosk.timer);
    kiosk.timer = setTimeout(kiosk.warn, kiosk.idleMs);
  },
  warn() {
    kiosk.warning = true;
    let left = kiosk.warningSeconds;
    call('capwalk_idle_warning', left);
    kiosk.interval = setInterval(() => {
      left -= 1;
      if (left > 0) call('capwalk_idle_tick', left);
      else kiosk.restart();
    }, 1000);
  },
  watch(idleSeconds, warningSeconds) {
    kiosk.on = true;
    const first = !kiosk.idleMs;
    kiosk.idleMs = idleSeconds * 1000;
    kiosk.warningSeconds = warningSeconds;
    if (first) {
      for (const type of ['pointerdown', 'keydown', 'input', 'scroll', 'wheel']) {
        document.addEventListener(type, kiosk.activity, { capture: true, passive: true });
      }
    }
    kiosk.activity();
  },
  stillHere() {
    clearInterval(kiosk.interval);
    kiosk.warning = false;
    kiosk.activity();
  },
  // Everything of the person is in this page's memory: replacing the page (and its
  // history entry) is what clears it.
  restart(stayKiosk = true) {
    clearTimeout(kiosk.timer);
    clearInterval(kiosk.interval);
    try { sessionStorage.clear(); } catch (e) { /* nothing to clear */ }
    const next = new URL(location.href);
    next.hash = '';
    if (!stayKiosk) next.searchParams.delete('kiosk');
    location.replace(next.href);
  },
};

// A kiosk leaves nothing: nothing of the person goes to the clipboard, the page is
// not printed or saved to a file from the keyboard, and a page the browser brings
// back from its back/forward cache (the last person's, as they left it) starts afresh.
const onKiosk = (handler) => (event) => { if (kiosk.on) handler(event); };
const keepOffClipboard = onKiosk((event) => {
  event.preventDefault();
  event.clipboardData?.setData('text/plain', '');
});
document.addEventListener('copy', keepOffClipboard, true);
document.addEventListener('cut', keepOffClipboard, true);
document.addEventListener('keydown', onKiosk((event) => {
  if ((event.ctrlKey || event.metaKey) && /^[ps]$/i.test(event.key)) event.preventDefault();
}), true);
window.addEventListener('pagehide', onKiosk(() => { document.documentElement.style.visibility = 'hidden'; }));
window.addEventListener('pageshow', onKiosk((event) => { if (event.persisted) kiosk.restart(); }));
