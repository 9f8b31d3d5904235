// Import & export end to end, in the single file from file://: download
// every export of the sample and read the files back (BOM, CRLF, the
// `workbook_id` column first, Japanese intact, a formula-looking cell
// neutralised); import the downloaded zip into a new workbook in a FRESH
// profile through the preview; import a CSV with a bad row (the problem is
// located, the valid part imports); roll up two labs' exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp } from './harness.mjs';

const BOM = [0xef, 0xbb, 0xbf];
const hasBom = (buf) => BOM.every((b, i) => buf[i] === b);
const text = (buf) => buf.toString('utf8').replace(/^\uFEFF/, '');
const DATE = /_\d{4}-\d{2}-\d{2}\.(csv|zip|json)$/;

/** Reads a zip as our app writes it (stored entries, sizes in the local headers). */
function unzip(buf) {
  const files = {};
  let at = 0;
  while (buf.readUInt32LE(at) === 0x04034b50) {
    const method = buf.readUInt16LE(at + 8);
    const size = buf.readUInt32LE(at + 18);
    const nameLen = buf.readUInt16LE(at + 26);
    const extraLen = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 30, at + 30 + nameLen).toString('utf8');
    const start = at + 30 + nameLen + extraLen;
    assert.equal(method, 0, `${name} is stored`);
    files[name] = buf.subarray(start, start + size);
    at = start + size;
  }
  return files;
}

/** Clicks a download button; returns { name, buf, path } (each saved apart). */
let saved = 0;
async function download(page, testid, dir) {
  // No retry: a click must download. (A retry used to hide the 11th
  // download of one page being dropped: the app had offered it — its status
  // said "downloaded" — but Chromium lets a page start only so many
  // downloads outside a click's own task (the table zip is written in slices
  // after the click) and headless Chromium drops the rest instead of asking.
  // The click was never lost; so the second lab is exported from its own
  // profile, as a second lab would be.)
  const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), page.getByTestId(testid).click()]);
  const name = dl.suggestedFilename();
  const file = path.join(dir, `${++saved}-${name}`);
  await dl.saveAs(file);
  return { name, buf: readFileSync(file), path: file };
}

const texts = async (locator) => (await locator.allInnerTexts()).map((s) => s.trim());

