// The page's own files as shipped: the same code without its comments, which every
// visitor would otherwise download. Comments stay in web/. Only whole comments are
// dropped: a JavaScript line that holds nothing but a // comment, a CSS /* ... */
// block, an HTML <!-- ... --> block. No code is touched.
//
//   node scripts/page-files.mjs FILE...   rewrites each FILE in place (scripts/build, on dist/)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function withoutCommentLines(code) {
  return code.split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
}

const STRIP = {
  '.js': withoutCommentLines,
  '.css': (text) => text.replace(/\/\*[\s\S]*?\*\/\n?/g, ''),
  '.html': (text) => text.replace(/<!--[\s\S]*?-->\n?/g, ''),
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of process.argv.slice(2)) {
    const strip = STRIP[path.extname(file)];
    if (!strip) throw new Error(`${file}: page-files.mjs strips only ${Object.keys(STRIP).join(', ')} files`);
    fs.writeFileSync(file, strip(fs.readFileSync(file, 'utf8')));
  }
}
