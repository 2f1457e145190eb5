// scripts/bundle-page.mjs — the page's modules (web/shell.js and what it imports from
// web/shell/) as one file for dist/. Each file the browser has to fetch, receive and
// compile before the app starts costs the page's main thread time; five of them cost
// about 5% of the time to the first screen (scripts/bench, issue 19). web/ keeps one
// concern a module, as people read it; dist/ gets them in one module that behaves the
// same: each module's code runs once, in its own scope, dependencies first, and hands
// its exports to the modules that import them.
//
// It understands only what the page's modules are written with, and refuses anything
// else rather than guess: one-line `import { a, b } from './x.js';` and
// `export const|function NAME`. tests/data/page-modules.test.mjs checks web/ keeps to it.
//
//   node scripts/bundle-page.mjs WEB_DIR OUT_DIR   (scripts/build: web/ into dist.tmp/)
//     writes OUT_DIR/shell.js, removes OUT_DIR/shell/, and drops index.html's modulepreloads
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = /^import \{([^}]*)\} from '(\.[^']+)';$/;
const EXPORT = /^export (?:const|function) ([A-Za-z_$][\w$]*)/;

function parse(webDir, file) {
  const lines = fs.readFileSync(path.join(webDir, file), 'utf8').split('\n');
  const imports = [];
  const exports = [];
  const body = lines.map((line, i) => {
    const imported = IMPORT.exec(line);
    if (imported) {
      const names = imported[1].split(',').map((n) => n.trim()).filter(Boolean);
      imports.push({ from: path.posix.join(path.posix.dirname(file), imported[2]), names });
      return '';
    }
    if (/^\s*(import|export)\b/.test(line) && !EXPORT.test(line)) {
      throw new Error(`${file}:${i + 1}: bundle-page.mjs does not understand: ${line}`);
    }
    const exported = EXPORT.exec(line);
    if (exported) exports.push(exported[1]);
    return exported ? line.slice('export '.length) : line;
  });
  return { file, imports, exports, body: body.join('\n') };
}

// Modules in the order they must run: each after everything it imports.
function inOrder(webDir, entry) {
  const order = [];
  const seen = new Map();
  const visit = (file, trail) => {
    if (trail.includes(file)) throw new Error(`import cycle: ${[...trail, file].join(' → ')}`);
    if (seen.has(file)) return;
    const module = parse(webDir, file);
    seen.set(file, module);
    for (const { from } of module.imports) visit(from, [...trail, file]);
    order.push(module);
  };
  visit(entry, []);
  return order;
}

export function bundle(webDir, entry = 'shell.js') {
  const modules = inOrder(webDir, entry);
  const exportsOf = new Map(modules.map((m) => [m.file, m.exports]));
  const variable = (file) => `module_${file.replace(/\W/g, '_')}`;
  const parts = modules.map((m) => {
    const takes = m.imports.map(({ from, names }) => {
      for (const name of names) {
        if (!exportsOf.get(from).includes(name)) throw new Error(`${m.file} imports ${name}, which ${from} does not export`);
      }
      return `const { ${names.join(', ')} } = ${variable(from)};\n`;
    }).join('');
    const gives = m.file === entry ? '' : `return { ${m.exports.join(', ')} };\n`;
    const run = `(() => {\n${takes}${m.body}\n${gives}})()`;
    return `// ---- ${m.file}\n${m.file === entry ? `${run};` : `const ${variable(m.file)} = ${run};`}\n`;
  });
  return { code: parts.join('\n'), files: modules.map((m) => m.file) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [webDir, outDir] = process.argv.slice(2);
  if (!webDir || !outDir) throw new Error('usage: node scripts/bundle-page.mjs WEB_DIR OUT_DIR');
  const { code } = bundle(webDir);
  fs.writeFileSync(path.join(outDir, 'shell.js'), code);
  fs.rmSync(path.join(outDir, 'shell'), { recursive: true, force: true });
  const html = path.join(outDir, 'index.html');
  fs.writeFileSync(html, fs.readFileSync(html, 'utf8').replace(/^<link rel="modulepreload"[^>]*>\n/gm, ''));
}