test('export every file, import into a fresh profile, locate bad rows, roll up labs', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mamori-exchange-'));
  const first = await openApp('file', { locale: 'ja-JP' });
  let zip1, zip2, wbName, techNames, scenarioTitles, scenarioCount, cmCount;
  try {
    const { page } = first;
    await page.getByTestId('open-sample').click();
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('tech-row').first().waitFor();
    // A technology name a spreadsheet would evaluate.
    await page.getByTestId('open-tech').first().click();
    await page.getByTestId('tech-name').fill('=1+2 危険な名前');
    await page.getByTestId('tech-name').blur();
    await page.getByTestId('open-tech').filter({ hasText: '=1+2 危険な名前' }).waitFor();
    techNames = (await texts(page.getByTestId('open-tech'))).sort();
    assert.ok(techNames.length >= 3);
    wbName = (await page.getByTestId('wb-name').innerText()).trim();
    await page.getByTestId('nav-scenarios').click();
    await page.getByTestId('scenario-row').first().waitFor();
    scenarioTitles = (await texts(page.getByTestId('open-scenario'))).sort();

    await page.getByTestId('nav-exchange').click();
    await page.getByTestId('exchange-screen').waitFor();

    // All tables as one zip.
    zip1 = await download(page, 'export-zip', dir);
    assert.match(zip1.name, /_tables_\d{4}-\d{2}-\d{2}\.zip$/);
    assert.ok(zip1.name.startsWith(wbName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 10)), `named after the workbook: ${zip1.name}`);
    const tables = unzip(zip1.buf);
    assert.ok(tables['technologies.csv'] && tables['workbook.csv'] && tables['scenarios.csv'], Object.keys(tables).join());
    const tech = tables['technologies.csv'];
    assert.ok(hasBom(tech), 'BOM by default');
    assert.ok(tech.toString('utf8').includes('\r\n'), 'CRLF by default');
    assert.ok(text(tech).startsWith('workbook_id,'), 'workbook_id first');
    assert.ok(text(tech).includes(`'=1+2 危険な名前`), 'formula-looking text neutralised');
    assert.ok(!/(^|,)=1\+2/m.test(text(tech)), 'never an evaluable cell');
    for (const n of techNames.filter((n) => !n.startsWith('='))) {
      assert.ok(text(tech).includes(n), `Japanese name intact: ${n}`);
    }

    // Each table on its own.
    for (const t of ['workbook', 'technologies', 'scenarios', 'countermeasures', 'threat_assessments']) {
      const f = await download(page, `export-table-${t}`, dir);
      assert.match(f.name, new RegExp(`_${t}_\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      assert.ok(hasBom(f.buf), `${t}: BOM`);
      assert.ok(text(f.buf).startsWith('workbook_id,'), `${t}: workbook_id first`);
      assert.ok(f.buf.toString('utf8').includes('\r\n'), `${t}: CRLF`);
    }

    // The localised risk register.
    const reg = await download(page, 'export-register', dir);
    assert.match(reg.name, /_risk-register_/);
    assert.ok(hasBom(reg.buf));
    assert.ok(/[ぁ-んァ-ン一-龯]/.test(text(reg.buf).split('\r\n')[0]), 'Japanese headers in the Japanese UI');

    // The backup restores the same workbook.
    const backup = await download(page, 'export-backup', dir);
    assert.match(backup.name, /_backup_.*\.json$/);
    const json = JSON.parse(text(backup.buf));
    assert.equal(json.name, wbName);
    assert.equal(json.technologies.length, techNames.length);
    scenarioCount = json.scenarios.length;
    cmCount = json.countermeasures.length;
    assert.ok(scenarioCount > 0 && cmCount > 0);

    // The redacted copy codes the technology names.
    const red = await download(page, 'export-redacted', dir);
    assert.match(red.name, /_redacted_/);
    const redTech = text(unzip(red.buf)['technologies.csv']);
    assert.ok(redTech.includes('T001'));
    for (const n of techNames) assert.ok(!redTech.includes(n), `redacted: ${n} removed`);

    // Options: without the BOM, with LF.
    await page.getByTestId('opt-bom').uncheck();
    await page.getByTestId('opt-crlf').uncheck();
    const plain = await download(page, 'export-table-technologies', dir);
    assert.ok(!hasBom(plain.buf), 'BOM off');
    assert.ok(!plain.buf.toString('utf8').includes('\r\n'), 'LF only');
    assert.ok(plain.buf.toString('utf8').startsWith('workbook_id,'));

    assert.deepEqual(first.offsite, []);
    assert.deepEqual(first.errors, []);
  } finally {
    await first.close();
  }

  // A second lab for the roll-up, in its own browser profile.
  const lab2 = await openApp('file', { locale: 'ja-JP' });
  try {
    await lab2.page.getByTestId('open-sample').click();
    await lab2.page.getByTestId('nav-exchange').click();
    await lab2.page.getByTestId('exchange-screen').waitFor();
    zip2 = await download(lab2.page, 'export-zip', dir);
    assert.deepEqual(lab2.offsite, []);
  } finally {
    await lab2.close();
  }

  // A fresh profile: import the downloaded zip as a new workbook.
  const fresh = await openApp('file', { locale: 'ja-JP' });
  try {
    const { page } = fresh;
    await page.getByTestId('import-new').click();
    await page.getByTestId('import-file').setInputFiles(zip1.path);
    await page.getByTestId('import-preview').waitFor();
    const techRow = page.locator('[data-testid="import-count-row"][data-kind="technology"]');
    assert.equal(await techRow.locator('[data-col="new"]').innerText(), String(techNames.length));
    const scenRow = page.locator('[data-testid="import-count-row"][data-kind="scenario"]');
    assert.equal(await scenRow.locator('[data-col="new"]').innerText(), String(scenarioCount));
    assert.equal(await page.getByTestId('import-skipped').getAttribute('data-count'), '0');
    assert.equal(await page.getByTestId('workbook-row').count(), 0, 'nothing stored before confirming');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('wb-name').filter({ hasText: wbName }).waitFor();
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('tech-row').first().waitFor();
    assert.deepEqual((await texts(page.getByTestId('open-tech'))).sort(), techNames);
    await page.getByTestId('nav-scenarios').click();
    await page.getByTestId('scenario-row').first().waitFor();
    assert.deepEqual((await texts(page.getByTestId('open-scenario'))).sort(), scenarioTitles);

    // A CSV with one bad row: the problem is located; the valid part imports.
    const header = 'workbook_id,technology_id,name,category,market_importance,national_strategy,substitutability,leak_impact';
    const wid = '11111111-2222-4333-8444-555555555555';
    const csv = [
      header,
      `${wid},aaaaaaaa-0000-4000-8000-000000000001,正しい技術,research_data,4,4,2,5`,
      `${wid},aaaaaaaa-0000-4000-8000-000000000002,壊れた技術,research_data,4,4,2,9`,
      '',
    ].join('\r\n');
    const bad = path.join(dir, 'technologies.csv');
    writeFileSync(bad, '\uFEFF' + csv);
    await page.goto(fresh.url + '#/import');
    await page.getByTestId('import-file').setInputFiles(bad);
    await page.getByTestId('import-problems').waitFor();
    const problem = page.locator('[data-testid="import-problem"][data-line="3"][data-column="leak_impact"]');
    assert.equal(await problem.count(), 1, 'the bad rating is located at line 3, leak_impact');
    const cells = await texts(problem.locator('td'));
    assert.equal(cells[0], 'technologies.csv');
    assert.equal(cells[1], '3');
    assert.equal(cells[2], '8 (leak_impact)');
    assert.ok(cells[4].includes('9'), `message names the value: ${cells[4]}`);
    assert.equal(await page.getByTestId('import-skipped').getAttribute('data-count'), '1');
    assert.equal(await page.locator('[data-testid="import-count-row"][data-kind="technology"] [data-col="new"]').innerText(), '1');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('tech-row').first().waitFor();
    assert.deepEqual(await texts(page.getByTestId('open-tech')), ['正しい技術']);

    // Cancel changes nothing.
    await page.goto(fresh.url + '#/import');
    await page.getByTestId('import-file').setInputFiles(zip2.path);
    await page.getByTestId('import-preview').waitFor();
    await page.getByTestId('import-cancel').click();
    await page.getByTestId('import-notice').filter({ hasText: '取り消しました' }).waitFor();
    await page.goto(fresh.url + '#/');
    assert.equal(await page.getByTestId('workbook-row').count(), 2);

    // Roll-up of two labs.
    await page.getByTestId('open-rollup').click();
    await page.getByTestId('rollup-files').setInputFiles([zip1.path, zip2.path]);
    await page.getByTestId('rollup-view').waitFor();
    assert.equal(await page.getByTestId('rollup-lab-count').getAttribute('data-count'), '2');
    assert.equal(await page.getByTestId('rollup-lab').count(), 2);
    const total = (table, col) => page.locator(`[data-testid="${table}"] [data-testid="rollup-total"] [data-col="${col}"]`).innerText();
    assert.equal(await total('rollup-tiers', 'total'), String(2 * techNames.length));
    const levelTotal = await page.locator('[data-testid="rollup-levels"] [data-testid="rollup-total"] td').allInnerTexts();
    assert.equal(levelTotal.reduce((a, b) => a + Number(b), 0), 2 * scenarioCount);
    const statusTotal = await page.locator('[data-testid="rollup-status"] [data-testid="rollup-total"] td').allInnerTexts();
    assert.equal(statusTotal.reduce((a, b) => a + Number(b), 0), 2 * cmCount);
    const combined = await download(page, 'rollup-export', dir);
    const combinedTech = text(unzip(combined.buf)['technologies.csv']);
    const rows = combinedTech.split('\r\n').filter((l) => /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(l));
    assert.equal(rows.length, 2 * techNames.length, 'one header, every lab\'s rows');
    assert.equal(new Set(rows.map((r) => r.split(',')[0])).size, 2, 'told apart by workbook_id');
    // Nothing of the roll-up was stored.
    await page.goto(fresh.url + '#/');
    assert.equal(await page.getByTestId('workbook-row').count(), 2);

    assert.deepEqual(fresh.offsite, []);
    assert.deepEqual(fresh.errors, []);
  } finally {
    await fresh.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
