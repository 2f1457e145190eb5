// shell.js — the page around capwalk's canvas: loading and errors. It checks the
// browser can run the app (and says so in plain English if not), fetches the fonts and
// the index of the frameworks while the WebAssembly downloads, then starts main(). The
// frameworks themselves are fetched when the app asks (fetchFile), after its first
// frame; so is the service worker's offline copy, once the page is idle. The rest of the
// page's work is in shell/, one concern a module, loaded as they are (no bundler):
//   shell/contract.js  what the page and the app both know (key codes, storage keys,
//                      mailboxes), and call() for the app's exported functions
//   shell/mirror.js    the accessibility mirror over the canvas
//   shell/input.js     keys, pointer and touch input, files, what needs a new frame
//   shell/services.js  print, copy, download, links, other tabs, offline, kiosk
import { updateMirror } from './shell/mirror.js';
import { pickFile } from './shell/input.js';
import { print, copy, download, takeLinkFromAddress, registerServiceWorker, applyUpdate, kiosk } from './shell/services.js';
import { call } from './shell/contract.js';

const WASM_FILE = 'app.wasm';
const FONT_FILES = ['fonts/Inter-Regular.ttf', 'fonts/Inter-SemiBold.ttf'];
// Lists the framework, role and learning files of this build (written by scripts/build).
const FRAMEWORK_INDEX = 'frameworks/index.json';
// How long the offline copy waits for the page to be idle after the first frame.
const OFFLINE_COPY_WAIT_MS = 3000;
// An organisation's own settings, beside index.html when whoever deployed this copy
// wrote one (README, "Deploying for your organisation"); most copies have none.
const ORGANISATION_FILE = 'organisation.json';

const MESSAGES = {
  wasm: 'capwalk cannot run in this browser, because it does not support WebAssembly, or not the ' +
    'recent kind capwalk needs. ' +
    'Please open this page in a recent version of Chrome, Edge, Firefox or Safari.',
  load: 'capwalk could not finish loading. Please check your internet connection and ' +
    'reload the page.',
  crash: 'Something went wrong and capwalk stopped. Please reload the page. ' +
    'Anything you had already saved on this device is still there.',
};

const statusBox = document.getElementById('status');
const statusText = document.getElementById('status-text');
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

// How the app will draw: WebGL 2; else WebGL 1 (older tablets); else, with WebGL
// switched off or missing (virtual desktops with no GPU, locked-down browsers), into
// memory and onto a 2D canvas (app/platform/pixel_renderer.h). Each try makes the
// app's own context, on its canvas, with the attributes SDL asks for (no alpha, depth
// or stencil): the app's later request gets this same context, not a second one. A
// try that fails leaves the canvas free for the next.
function drawingPath() {
  for (const kind of ['webgl2', 'webgl']) {
    try {
      if (canvas.getContext(kind, { alpha: false, depth: false, stencil: false, antialias: false })) return kind;
    } catch (e) { /* the next way, then */ }
  }
  return 'pixels';
}

function firstFrame() {
  performance.mark('capwalk-first-frame');  // these marks are read by scripts/bench
  statusBox.hidden = true;
  document.documentElement.dataset.ready = '1';
  // The offline copy downloads every file of the build: not before the person has a
  // screen to read, and not while the page still fetches what that screen needs.
  if (window.requestIdleCallback) requestIdleCallback(registerServiceWorker, { timeout: OFFLINE_COPY_WAIT_MS });
  else setTimeout(registerServiceWorker, OFFLINE_COPY_WAIT_MS / 3);
}

function fetchBytes(name) {
  return fetch(name).then((response) => {
    if (!response.ok) throw new Error(name + ': HTTP ' + response.status);
    return response.arrayBuffer();
  }).then((buffer) => new Uint8Array(buffer));
}

// A file the app asked for (app/platform/web/web_page.h, fetch_shipped_file). Its name
// joins `fetched` whether or not it arrived; the app takes its bytes from `assets`.
function fetchFile(name) {
  fetchBytes(name)
    .then((bytes) => { window.capwalkShell.assets[name] = bytes; },
      (error) => console.warn('capwalk: ' + error.message))
    .then(() => {
      window.capwalkShell.fetched.push(name);
      call('capwalk_file_fetched');
    });
}

// What app/platform/web reaches the page through. The names are kept in
// cmake/closure-externs.js too, so that the minified app.js still calls them.
window.capwalkShell = { assets: {}, assetOrder: [], fetched: [], updateMirror, firstFrame, fetchFile, fail, pickFile,
  print, copy, download, applyUpdate, updateReady: false, kiosk, drawing: '' };
takeLinkFromAddress();

// Fetches the app and its files, and starts main() once both have arrived.
function start() {
  // A page's first use of localStorage waits for the browser to read it from disk: done
  // here, that wait passes while the WebAssembly downloads, not when main() reads it.
  try { void localStorage.length; } catch (e) { /* blocked: the app says so itself */ }
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

  // The WebAssembly compiles as it downloads, from now: not only once app.js, which
  // would otherwise ask for it, has arrived and run.
  const compiled = WebAssembly.compileStreaming
    ? WebAssembly.compileStreaming(fetch(WASM_FILE))
    : fetchBytes(WASM_FILE).then((bytes) => WebAssembly.compile(bytes));
  window.Module = {
    canvas,
    // Emscripten's hook for a module made elsewhere: app.js hands over what the
    // module imports, and is given the instance.
    instantiateWasm(imports, receive) {
      compiled.then((module) => WebAssembly.instantiate(module, imports).then((instance) => receive(instance, module)))
        // A download that failed is the connection's; a module the browser cannot compile
        // needs WebAssembly features it lacks (an old Safari), unless the page's own policy
        // refused it (a deployment's mistake); anything else is capwalk's own failure.
        .catch((error) => {
          console.error(error);
          const unsupported = error instanceof WebAssembly.CompileError && !/refused|blocked|policy|CSP/i.test(error.message);
          fail(error instanceof TypeError ? 'load' : unsupported ? 'wasm' : 'crash');
        });
      return {};
    },
    onRuntimeInitialized() { performance.mark('capwalk-wasm-ready'); runtimeReady = true; startWhenReady(); },
    onAbort() { fail('crash'); },
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
  };

  function fetchAssets(names) {
    return Promise.all(names.map(fetchBytes)).then((all) => {
      names.forEach((name, i) => {
        window.capwalkShell.assets[name] = all[i];
        window.capwalkShell.assetOrder.push(name);
      });
    });
  }
  // Missing (404) or unreachable: capwalk's own choices. Never a reason not to start.
  const organisation = fetchBytes(ORGANISATION_FILE)
    .then((bytes) => {
      window.capwalkShell.assets[ORGANISATION_FILE] = bytes;
      window.capwalkShell.assetOrder.push(ORGANISATION_FILE);
    })
    .catch((error) => { if (!/HTTP 404$/.test(error.message)) console.warn(error.message); });
  Promise.all([fetchAssets([...FONT_FILES, FRAMEWORK_INDEX]), organisation])
    .then(() => { performance.mark('capwalk-assets-ready'); assetsReady = true; startWhenReady(); })
    .catch((error) => { console.error(error); fail('load'); });

  const script = document.createElement('script');
  script.src = 'app.js';
  script.onerror = () => fail('load');
  document.body.appendChild(script);
}

if (!canRunWasm()) fail('wasm');
else {
  window.capwalkShell.drawing = drawingPath();
  start();
}
