// The page's own JavaScript as shipped: the same code without its comment lines,
// which every visitor would otherwise download. Comments stay in web/; a line is
// dropped only when it holds nothing but a // comment, so no code is touched.
//
//   node scripts/page-js.mjs FILE...     rewrites each FILE in place (scripts/build, on dist/)
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export function withoutCommentLines(code) {
  return code.split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) fs.writeFileSync(file, withoutCommentLines(fs.readFileSync(file, 'utf8')));
}
