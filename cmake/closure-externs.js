/**
 * @fileoverview What app.js reaches outside itself, for the Closure Compiler that
 * minifies it (cmake/web.cmake, --closure 1): names given here are never renamed.
 * app/platform/web's EM_JS functions are compiled into app.js, and call the page
 * shell (web/shell.js and web/shell/*.js), which the compiler does not see. A name the
 * app uses that is missing here is renamed in app.js, and the call fails at run time:
 * tests/data/closure-externs.test.mjs checks every capwalkShell name the app uses is here.
 * @externs
 */

// Declared by the browser; the compiler's own list of browser names lacks these two.
var localStorage;
var sessionStorage;

// window.capwalkShell, made by web/shell.js.
var capwalkShell = {};
/** Files the page fetched, and the mailboxes of web/shell/contract.js, by name. */
capwalkShell.assets;
/** @type {!Array<string>} the fetched files' names, in order */
capwalkShell.assetOrder;
/** @type {!Array<string>} the files fetched for fetchFile(), not yet taken by the app */
capwalkShell.fetched;
/** @type {boolean} */
capwalkShell.updateReady;
/** @type {string} how the page draws: 'webgl2', 'webgl' or 'pixels' */
capwalkShell.drawing;
capwalkShell.fetchFile = function(name) {};
capwalkShell.firstFrame = function() {};
capwalkShell.fail = function(kind) {};
capwalkShell.updateMirror = function(json) {};
capwalkShell.pickFile = function() {};
capwalkShell.print = function(html) {};
capwalkShell.copy = function(text) {};
capwalkShell.download = function(name, mime, text) {};
capwalkShell.applyUpdate = function() {};
capwalkShell.kiosk = {};
capwalkShell.kiosk.watch = function(idleSeconds, warningSeconds) {};
capwalkShell.kiosk.stillHere = function() {};
capwalkShell.kiosk.restart = function(stayKiosk) {};

// <html data-theme> (read by web/style.css) and navigator.share()'s fields.
var capwalkPageNames = {};
capwalkPageNames.theme;
capwalkPageNames.title;
capwalkPageNames.url;
