// The performance budgets (issue 8), in one place for scripts/bench and the tests.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const BUDGETS = {
  // Everything a first visit downloads, gzip -9, fonts and frameworks included: 450 KB
  // until the disclosure control (issue 31, +2 KB of wasm) and the drawing paths without
  // WebGL 2 (issue 32, +3.7 KB: that issue allowed 10) took it to 455.8 KB.
  gzipBytes: 460_000,
  // Time to first draw (navigation to the first WebGL draw call), capwalk's median over
  // the stock Dear ImGui SDL2 example's, alternating fresh loads in one browser run
  // (scripts/first-draw.mjs): capwalk starts no slower than imgui's own example.
  firstDrawRatio: 1.0,
  firstScreenGzipBytes: 380_000,  // gzip -9 of every file fetched before capwalk's first draw, the page included
  idlePercent: 1,         // main thread busy while nobody does anything
  frameMs: 4,             // main-thread CPU per frame while scrolling the 96-item results
  pixelFrameMs: 16,       // capwalk's frame at 1280×800 drawn without WebGL (app/platform/pixel_renderer.h)
  frameworkLoadMs: 10,    // load and validate every shipped framework, native
  linkCharacters: 300,    // the share code of a fully answered 96-item assessment
  // A service of 10,000 people (issue 8's service scale):
  teamImportMs: 3000,                      // 10,000 links added in the browser, from a file
  serviceFrameMs: 4,                       // capwalk's own CPU per frame, report and person grid
  wasmHeapBytes: 64 * 1024 * 1024,         // wasm memory with the 10,000 people in the team
  teamStorageBytes: 2 * 1024 * 1024,       // the team as kept in localStorage ('capwalk.team')
  disclosureMs: 200,                       // the disclosure pass added to the service report, 10,000 people × 96 NOS, native
};

// Every file of dist/ with its size raw and gzip-compressed (level 9, as a server
// would send it), largest first.
export function distSizes(dir) {
  const files = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const bytes = fs.readFileSync(full);
        files.push({ name: path.relative(dir, full), raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(dir);
  files.sort((a, b) => b.gzip - a.gzip);
  return { files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
}
