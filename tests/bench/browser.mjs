// Browser benchmark (issue 8): Debian's Chromium through playwright-core over
// dist/mamori.html from file://, timed with performance.now() inside the
// page. Everything is measured from outside through the DOM (clicks, file
// inputs, a MutationObserver waiting for a selector, then requestAnimationFrame
// + a task so the frame has been painted); the app has no benchmark hooks.
//
//   node tests/bench/browser.mjs <bench-data dir> <out.json> [runs]
//
// <bench-data dir> is written by `cargo run --profile bench --example synth`.
// Normally run by `cargo xtask bench`, which turns the JSON into
// docs/performance.md. Each figure is the median and p95 over `runs` repeats
// (p95 of a handful of runs is close to the maximum: read it as "worst seen").
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../e2e/harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const htmlPath = process.env.MAMORI_HTML || path.join(root, 'dist', 'mamori.html');
const [dataDir, outPath, runsArg] = process.argv.slice(2);
if (!dataDir || !outPath) throw new Error('usage: node tests/bench/browser.mjs <bench-data dir> <out.json> [runs]');
const RUNS = Number(runsArg || 5);
const URL = pathToFileURL(htmlPath).href;
const summary = JSON.parse(readFileSync(path.join(dataDir, 'summary.json'), 'utf8'));
const TIMEOUT = 120000;
// MAMORI_BENCH_PARTS=cold,session,import,side runs only some parts (while
// working on the harness); the default is all of them.
const PARTS = (process.env.MAMORI_BENCH_PARTS || 'cold,session,import,side').split(',');
const part = (p) => PARTS.includes(p);

const results = [];
const notes = [];
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return { median: q(0.5), p95: q(0.95), n: s.length };
};
function record(metric, size, samples, note = '') {
  const ok = samples.filter((x) => Number.isFinite(x));
  const r = { metric, size, ...(ok.length ? stats(ok) : { median: null, p95: null, n: 0 }), note };
  results.push(r);
  console.log(`${metric} [${size}] median ${r.median?.toFixed(1)} ms, p95 ${r.p95?.toFixed(1)} ms (n=${r.n}) ${note}`);
}

