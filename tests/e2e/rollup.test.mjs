// Issue 5's acceptance "a folder of 100 labs' exports rolls up in the app":
// the sample's table zip, downloaded from the app, is turned into 100 labs
// (own workbook and record ids, own name, extra technologies, different
// countermeasure statuses); 60 are given as separate zips and 40 inside one
// zip of zips, all in one pick on the portfolio screen (#/portfolio). The
// totals on screen must equal counts taken from the files; the time from
// picking the files to the finished view is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
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

// Issue 13 part 5, "a roll-up an office can act on": the same lab picked
// twice (same zip name, from two folders) is ONE line, not a duplicate-id
// error per row; files that could not be read are counted at the top,
// before the lab table and within the first screen; each lab's line shows
// its overdue countermeasures (open and due before today, the
// countermeasures screen's rule) and a mark when its files had problems; a
// lab without workbook.csv is named in the UI language. Checked in ja, then
// loaded again in en.
test('a lab loaded twice is one line, unread files come first, overdue counts and problem marks per lab (ja and en)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mamori-rollup-act-'));
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

    // Lab A with overdue, done-and-past-due and future countermeasures.
    const a = makeLab(template, 0);
    const cms = parseCsv(a.files['countermeasures.csv'].toString('utf8').replace(/^\uFEFF/, ''));
    const c = (name) => cms[0].indexOf(name);
    const dues = [['2000-01-01', 'planned'], ['2000-01-02', 'done'], ['2999-01-01', 'planned'], ['2001-05-05', 'in_progress']];
    dues.forEach(([due, status], j) => { if (cms[j + 1]) { cms[j + 1][c('due_date')] = due; cms[j + 1][c('status')] = status; } });
    a.files['countermeasures.csv'] = Buffer.from(writeCsv(cms), 'utf8');
    const today = new Date().toLocaleDateString('sv-SE');
    const overdueA = cms.slice(1).filter((r) => r[c('due_date')] && r[c('due_date')] < today && r[c('status')] !== 'done').length;
    assert.ok(overdueA >= 2, `lab A has overdue countermeasures: ${overdueA}`);

    // Lab B's zip also holds a file that is no table: B is marked.
    const b = makeLab(template, 1);
    // Lab C without workbook.csv: named in the UI language after its zip.
    const cLab = makeLab(template, 2);
    delete cLab.files['workbook.csv'];
    mkdirSync(path.join(dir, 'copy'));
    const write = (name, bytes) => { writeFileSync(path.join(dir, name), bytes); return path.join(dir, name); };
    const paths = [
      write('labA_tables.zip', zip(a.files)),
      write('labB_tables.zip', zip({ ...b.files, 'readme.csv': Buffer.from('what,why\r\nx,y\r\n') })),
      write('labC_tables.zip', zip(cLab.files)),
      write('copy/labA_tables.zip', zip(a.files)),
      write('broken.zip', Buffer.from('PK\u0003\u0004 not a zip at all')),
    ];

    const load = async () => {
      await page.goto(app.url + '#/portfolio');
      await page.getByTestId('rollup-screen').waitFor();
      if (await page.getByTestId('rollup-clear').count()) {
        await page.getByTestId('rollup-clear').click();
        await page.getByTestId('rollup-view').waitFor({ state: 'detached' });
      }
      await page.getByTestId('rollup-files').setInputFiles(paths);
      await page.getByTestId('rollup-view').waitFor({ timeout: 60000 });
    };
    const problemRows = page.locator('[data-testid="rollup-problems"] [data-testid="import-problem"]');
    const labRow = (lab) => page.locator(`[data-testid="rollup-lab"][data-workbook="${lab.id}"]`);

    await load();
    assert.equal(await page.getByTestId('rollup-lab-count').getAttribute('data-count'), '3', 'A once, B, C');
    const texts = await problemRows.allInnerTexts();
    const twice = texts.filter((t) => t.includes('2回読み込まれました'));
    assert.equal(twice.length, 1, `one line for the lab loaded twice:\n${texts.join('\n')}`);
    assert.ok(!texts.some((t) => t.includes('重複')), `no duplicate-id rows:\n${texts.join('\n')}`);
    assert.ok(texts.length <= 5, `a handful of lines, not one per row:\n${texts.join('\n')}`);
    assert.equal(await page.getByTestId('rollup-twice').innerText(), '1件の研究室が2回読み込まれました。新しい方のファイルを使います。');

    // Unread files: broken.zip and labB_tables.zip/readme.csv, said first.
    const unread = page.getByTestId('rollup-unread');
    assert.equal(await unread.getAttribute('data-count'), '2');
    assert.match(await unread.innerText(), /2個のファイルを読み込めませんでした。/);
    const before = await page.evaluate(() => {
      const u = document.querySelector('[data-testid="rollup-unread"]');
      const t = document.querySelector('[data-testid="rollup-labs"]');
      return Boolean(u.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(before, 'the unread files come before the lab table');
    const box = await unread.boundingBox();
    const labsBox = await page.getByTestId('rollup-labs').boundingBox();
    const viewport = page.viewportSize();
    assert.ok(box.y < labsBox.y && box.y + box.height <= viewport.height, `above the fold: ${JSON.stringify({ box, labsBox, viewport })}`);

    // Overdue per lab and in the status table's total.
    assert.equal(await labRow(a).locator('[data-col="overdue"]').innerText(), String(overdueA));
    const overdueTotal = await page.locator('[data-testid="rollup-status"] [data-testid="rollup-total"] [data-col="overdue"]').innerText();
    assert.ok(Number(overdueTotal) >= overdueA, `total ${overdueTotal}`);
    // Problem marks: A clean, B (its unreadable file) and C (no workbook.csv) marked.
    assert.equal(await labRow(a).getAttribute('data-problems'), '0');
    assert.equal(await labRow(a).getByTestId('rollup-lab-problems').count(), 0);
    assert.equal(await labRow(b).getByTestId('rollup-lab-problems').innerText(), '⚠ 問題1件');
    assert.ok(Number(await labRow(cLab).getAttribute('data-problems')) > 0);
    assert.match(await page.getByTestId('rollup-labs-with-problems').innerText(), /2件の研究室のファイルに問題がありました/);
    assert.equal(await labRow(cLab).getByTestId('rollup-lab-name').innerText(), '取り込んだワークブック（labC_tables）');
    assert.ok((await page.locator('[data-testid="rollup-labs"] thead').innerText()).includes('期限超過の対策'));

    // The same load in English.
    await page.getByTestId('lang-select').selectOption('en');
    await load();
    assert.equal(await page.getByTestId('rollup-twice').innerText(), '1 lab was loaded twice; the newer file is used.');
    const twiceEn = (await problemRows.allInnerTexts()).filter((t) => t.includes('was loaded twice; the newer file (labA_tables.zip) is used.'));
    assert.equal(twiceEn.length, 1);
    assert.match(await page.getByTestId('rollup-unread').innerText(), /2 files could not be read\./);
    assert.equal(await labRow(b).getByTestId('rollup-lab-problems').innerText(), '⚠ 1 problem');
    assert.match(await page.getByTestId('rollup-labs-with-problems').innerText(), /2 labs had problems in their files/);
    assert.equal(await labRow(cLab).getByTestId('rollup-lab-name').innerText(), 'Imported workbook (labC_tables)');
    assert.ok((await page.locator('[data-testid="rollup-labs"] thead').innerText()).includes('Overdue countermeasures'));
    assert.equal(await labRow(a).locator('[data-col="overdue"]').innerText(), String(overdueA));
    assert.deepEqual(app.offsite, []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
