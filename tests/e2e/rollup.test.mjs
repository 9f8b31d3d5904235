// Issue 5's acceptance "a folder of 100 labs' exports rolls up in the app":
// the sample's table zip, downloaded from the app, is turned into 100 labs
// (own workbook and record ids, own name, extra technologies, different
// countermeasure statuses); 60 are given as separate zips and 40 inside one
// zip of zips, all in one pick on the portfolio screen (#/portfolio). The
// totals on screen must equal counts taken from the files; the time from
// picking the files to the finished view is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp } from './harness.mjs';
import { unzip, zip, parseCsv, writeCsv } from './files.mjs';

const LABS = 100;
const SEPARATE = 60;
const STATUSES = ['not_started', 'planned', 'in_progress', 'done'];

/** Lab `i`: every UUID given a lab prefix, and data that differs per lab. */
function makeLab(template, i) {
  const prefix = (0xa0000000 + i).toString(16);
  const tables = {};
  for (const [name, buf] of Object.entries(template)) {
    const text = buf.toString('utf8').replace(/^\uFEFF/, '')
      .replace(/\b[0-9a-f]{8}(-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/g, `${prefix}$1`);
    tables[name] = parseCsv(text);
  }
  const col = (rows, name) => rows[0].indexOf(name);
  const wb = tables['workbook.csv'];
  wb[1][col(wb, 'name')] = `研究室${String(i).padStart(3, '0')}`;
  const cms = tables['countermeasures.csv'];
  cms.slice(1).forEach((r, j) => { r[col(cms, 'status')] = STATUSES[(i + j) % 4]; });
  const tech = tables['technologies.csv'];
  const wid = wb[1][col(wb, 'workbook_id')];
  for (let k = 0; k < i % 4; k++) {
    const r = tech[0].map(() => '');
    r[col(tech, 'workbook_id')] = wid;
    r[col(tech, 'technology_id')] = `${prefix}-0000-4000-8000-${String(k).padStart(12, '0')}`;
    r[col(tech, 'name')] = `追加技術${k}`;
    r[col(tech, 'category')] = k % 2 ? 'quasi_important' : 'research_data';
    tech.push(r);
  }
  const files = {};
  for (const [name, rows] of Object.entries(tables)) files[name] = Buffer.from(writeCsv(rows), 'utf8');
  const rowsOf = (t) => tables[t].length - 1;
  const expected = {
    technologies: rowsOf('technologies.csv'),
    quasi: tech.slice(1).filter((r) => r[col(tech, 'category')] === 'quasi_important').length,
    scenarios: rowsOf('scenarios.csv'),
    statuses: Object.fromEntries(STATUSES.map((s) => [s, cms.slice(1).filter((r) => r[col(cms, 'status')] === s).length])),
  };
  return { id: wid, files, expected };
}

test('100 labs\' table exports roll up on the portfolio screen with exact totals', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mamori-rollup-'));
  const app = await openApp('file', { locale: 'ja-JP' });
  try {
    const { page } = app;
    await page.getByTestId('open-sample').click();
    await page.getByTestId('nav-exchange').click();
    await page.getByTestId('exchange-screen').waitFor();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-zip').click()]);
    const templatePath = path.join(dir, 'template.zip');
    await dl.saveAs(templatePath);
    const template = unzip(readFileSync(templatePath));
    assert.ok(template['technologies.csv'] && template['countermeasures.csv']);

    const labs = Array.from({ length: LABS }, (_, i) => makeLab(template, i));
    assert.equal(new Set(labs.map((l) => l.id)).size, LABS, 'every lab its own workbook id');
    const paths = [];
    const nested = {};
    labs.forEach((lab, i) => {
      const name = `lab${String(i).padStart(3, '0')}_tables.zip`;
      const bytes = zip(lab.files);
      if (i < SEPARATE) {
        paths.push(path.join(dir, name));
        writeFileSync(paths.at(-1), bytes);
      } else nested[name] = bytes;
    });
    paths.push(path.join(dir, 'more_labs.zip'));
    writeFileSync(paths.at(-1), zip(nested));

    const sum = (f) => labs.reduce((a, l) => a + f(l.expected), 0);
    await page.goto(app.url + '#/portfolio');
    await page.getByTestId('rollup-screen').waitFor();
    // Record every value the roll-up's progress bar shows (it is built and
    // removed within the run, so it is watched from inside the page).
    await page.evaluate(() => {
      window.__rollupProgress = [];
      new MutationObserver(() => {
        const bar = document.querySelector('[data-testid="rollup-progress"]');
        if (bar) window.__rollupProgress.push(Number(bar.getAttribute('value')) / Number(bar.getAttribute('max')));
      }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['value'] });
    });
    const started = Date.now();
    await page.getByTestId('rollup-files').setInputFiles(paths);
    await page.getByTestId('rollup-view').waitFor({ timeout: 120000 });
    const ms = Date.now() - started;
    const shown = await page.evaluate(() => window.__rollupProgress);
    assert.ok(new Set(shown).size >= 3, `the roll-up progress advanced: ${shown}`);
    for (let i = 1; i < shown.length; i++) assert.ok(shown[i] >= shown[i - 1], `never back: ${shown}`);
    assert.equal(await page.getByTestId('rollup-job').count(), 0, 'the bar is gone');
    console.log(`roll-up of ${LABS} labs (${SEPARATE} zips + 1 zip of ${LABS - SEPARATE} zips): ${ms} ms from picking the files to the finished view`);

    assert.equal(await page.getByTestId('rollup-lab-count').getAttribute('data-count'), String(LABS));
    assert.equal(await page.getByTestId('rollup-lab').count(), LABS);
    assert.equal(await page.locator('[data-testid="rollup-problems"] [data-testid="import-problem"]').count(), 0, 'no problem reported');
    const total = (table, c) => page.locator(`[data-testid="${table}"] [data-testid="rollup-total"] [data-col="${c}"]`).innerText();
    assert.equal(await total('rollup-tiers', 'total'), String(sum((e) => e.technologies)));
    assert.equal(await total('rollup-tiers', 'quasi_important'), String(sum((e) => e.quasi)));
    const tierCells = await page.locator('[data-testid="rollup-tiers"] [data-testid="rollup-total"] td:not([data-col="total"])').allInnerTexts();
    assert.equal(tierCells.reduce((a, b) => a + Number(b), 0), sum((e) => e.technologies), 'tiers add up');
    const levelCells = await page.locator('[data-testid="rollup-levels"] [data-testid="rollup-total"] td').allInnerTexts();
    assert.equal(levelCells.reduce((a, b) => a + Number(b), 0), sum((e) => e.scenarios));
    for (const s of STATUSES) {
      assert.equal(await total('rollup-status', s), String(sum((e) => e.statuses[s])), s);
    }
    // Each lab's line: its own counts, under its own workbook id.
    for (const i of [0, 3, 59, 60, 99]) {
      const row = page.locator(`[data-testid="rollup-lab"][data-workbook="${labs[i].id}"]`);
      assert.equal(await row.locator('[data-col="technologies"]').innerText(), String(labs[i].expected.technologies));
      assert.equal(await row.locator('th').innerText(), `研究室${String(i).padStart(3, '0')}`);
    }
    // Nothing of the roll-up was stored: the list still has the sample only.
    await page.goto(app.url + '#/');
    assert.equal(await page.getByTestId('workbook-row').count(), 1);
    assert.deepEqual(app.offsite, []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