// Installed before the page's own scripts: marks the app-ready moment and
// times localStorage writes of workbooks (the autosave) and Blob URLs (the
// downloads), without touching the app.
const INIT = () => {
  const b = (window.__bench = { ready: null, writes: [], blobs: [], changes: [] });
  new MutationObserver(() => {
    if (b.ready === null && document.documentElement?.getAttribute('data-app-ready') === 'true') b.ready = performance.now();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app-ready'] });
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (k, v) {
    const t0 = performance.now();
    try {
      return setItem.call(this, k, v);
    } finally {
      if (String(k).startsWith('mamori.v1.wb.')) b.writes.push({ ms: performance.now() - t0, chars: String(v).length });
    }
  };
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (o) {
    b.blobs.push(performance.now());
    return createObjectURL.call(this, o);
  };
  document.addEventListener('change', () => b.changes.push(performance.now()), true);
  // After requestAnimationFrame and one task the frame has been painted.
  b.painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  b.waitFor = (sel, timeout) => new Promise((resolve, reject) => {
    const found = () => document.querySelector(sel);
    if (found()) return resolve(performance.now());
    const obs = new MutationObserver(() => {
      if (found()) { obs.disconnect(); clearTimeout(t); resolve(performance.now()); }
    });
    const t = setTimeout(() => { obs.disconnect(); reject(new Error('timeout waiting for ' + sel)); }, timeout);
    obs.observe(document, { childList: true, subtree: true, attributes: true });
  });
};

let browser;
async function fresh() {
  const context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  await context.addInitScript(INIT);
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}
const readyAt = async (page) => {
  await page.waitForSelector('html[data-app-ready="true"]', { timeout: TIMEOUT, state: 'attached' });
  return page.evaluate(() => window.__bench.ready);
};

/** Puts a workbook's storage JSON under its key; returns null or the error. */
async function store(page, entry) {
  const json = readFileSync(path.join(dataDir, entry.file), 'utf8');
  return page.evaluate(([key, id, json]) => {
    try {
      localStorage.setItem(key, json);
      localStorage.setItem(`mamori.v1.rev.${id}`, '1');
      return null;
    } catch (e) {
      localStorage.removeItem(key);
      return String(e && e.name) + ': ' + String(e && e.message);
    }
  }, [entry.key, entry.id, json]);
}

/** Clicks `testid` in the page and times it until `sel` appears and the frame is painted. */
async function timedClick(page, testid, sel) {
  return page.evaluate(
    async ([testid, sel, timeout]) => {
      const b = window.__bench;
      const t0 = performance.now();
      const done = b.waitFor(sel, timeout);
      document.querySelector(`[data-testid="${testid}"]`).click();
      await done;
      await b.painted();
      return performance.now() - t0;
    },
    [testid, sel, TIMEOUT],
  );
}

const SCREENS = [
  ['overview', 'nav-overview', '[data-testid="heat-map"]'],
  ['inventory', 'nav-inventory', '[data-testid="tech-row"]'],
  ['threats', 'nav-threats', '[data-testid="actor-row"]'],
  ['scenarios', 'nav-scenarios', '[data-testid="scenario-row"]'],
  ['countermeasures', 'nav-countermeasures', '[data-testid="cm-row"]'],
  ['exercises', 'nav-exercises', '[data-testid="exercise-row"]'],
  ['settings', 'nav-settings', '[data-testid="round-list"]'],
  ['exchange', 'nav-exchange', '[data-testid="exchange-screen"]'],
  ['people', 'nav-people', '[data-testid="person-row"]'],
  ['workshop', 'nav-workshop', '[data-testid="ws-create"]'],
  ['report', 'nav-report', '[data-testid="report-doc"]'],
];

// The start-up phases, in order: the page parsed (navigation timing), then
// the marks of the page script (scripted, decoded, compiled:
// xtask/src/single_file.rs)
// and of the app (instantiated, mounted: src/ui/mod.rs).
const PHASES = ['parsed', 'scripted', 'decoded', 'compiled', 'instantiated', 'mounted'];

async function main() {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const browserVersion = browser.version();

  // ---- cold start, empty ----------------------------------------------------
  const empty = [];
  const phases = Object.fromEntries(PHASES.map((p) => [p, []]));
  for (let i = 0; i < (part('cold') ? RUNS : 0); i++) {
    const { context, page } = await fresh();
    await page.goto(URL);
    empty.push(await readyAt(page));
    // Where the cold start goes, each phase as the time since navigation
    // start at which it ended.
    const at = await page.evaluate(() => {
      const r = { parsed: performance.getEntriesByType('navigation')[0].domInteractive };
      for (const m of performance.getEntriesByType('mark')) {
        if (m.name.startsWith('mamori:')) r[m.name.slice(7)] = m.startTime;
      }
      return r;
    });
    for (const p of PHASES) phases[p].push(at[p] ?? NaN);
    await context.close();
  }
  if (part('cold')) {
    record('cold start to data-app-ready, empty storage', '—', empty);
    for (const p of PHASES) record(`phase ended: ${p}`, '—', phases[p]);
  }

  // ---- which sizes fit in storage --------------------------------------------
  const stored = [];
  for (const entry of [...summary.sizes, summary.l_fit].filter(Boolean)) {
    const { context, page } = await fresh();
    await page.goto(URL);
    await readyAt(page);
    const err = await store(page, entry);
    await context.close();
    if (err) {
      notes.push(`${entry.size} (${entry.units.toLocaleString('en')} UTF-16 units, ${entry.percent} % of the budget) was refused by Chromium's localStorage: ${err}`);
      console.log(`${entry.size} does not fit: ${err}`);
    } else if (entry.size !== 'L-fit' || !stored.some((e) => e.size === 'L')) {
      stored.push(entry);
    }
  }

  for (const entry of part('cold') || part('session') ? stored : []) {
    const size = entry.size;
    // Large workbooks are stored packed: the summary names the first technology.
    const techId = entry.first_technology;
    const base = `${URL}#/wb/${entry.id}`;

    // ---- cold start with the workbook in storage ------------------------------
    const list = [], open = [];
    for (let i = 0; i < (part('cold') ? RUNS : 0); i++) {
      const { context, page } = await fresh();
      await page.goto(URL);
      await readyAt(page);
      await store(page, entry);
      await page.reload();
      list.push(await readyAt(page));
      await page.goto('about:blank');
      await page.goto(`${base}/overview`);
      await readyAt(page);
      await page.locator('[data-testid="heat-map"]').waitFor({ timeout: TIMEOUT });
      open.push(await page.evaluate(async () => { await window.__bench.painted(); return performance.now(); }));
      await context.close();
    }
    record('cold start to data-app-ready, workbook list', size, list);
    record('cold start into the workbook overview, heat map painted', size, open);

    // ---- one session: edits, screens, export ----------------------------------
    if (!part('session')) continue;
    const { context, page, errors } = await fresh();
    await page.goto(URL);
    await readyAt(page);
    await store(page, entry);
    await page.goto(`${base}/inventory/${techId}`);
    await page.reload();
    await readyAt(page);
    await page.locator('[data-testid="rate-market-importance"]').waitFor({ timeout: TIMEOUT });

    const edits = [], saves = [];
    // An edit's steps from the app's marks (src/ui/state/mod.rs): the undo
    // snapshot (a copy of the workbook), the edit, scoring, and the rest —
    // rendering what depends on it until the frame is painted.
    const steps = { snapshot: [], apply: [], analyse: [], render: [] };
    for (let i = 0; i < RUNS; i++) {
      const v = (i % 2) + 2; // alternate 2 and 3 so every click changes the rating
      const before = await page.evaluate(() => window.__bench.writes.length);
      const r = await page.evaluate(
        async (v) => {
          performance.clearMarks();
          const input = document.querySelector(`[data-testid="rate-market-importance"] input[value="${v}"]`);
          const t0 = performance.now();
          input.click();
          await window.__bench.painted();
          const end = performance.now();
          const at = (n) => performance.getEntriesByName('mamori:' + n, 'mark')[0]?.startTime ?? NaN;
          return {
            ms: end - t0,
            snapshot: at('edit-recorded') - at('edit'),
            apply: at('edit-applied') - at('edit-recorded'),
            analyse: at('edit-analysed') - at('edit-applied'),
            render: end - at('edit-analysed'),
          };
        },
        v,
      );
      edits.push(r.ms);
      for (const k of Object.keys(steps)) steps[k].push(r[k]);
      // The autosave is deferred until after the paint (src/ui/state.rs
      // SAVE_DELAY): wait for it, so each edit is saved on its own.
      await page.waitForFunction((n) => window.__bench.writes.length > n, before, { timeout: 10000 }).catch(() => {});
      const w = await page.evaluate((n) => window.__bench.writes.slice(n), before);
      saves.push(w.length ? w[w.length - 1].ms : NaN);
    }
    record('rating edit → scores, tiers and list updated and painted (incl. autosave)', size, edits);
    record('… of which the undo snapshot (copy of the workbook)', size, steps.snapshot);
    record('… of which the edit applied', size, steps.apply);
    record('… of which scoring (analyze)', size, steps.analyse);
    record('… of which rendering until painted', size, steps.render);
    record('autosave write (localStorage.setItem of the workbook)', size, saves, saves.some((x) => !Number.isFinite(x)) ? 'some edits wrote nothing' : '');

    for (const [name, nav, sel] of SCREENS) {
      const samples = [];
      for (let i = 0; i < RUNS; i++) {
        // Start from another screen so the target mounts from scratch.
        const from = name === 'settings' ? 'exchange' : 'settings';
        const fromSel = SCREENS.find(([n]) => n === from)[2];
        await page.evaluate((h) => { location.hash = h; }, `#/wb/${entry.id}/${from}`);
        await page.locator(fromSel).first().waitFor({ timeout: TIMEOUT });
        samples.push(await timedClick(page, nav, sel));
      }
      record(`open screen: ${name}`, size, samples);
    }

    const exportMs = [];
    await page.evaluate((h) => { location.hash = h; }, `#/wb/${entry.id}/exchange`);
    await page.locator('[data-testid="export-zip"]').waitFor({ timeout: TIMEOUT });
    for (let i = 0; i < RUNS; i++) {
      const n = await page.evaluate(() => window.__bench.blobs.length);
      const ms = await page.evaluate(async (n) => {
        const t0 = performance.now();
        document.querySelector('[data-testid="export-zip"]').click();
        while (window.__bench.blobs.length === n) await new Promise((r) => setTimeout(r, 1));
        return window.__bench.blobs[n] - t0;
      }, n);
      exportMs.push(ms);
    }
    record('export all tables (zip) until the download starts', size, exportMs);
    if (errors.length) notes.push(`${size}: page errors: ${errors.join('; ')}`);
    await context.close();
  }

  // ---- import + validation + preview (no storage needed: full L) -------------
  async function importRun(files, label, size) {
    const samples = [];
    for (let i = 0; i < RUNS; i++) {
      const { context, page } = await fresh();
      await page.goto(`${URL}#/import`);
      await readyAt(page);
      await page.locator('[data-testid="import-file"]').waitFor();
      const done = page.evaluate(
        async (timeout) => {
          const b = window.__bench;
          await b.waitFor('[data-testid="import-preview"]', timeout);
          await b.painted();
          return performance.now() - b.changes[0];
        },
        TIMEOUT,
      );
      await page.locator('[data-testid="import-file"]').setInputFiles(files);
      samples.push(await done.catch((e) => (console.log(String(e)), NaN)));
      if (i === 0) {
        const skipped = await page.getAttribute('[data-testid="import-skipped"]', 'data-count').catch(() => null);
        if (skipped !== '0') notes.push(`${label} [${size}]: ${skipped} rows skipped by the importer`);
      }
      await context.close();
    }
    record(label, size, samples);
    return samples;
  }
  for (const s of part('import') ? summary.sizes : []) {
    await importRun([path.join(dataDir, `${s.size}.tables.zip`)], 'import all tables (zip) → validated preview painted', s.size);
  }

  // ---- side by side: the app's importer vs PapaParse on the same text --------
  const pair = ['L.technologies.csv', 'L.actors.csv', 'L.scenarios.csv'].map((f) => path.join(dataDir, f));
  if (!part('side')) {
    await browser.close();
    writeFileSync(outPath, JSON.stringify({ browser: `Chromium ${browserVersion}`, runs: RUNS, results, notes, papa_ratio: null }, null, 2));
    return;
  }
  const app = await importRun(pair, 'import technologies + actors + scenarios CSV → validated preview painted', 'L');
  const papaSrc = readFileSync(path.join(root, 'node_modules', 'papaparse', 'papaparse.min.js'), 'utf8');
  const texts = pair.map((f) => readFileSync(f, 'utf8'));
  const papa = [];
  {
    const { context, page } = await fresh();
    await page.goto(`${URL}#/import`);
    await readyAt(page);
    // DevTools evaluation is not subject to the page's CSP; the UMD bundle
    // defines window.Papa when there is no module system.
    await page.evaluate(papaSrc);
    for (let i = 0; i < RUNS; i++) {
      papa.push(
        await page.evaluate((texts) => {
          const t0 = performance.now();
          let rows = 0;
          for (const t of texts) rows += window.Papa.parse(t, { header: true, skipEmptyLines: true }).data.length;
          const ms = performance.now() - t0;
          if (rows < 5000) throw new Error(`PapaParse read only ${rows} rows`);
          return ms;
        }, texts),
      );
    }
    await context.close();
  }
  record('PapaParse parse of the same technologies + actors + scenarios CSV (header: true)', 'L', papa);
  const ratio = stats(app.filter(Number.isFinite)).median / stats(papa).median;

  await browser.close();
  const papaVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'papaparse', 'package.json'), 'utf8')).version;
  writeFileSync(outPath, JSON.stringify({ browser: `Chromium ${browserVersion}`, runs: RUNS, results, notes, papa_ratio: ratio, papaparse: papaVersion }, null, 2));
  console.log(`app importer / PapaParse = ${ratio.toFixed(2)}; wrote ${outPath}`);
}

main().catch(async (e) => {
  console.error(e);
  await browser?.close();
  process.exit(1);
});
