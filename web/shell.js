// shell.js — the page around capwalk's canvas.
//
// 1. Checks the browser can run the app, and says so in plain English if not.
// 2. Fetches the fonts while the WebAssembly downloads, then starts main().
// 3. Keeps the accessibility mirror (#mirror): real DOM elements with ARIA roles,
//    names and states, placed exactly over what ImGui draws. Screen readers and
//    keyboards use them; pointer input on them is passed to the canvas.
// 4. Wakes the render-on-demand loop when something changes (scroll, resize).
'use strict';

(function () {
  // ---- What the page and the app both know, declared once on this side; the app's
  // side is capwalk::web::contract in app/platform/web/web_page.h. Change both together.
  // Keys handed to capwalk_key() (digits come as their character codes).
  const KEY_ENTER = 13;
  const KEY_ESCAPE = 27;
  // What capwalk_storage_changed(which, removed) is told another tab changed.
  const STORAGE_KEYS = { 'capwalk.data': 0, 'capwalk.team': 1 };
  const STORAGE_CLEARED = 2;
  // Mailboxes in capwalkShell.assets that the app reads with fetched_asset().
  const MAILBOX_OPENED_LINK = 'opened-link';
  const MAILBOX_OPENED_FILE = 'opened-file';
  const MAILBOX_OPENED_FILE_NAME = 'opened-file-name';

  const FONT_FILES = ['fonts/Inter-Regular.otf', 'fonts/Inter-SemiBold.otf'];
  // Lists the framework and role files of this build (written by scripts/build).
  const FRAMEWORK_INDEX = 'frameworks/index.json';
  // Larger files are refused here without reading them; the app's own limit is lower
  // and it explains it.
  const MAX_OPENED_FILE = 16 * 1024 * 1024;

  const MESSAGES = {
    wasm: 'capwalk cannot run in this browser, because it does not support WebAssembly. ' +
      'Please open this page in a recent version of Chrome, Edge, Firefox or Safari.',
    webgl: 'capwalk cannot draw its pages in this browser, because WebGL 2 is switched off ' +
      'or not supported. Please open this page in a recent version of Chrome, Edge, Firefox ' +
      'or Safari, or ask your IT team to allow WebGL.',
    load: 'capwalk could not finish loading. Please check your internet connection and ' +
      'reload the page.',
    crash: 'Something went wrong and capwalk stopped. Please reload the page. ' +
      'Anything you had already saved on this device is still there.',
  };

  const statusBox = document.getElementById('status');
  const statusText = document.getElementById('status-text');
  const mirrorRoot = document.getElementById('mirror');
  const announcer = document.getElementById('announcer');
  const canvas = document.getElementById('canvas');
  let failed = false;

  function fail(kind) {
    if (failed) return;
    failed = true;
    statusBox.hidden = false;
    statusBox.classList.add('error');
    statusBox.setAttribute('role', 'alert');
    statusText.textContent = MESSAGES[kind] || MESSAGES.crash;
    document.documentElement.dataset.failed = kind;
  }

  function canRunWasm() {
    return typeof WebAssembly === 'object' && typeof WebAssembly.instantiate === 'function';
  }

  function canUseWebGL2() {
    try {
      return !!document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      return false;
    }
  }

  // ---- The accessibility mirror ----

  const elements = new Map();  // key -> element
  let currentTitle = '';

  function tagFor(node) {
    switch (node.role) {
      case 'heading': return 'h' + Math.min(6, Math.max(1, node.level || 1));
      case 'text': return 'p';
      case 'status': return 'p';
      case 'img': return 'div';
      case 'textbox': return node.multiline ? 'textarea' : 'input';
      case 'progressbar': return 'div';
      default: return 'button';
    }
  }

  function elementFor(key, tag) {
    let el = elements.get(key);
    if (el && el.tagName.toLowerCase() === tag) return el;
    el = document.createElement(tag);
    el.className = 'm';
    if (tag === 'button') {
      el.type = 'button';
      el.addEventListener('click', onMirrorClick);
    }
    if (tag === 'input' || tag === 'textarea') {
      // A real, visible field: typing, the caret, selection, on-screen keyboards and
      // every language's input methods work as on any web page.
      el.className = 'm field';
      if (tag === 'input') el.type = 'text';
      el.autocomplete = 'off';
      el.addEventListener('input', () => sendText(el));
    }
    elements.set(key, el);
    return el;
  }

  function setAttr(el, name, value) {
    if (value === null || value === undefined) {
      if (el.hasAttribute(name)) el.removeAttribute(name);
    } else if (el.getAttribute(name) !== String(value)) {
      el.setAttribute(name, String(value));
    }
  }

  function place(el, rect) {
    const [x, y, w, h] = rect;
    const style = el.style;
    const left = x + 'px', top = y + 'px', width = w + 'px', height = h + 'px';
    if (style.left !== left) style.left = left;
    if (style.top !== top) style.top = top;
    if (style.width !== width) style.width = width;
    if (style.height !== height) style.height = height;
  }

  function applyNode(el, node) {
    el.dataset.id = String(node.id);
    place(el, node.rect);
    const role = node.role;
    if (role === 'heading' || role === 'text' || role === 'status' || role === 'button' || role === 'checkbox' || role === 'radio') {
      if (el.textContent !== node.name) el.textContent = node.name;
    }
    if (role === 'heading') setAttr(el, 'tabindex', '-1');
    if (role === 'status') setAttr(el, 'role', 'status');
    if (role === 'img') { setAttr(el, 'role', 'img'); setAttr(el, 'aria-label', node.name); }
    describe(el, node.description);
    if (role === 'checkbox' || role === 'radio') {
      setAttr(el, 'role', role);
      setAttr(el, 'aria-checked', node.checked ? 'true' : 'false');
    }
    if (role === 'textbox') {
      setAttr(el, 'aria-label', node.name);
      // Never overwrite what the person is typing with an older value from the app.
      if (document.activeElement !== el && el.value !== (node.value || '')) el.value = node.value || '';
      el.readOnly = !!node.readonly;
      setAttr(el, 'maxlength', node.maxlength);  // counted as the app counts (walkthrough.h)
      if (el.tagName === 'INPUT') {
        const type = node.secret ? 'password' : 'text';
        if (el.type !== type) el.type = type;
        setAttr(el, 'inputmode', node.secret ? 'numeric' : null);
      }
    }
    if (role === 'progressbar') {
      setAttr(el, 'role', 'progressbar');
      setAttr(el, 'aria-label', node.name);
      setAttr(el, 'aria-valuemin', '0');
      setAttr(el, 'aria-valuemax', node.max);
      setAttr(el, 'aria-valuenow', node.now);
      setAttr(el, 'aria-valuetext', node.value);
    }
    if (el.tagName === 'BUTTON' || el.tagName === 'INPUT') el.disabled = !!node.disabled;
  }

  // Extra text read after an item's name, kept in a hidden element it points to
  // (outside the item, so it is not part of the item's name).
  const descriptions = document.createElement('div');
  descriptions.hidden = true;
  document.body.appendChild(descriptions);
  function describe(el, text) {
    const id = 'desc-' + el.dataset.id;
    let note = document.getElementById(id);
    if (!text) {
      if (note) note.remove();
      setAttr(el, 'aria-describedby', null);
      return;
    }
    if (!note) {
      note = document.createElement('span');
      note.id = id;
      descriptions.appendChild(note);
    }
    if (note.textContent !== text) note.textContent = text;
    setAttr(el, 'aria-describedby', id);
  }

  // Radio buttons are wrapped, in order, in a radiogroup named by their question.
  function groupFor(name) {
    const el = elementFor('group:' + name, 'div');
    el.className = 'group';
    setAttr(el, 'role', 'radiogroup');
    setAttr(el, 'aria-label', name);
    return el;
  }

  function syncChildren(parent, wanted) {
    for (let i = 0; i < wanted.length; i++) {
      if (parent.children[i] !== wanted[i]) parent.insertBefore(wanted[i], parent.children[i] || null);
    }
    while (parent.children.length > wanted.length) parent.lastElementChild.remove();
  }

  function updateMirror(json) {
    const snapshot = JSON.parse(json);
    const focused = mirrorRoot.contains(document.activeElement) ? document.activeElement : null;
    const top = [];
    const groups = new Map();
    const seen = new Set();
    for (const node of snapshot.nodes) {
      const key = 'node:' + node.id;
      seen.add(key);
      const el = elementFor(key, tagFor(node));
      applyNode(el, node);
      if (node.role === 'radio') {
        const gkey = 'group:' + node.group;
        seen.add(gkey);
        if (!groups.has(gkey)) {
          const group = groupFor(node.group);
          groups.set(gkey, []);
          top.push(group);
        }
        groups.get(gkey).push(el);
      } else {
        top.push(el);
      }
    }
    // Gone elements leave first, so that reordering never has to move (and so blur)
    // the element that has the focus.
    for (const [key, el] of elements) {
      if (seen.has(key)) continue;
      elements.delete(key);
      el.remove();
      document.getElementById('desc-' + el.dataset.id)?.remove();
    }
    for (const [gkey, children] of groups) {
      syncChildren(elements.get(gkey), children);
      rovingTabStop(children);
    }
    syncChildren(mirrorRoot, top);
    mirrorRoot.style.height = snapshot.height + 'px';
    const newScreen = snapshot.title !== currentTitle && currentTitle !== '';
    if (snapshot.title !== currentTitle) screenChanged(snapshot.title);
    // On a new screen, keyboard and screen-reader users start from its main heading;
    // and the focus must never fall back to the page itself when its control goes away.
    if ((newScreen && focused) || (focused && !focused.isConnected)) {
      const h1 = mirrorRoot.querySelector('h1');
      if (h1) h1.focus({ preventScroll: true });
    }
  }

  // A radio group is one stop for Tab, at its chosen option (or its first); the
  // arrow keys move within it.
  function rovingTabStop(radios) {
    const stop = radios.find((r) => r.getAttribute('aria-checked') === 'true') || radios[0];
    for (const r of radios) setAttr(r, 'tabindex', r === stop ? '0' : '-1');
  }

  // The app draws the focus indicator on the canvas around the item that has the
  // keyboard focus (a click focuses a button too, but shows no indicator).
  function keyboardFocusChanged() {
    const el = document.activeElement;
    const shown = el && mirrorRoot.contains(el) && el.dataset.id && el.matches(':focus-visible');
    call('capwalk_keyboard_focus', shown ? Number(el.dataset.id) : 0);
  }
  mirrorRoot.addEventListener('focusin', keyboardFocusChanged);
  mirrorRoot.addEventListener('focusout', () => setTimeout(keyboardFocusChanged, 0));

  // A new screen: new title, announced politely, scrolled to the top.
  function screenChanged(title) {
    const first = currentTitle === '';
    currentTitle = title;
    document.title = title;
    if (first) return;
    window.scrollTo(0, 0);
    announcer.textContent = title.split(' \u2013 ')[0];
  }

  // Pointer clicks reach the canvas through the forwarding below, like any click on
  // the picture. A click with detail 0 came from the keyboard or a screen reader:
  // ask the app to activate the item through its own keyboard path.
  function onMirrorClick(event) {
    if (event.detail !== 0) return;
    const id = Number(event.currentTarget.dataset.id);
    if (Module._capwalk_mirror_activate) Module._capwalk_mirror_activate(id);
  }

  function sendText(el) {
    if (!window.Module || !Module._capwalk_text_input) return;
    const size = Module.lengthBytesUTF8(el.value) + 1;
    const ptr = Module._malloc(size);
    Module.stringToUTF8(el.value, ptr, size);
    Module._capwalk_text_input(Number(el.dataset.id), ptr);
    Module._free(ptr);
  }

  // ---- Keys: radio groups move with the arrow keys; 1-6 and Enter are shortcuts ----

  document.addEventListener('keydown', (event) => {
    const target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {  // closes a question such as "Delete it?"
      call('capwalk_key', KEY_ESCAPE);
      return;
    }
    if (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA') return;
    if (target.getAttribute && target.getAttribute('role') === 'radio' && /^Arrow/.test(event.key)) {
      const radios = [...target.parentElement.querySelectorAll('[role=radio]')];
      const step = event.key === 'ArrowDown' || event.key === 'ArrowRight' ? 1 : -1;
      const next = radios[(radios.indexOf(target) + step + radios.length) % radios.length];
      event.preventDefault();
      next.focus();
      next.click();  // detail 0: activated through the app's keyboard path
      return;
    }
    const isButton = target.tagName === 'BUTTON';
    if (/^[1-9]$/.test(event.key) || (event.key === 'Enter' && !isButton)) {
      call('capwalk_key', event.key === 'Enter' ? KEY_ENTER : event.key.charCodeAt(0));
    }
  });

  // Another tab or window saved: only the two documents matter (never the probe that
  // every page writes to test storage, or the spare copies), and only a real change.
  window.addEventListener('storage', (event) => {
    if (event.storageArea !== localStorage) return;
    if (event.key === null) { call('capwalk_storage_changed', STORAGE_CLEARED, 1); return; }
    const which = STORAGE_KEYS[event.key];
    if (which === undefined || event.newValue === event.oldValue) return;
    call('capwalk_storage_changed', which, event.newValue === null ? 1 : 0);
  });

  // ---- Pointer input: the mirror lies over the canvas, so it passes input on ----

  const TAP_SLOP = 10;  // CSS px a finger may move and still count as a tap
  let touchStart = null;

  // The app lays out the whole page: it wants page coordinates.
  let lastMouse = null;
  function pagePoint(clientX, clientY) {
    const r = canvas.getBoundingClientRect();
    return [clientX - r.left, clientY - r.top + window.scrollY];
  }
  function canvasPoint(event) {
    if (event.pointerType === 'mouse') lastMouse = [event.clientX, event.clientY];
    return pagePoint(event.clientX, event.clientY);
  }

  function call(name, ...args) {
    const fn = window.Module && Module['_' + name];
    if (fn) fn(...args);
  }

  mirrorRoot.addEventListener('pointermove', (event) => {
    if (event.pointerType === 'mouse') call('capwalk_pointer_move', ...canvasPoint(event), 0);
  });
  mirrorRoot.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    if (event.pointerType === 'mouse') {
      call('capwalk_pointer_move', ...canvasPoint(event), 0);
      call('capwalk_pointer_button', 1, 0);
    } else {
      // A finger may be starting to scroll: decide on release.
      touchStart = { id: event.pointerId, x: event.clientX, y: event.clientY };
    }
  });
  mirrorRoot.addEventListener('pointerup', (event) => {
    if (event.pointerType === 'mouse') {
      if (event.button === 0) call('capwalk_pointer_button', 0, 0);
      return;
    }
    const start = touchStart;
    touchStart = null;
    if (!start || start.id !== event.pointerId) return;
    if (Math.hypot(event.clientX - start.x, event.clientY - start.y) > TAP_SLOP) return;
    const [x, y] = canvasPoint(event);
    call('capwalk_pointer_move', x, y, 1);
    call('capwalk_pointer_button', 1, 1);
    call('capwalk_pointer_button', 0, 1);
    call('capwalk_pointer_leave');  // no hover left behind under a lifted finger
  });
  mirrorRoot.addEventListener('pointercancel', () => { touchStart = null; });
  mirrorRoot.addEventListener('pointerleave', (event) => {
    if (event.pointerType === 'mouse') { lastMouse = null; call('capwalk_pointer_leave'); }
  });

  // ---- Opening a framework file: a file chooser, or a file dropped on the page ----

  function openFile(file) {
    if (!file) return;
    if (file.size > MAX_OPENED_FILE) {
      announcer.textContent = 'That file is too large to be a framework file.';
      file = new File(['{"too large": true}'], file.name);  // let the app say so too
    }
    file.arrayBuffer().then((buffer) => {
      const shell = window.capwalkShell;
      shell.assets[MAILBOX_OPENED_FILE] = new Uint8Array(buffer);
      shell.assets[MAILBOX_OPENED_FILE_NAME] = new TextEncoder().encode(file.name);
      window.scrollTo(0, 0);  // the outcome is shown at the top of the screen
      call('capwalk_file_opened');
    }, () => { announcer.textContent = 'capwalk could not read that file.'; });
  }

  function pickFile() {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => openFile(input.files[0]));
    input.click();
  }

  document.addEventListener('dragover', (event) => {
    if (event.dataTransfer && [...event.dataTransfer.types].includes('Files')) event.preventDefault();
  });
  document.addEventListener('drop', (event) => {
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    openFile(event.dataTransfer.files[0]);
  });

  // ---- Changes that need a new frame ----

  const wake = () => call('capwalk_wake');
  // Scrolling moves the page under a resting mouse: tell the app where it now points.
  window.addEventListener('scroll', () => {
    if (lastMouse) call('capwalk_pointer_move', ...pagePoint(...lastMouse), 0);
    wake();
  }, { passive: true });
  window.addEventListener('resize', wake);
  // "Match my device" follows the device's colours as they change.
  for (const query of ['(prefers-color-scheme: dark)', '(prefers-contrast: more)']) {
    window.matchMedia?.(query).addEventListener?.('change', wake);
  }
  document.addEventListener('visibilitychange', wake);

  function firstFrame() {
    performance.mark('capwalk-first-frame');  // these marks are read by scripts/bench
    statusBox.hidden = true;
    document.documentElement.dataset.ready = '1';
  }

  // ---- Start-up ----

  // The printable view: HTML made (and escaped) by the app, shown only when printing.
  function print(html) {
    let view = document.getElementById('print-view');
    if (!view) {
      view = document.createElement('div');
      view.id = 'print-view';
      document.body.appendChild(view);
    }
    view.innerHTML = html;
    window.print();
  }

  // Copies text; falls back to selecting it in a field where the clipboard API is
  // missing or refused. The app is told either way.
  function copy(text) {
    const done = (ok) => call('capwalk_copied', ok ? 1 : 0);
    const fallback = () => {
      const field = document.createElement('textarea');
      field.value = text;
      document.body.appendChild(field);
      field.select();
      let ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      field.remove();
      done(ok);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(() => done(true), fallback);
    } else {
      fallback();
    }
  }

  function download(name, mime, text) {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  // A results link (#r=...): handed to the app, then taken out of the address bar so
  // it is not kept in the history or shown to the next person.
  function takeLinkFromAddress() {
    if (!location.hash.startsWith('#r=')) return false;
    window.capwalkShell.assets[MAILBOX_OPENED_LINK] = new TextEncoder().encode(location.hash.slice(3));
    history.replaceState(null, '', location.pathname + location.search);
    return true;
  }
  window.addEventListener('hashchange', () => { if (takeLinkFromAddress()) call('capwalk_link_opened'); });

  // ---- Offline: the service worker (sw.js) and updates ----

  let updating = false;
  function registerServiceWorker() {
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

  function applyUpdate() {
    updating = true;
    navigator.serviceWorker.getRegistration().then((registration) => {
      if (registration && registration.waiting) registration.waiting.postMessage('take-over');
      else location.reload();
    });
  }

  // ---- Kiosk: the idle watch. Timers live here because the app draws nothing (and
  // runs nothing) while nobody touches it. ----

  const kiosk = {
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

  window.capwalkShell = { assets: {}, assetOrder: [], updateMirror, firstFrame, fail, pickFile, print, copy, download,
    applyUpdate, updateReady: false, kiosk };
  registerServiceWorker();
  takeLinkFromAddress();

  if (!canRunWasm()) { fail('wasm'); return; }
  if (!canUseWebGL2()) { fail('webgl'); return; }

  let runtimeReady = false;
  let assetsReady = false;
  function startWhenReady() {
    if (!runtimeReady || !assetsReady || failed) return;
    try {
      performance.mark('capwalk-main');
      Module.callMain([]);
    } catch (e) {
      if (e !== 'unwind') { console.error(e); fail('crash'); }
    }
  }

  window.Module = {
    canvas,
    onRuntimeInitialized() { performance.mark('capwalk-wasm-ready'); runtimeReady = true; startWhenReady(); },
    onAbort() { fail('crash'); },
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
  };

  function fetchBytes(name) {
    return fetch(name).then((response) => {
      if (!response.ok) throw new Error(name + ': HTTP ' + response.status);
      return response.arrayBuffer();
    }).then((buffer) => new Uint8Array(buffer));
  }
  function fetchAssets(names) {
    return Promise.all(names.map(fetchBytes)).then((all) => {
      names.forEach((name, i) => {
        window.capwalkShell.assets[name] = all[i];
        window.capwalkShell.assetOrder.push(name);
      });
    });
  }
  const frameworks = fetch(FRAMEWORK_INDEX)
    .then((response) => {
      if (!response.ok) throw new Error(FRAMEWORK_INDEX + ': HTTP ' + response.status);
      return response.json();
    })
    .then((index) => fetchAssets(index.files.map((file) => 'frameworks/' + file)));
  Promise.all([fetchAssets(FONT_FILES), frameworks])
    .then(() => { performance.mark('capwalk-assets-ready'); assetsReady = true; startWhenReady(); })
    .catch((error) => { console.error(error); fail('load'); });

  const script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = () => fail('load');
  document.body.appendChild(script);
})();
