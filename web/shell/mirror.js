// mirror.js — the accessibility mirror (#mirror): a real DOM element with its ARIA
// role, name and state over each item the app draws on the canvas, placed exactly
// over it. Screen readers, keyboards and tests use them; pointer input on them is
// passed on to the canvas by input.js. The app sends a whole snapshot after each
// frame that changed something; updateMirror() touches only what differs, so the
// focus and a field being typed in are kept.
import { call } from './contract.js';
import { copyInClick } from './services.js';

const mirrorRoot = document.getElementById('mirror');
const announcer = document.getElementById('announcer');

const elements = new Map();  // key -> element
let currentTitle = '';

function tagFor(node) {
  switch (node.role) {
    case 'heading': return 'h' + Math.min(6, Math.max(1, node.level || 1));
    case 'text': return 'p';
    case 'status': return 'p';
    case 'img': return 'div';
    case 'link': return 'a';
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
  if (tag === 'a') {
    // A real link: the browser opens it, in a new tab, as a click on any page's link
    // (popup blockers let it through; middle-click and long-press work). Its click is
    // never prevented. Not draggable: a drag would leave the app's mouse button down.
    el.target = '_blank';
    el.rel = 'noopener noreferrer';
    el.draggable = false;
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
  if (role === 'heading' || role === 'text' || role === 'status' || role === 'button' || role === 'checkbox' || role === 'radio' || role === 'link') {
    if (el.textContent !== node.name) el.textContent = node.name;
  }
  if (role === 'heading') setAttr(el, 'tabindex', '-1');
  if (role === 'status') setAttr(el, 'role', 'status');
  if (role === 'img') { setAttr(el, 'role', 'img'); setAttr(el, 'aria-label', node.name); }
  if (role === 'link') setAttr(el, 'href', linkHref(node.href));
  if (role === 'button') setAttr(el, 'data-copies', node.copies);
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

// Only addresses a person can be sent to: a framework file could carry a script URL.
function linkHref(href) {
  try {
    const url = new URL(href || '', document.baseURI);
    return ['https:', 'http:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
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

// Puts `parent`'s children in the order of `wanted` without ever moving the element
// that has the focus (moving it would blur it, and what is being typed would be lost):
// whatever stands before it but belongs after it is taken out, and put back in its turn.
// (Repeated text such as "0 of 300 characters" changes ids when an earlier copy
// changes, so its elements do trade places while a field beside them has the focus.)
function syncChildren(parent, wanted) {
  const focused = document.activeElement;
  const holdsFocus = (el) => el === focused || el.contains(focused);
  for (let i = 0; i < wanted.length; i++) {
    while (holdsFocus(wanted[i]) && parent.children[i] && parent.children[i] !== wanted[i]) parent.children[i].remove();
    if (parent.children[i] !== wanted[i]) parent.insertBefore(wanted[i], parent.children[i] || null);
  }
  while (parent.children.length > wanted.length) parent.lastElementChild.remove();
}

// The app's snapshot (JSON): { title, height, nodes: [{ id, role, name, rect, ... }] }.
export function updateMirror(json) {
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
// arrow keys move within it (input.js).
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

// Pointer clicks reach the canvas through input.js's forwarding, like any click on
// the picture. A click with detail 0 came from the keyboard or a screen reader:
// ask the app to activate the item through its own keyboard path (a link is then
// opened by the browser as well, as for a pointer click). A button that copies has
// its text copied now, however it was clicked (services.js, copyInClick).
function onMirrorClick(event) {
  const copies = event.currentTarget.dataset.copies;
  if (copies) copyInClick(copies);
  if (event.detail !== 0) return;
  call('capwalk_mirror_activate', Number(event.currentTarget.dataset.id));
}

// What is typed in a field goes to the app as UTF-8, the field named by its item's id.
function sendText(el) {
  if (!window.Module || !Module._capwalk_text_input) return;
  const size = Module.lengthBytesUTF8(el.value) + 1;
  const ptr = Module._malloc(size);
  Module.stringToUTF8(el.value, ptr, size);
  Module._capwalk_text_input(Number(el.dataset.id), ptr);
  Module._free(ptr);
}
