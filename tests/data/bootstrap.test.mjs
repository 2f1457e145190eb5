// scripts/bootstrap adds source packages from the mirror this machine already uses
// (debian_mirror in scripts/lib.sh), so it works behind any mirror or proxy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function mirrorFor(files) {
  const etc = fs.mkdtempSync(path.join(os.tmpdir(), 'capwalk-apt-'));
  fs.mkdirSync(path.join(etc, 'sources.list.d'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(etc, name), text);
  try {
    return execFileSync('bash', ['-c', 'source scripts/lib.sh && debian_mirror'], {
      cwd: root, env: { ...process.env, CAPWALK_APT_ETC: etc }, encoding: 'utf8',
    }).trim();
  } finally {
    fs.rmSync(etc, { recursive: true, force: true });
  }
}

test('the mirror comes from a deb822 .sources file, passing over security and disabled entries', () => {
  const sources = [
    'Types: deb', 'URIs: http://security.mirror.example/debian-security', 'Suites: bookworm-security',
    'Components: main', '',
    'Types: deb', 'URIs: http://off.mirror.example/debian', 'Suites: bookworm', 'Enabled: no', '',
    'Types: deb deb-src', '# a comment line', 'URIs: http://mirror.example/debian', 'Suites: bookworm bookworm-updates',
    'Components: main', '',
  ].join('\n');
  assert.equal(mirrorFor({ 'sources.list.d/debian.sources': sources }), 'http://mirror.example/debian');
});

test('the mirror comes from the one-line sources.list format when there is no .sources file', () => {
  const list = [
    '# deb http://commented.example/debian bookworm main',
    'deb http://security.example/debian-security bookworm-security main',
    'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://proxy.example:3142/debian bookworm main',
  ].join('\n');
  assert.equal(mirrorFor({ 'sources.list': list }), 'http://proxy.example:3142/debian');
});

test('no mirror at all gives nothing, and bootstrap then stops with a message', () => {
  assert.equal(mirrorFor({}), '');
});

test('no script writes a fixed package-mirror address', () => {
  const files = fs.readdirSync(path.join(root, 'scripts'), { recursive: true })
    .filter((name) => fs.statSync(path.join(root, 'scripts', name)).isFile());
  for (const name of files) {
    const text = fs.readFileSync(path.join(root, 'scripts', name), 'utf8');
    assert.doesNotMatch(text, /URIs: *[a-z]+:\/\//, name);
  }
});
