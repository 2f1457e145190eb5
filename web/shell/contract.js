// contract.js — what the page and the app both know, declared once on this side; the
// app's side is capwalk::web::contract in app/platform/web/web_page.h. Change both
// together. The app's exported functions (Module._capwalk_*) are reached through call().

// Keys handed to capwalk_key() (digits come as their character codes).
export const KEY_ENTER = 13;
export const KEY_ESCAPE = 27;
// What capwalk_storage_changed(which, removed) is told another tab changed.
export const STORAGE_KEYS = { 'capwalk.data': 0, 'capwalk.team': 1 };
export const STORAGE_CLEARED = 2;
// Mailboxes in capwalkShell.assets that the app reads with fetched_asset().
export const MAILBOX_OPENED_LINK = 'opened-link';
export const MAILBOX_OPENED_FILE = 'opened-file';
export const MAILBOX_OPENED_FILE_NAME = 'opened-file-name';

// Calls the app's exported function capwalk_NAME, once the app has it (before the
// app has started, input has nowhere to go and is dropped).
export function call(name, ...args) {
  const fn = window.Module && Module['_' + name];
  if (fn) fn(...args);
}
