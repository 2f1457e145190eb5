// input.js — what the person does reaches the app: the keys the mirror does not take
// itself, pointer and touch input on the mirror passed on to the canvas, framework
// files chosen or dropped on the page, and whatever else needs a new frame of the
// render-on-demand loop (scrolling, resizing, the device's colour preferences).
import { call, KEY_ENTER, KEY_ESCAPE, MAILBOX_OPENED_FILE, MAILBOX_OPENED_FILE_NAME } from './contract.js';

const mirrorRoot = document.getElementById('mirror');
const announcer = document.getElementById('announcer');
const canvas = document.getElementById('canvas');
// Larger files are refused here without reading them; the app's own limit is lower
// and it explains it.
const MAX_OPENED_FILE = 16 * 1024 * 1024;

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
  // Enter on a button or a link activates it natively: it is not also the app's Enter.
  const activates = target.tagName === 'BUTTON' || target.tagName === 'A';
  if (/^[1-9]$/.test(event.key) || (event.key === 'Enter' && !activates)) {
    call('capwalk_key', event.key === 'Enter' ? KEY_ENTER : event.key.charCodeAt(0));
  }
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
    announcer.textContent = 'That file is too large for capwalk to open.';
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

// `accept`: the types the app asks for (a framework or backup, or a file of links).
export function pickFile(accept) {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept || '.json,application/json';
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
