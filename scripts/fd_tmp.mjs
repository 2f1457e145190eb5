import { launchBrowser } from '../tests/browser/harness.mjs';
import { firstDrawSideBySide } from './first-draw.mjs';
const browser = await launchBrowser();
for (let round = 0; round < 2; round++)
  for (const [name, dir] of [['new', '/work/main/dist'], ['base 31ce4d1', '/tmp/base/dist']]) {
    const r = await firstDrawSideBySide(browser, { capwalkDir: dir, runs: 7 });
    console.log(name, 'capwalk', r.capwalk.median.toFixed(0), 'stock', r.stock.median.toFixed(0), 'ratio', r.ratio.toFixed(2), 'before first draw gzip', r.capwalk.firstScreen.gzip);
  }
await browser.close();
