// Imports as they happen after a round trip through Excel, and a merge with
// a real conflict, in the single file from file://:
// - the table set saved by Japanese Excel as "CSV" (Shift_JIS/CP932, no BOM,
//   trailing empty columns: tests/fixtures/csv/excel_cp932/) imports with
//   the encoding detected, and a single CP932 file with the encoding chosen
//   in the import screen;
// - the same technology changed here and in an exported file: the preview
//   shows both versions with localised field names and values (ja and en),
//   the user picks "theirs" for it, and the stored workbook has their
//   version while other edits stay.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from './harness.mjs';
import { unzip, zip, parseCsv, writeCsv } from './files.mjs';
import { axeViolations, formatViolations } from './a11y.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CP932 = path.join(root, 'tests', 'fixtures', 'csv', 'excel_cp932');
const texts = async (locator) => (await locator.allInnerTexts()).map((s) => s.trim());

test('Excel CP932 CSVs import: detected for the set, chosen for one file', async () => {
  const files = readdirSync(CP932).filter((f) => f.endsWith('.csv')).map((f) => path.join(CP932, f));
  const tech = readFileSync(path.join(CP932, 'technologies.csv'));
  assert.ok(!tech.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'fixture has no BOM');
  assert.ok(!tech.toString('utf8').includes('GaN結晶成長レシピ'), 'fixture is not UTF-8');
  const app = await openApp('file', { locale: 'ja-JP' });
  try {
    const { page } = app;
    await page.goto(app.url + '#/import');
    await page.getByTestId('import-file').setInputFiles(files);
    await page.getByTestId('import-preview').waitFor();
    assert.equal(await page.getByTestId('import-skipped').getAttribute('data-count'), '0');
    const newTechs = await page.locator('[data-testid="import-count-row"][data-kind="technology"] [data-col="new"]').innerText();
    assert.ok(Number(newTechs) >= 5, newTechs);
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('tech-row').first().waitFor();
    const names = await texts(page.getByTestId('open-tech'));
    assert.equal(names.length, Number(newTechs));
    assert.ok(names.includes('GaN結晶成長レシピ'), `Japanese intact: ${names}`);

    // One file, the encoding chosen by hand before picking it.
    await page.goto(app.url + '#/import');
    await page.getByTestId('import-encoding').selectOption('shift_jis');
    await page.getByTestId('import-file').setInputFiles(path.join(CP932, 'technologies.csv'));
    await page.getByTestId('import-preview').waitFor();
    assert.equal(await page.getByTestId('import-skipped').getAttribute('data-count'), '0');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('tech-row').first().waitFor();
    assert.ok((await texts(page.getByTestId('open-tech'))).includes('GaN結晶成長レシピ'));
    assert.deepEqual(app.offsite, []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

test('merge conflict: both versions shown with localised labels, the user picks theirs', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mamori-merge-'));
  const app = await openApp('file', { locale: 'ja-JP' });
  try {
    const { page } = app;
    await page.getByTestId('open-sample').click();
    await page.waitForURL(/#\/wb\/[0-9a-f-]{36}\/overview$/);
    const wbId = page.url().match(/#\/wb\/([0-9a-f-]{36})/)[1];
    await page.getByTestId('nav-exchange').click();
    await page.getByTestId('exchange-screen').waitFor();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-zip').click()]);
    const exported = path.join(dir, 'exported.zip');
    await dl.saveAs(exported);

    // Theirs: the first technology renamed, its category and a rating changed.
    const tables = unzip(readFileSync(exported));
    const rows = parseCsv(tables['technologies.csv'].toString('utf8').replace(/^\uFEFF/, ''));
    const col = (n) => rows[0].indexOf(n);
    const techId = rows[1][col('technology_id')];
    const originalCategory = rows[1][col('category')];
    assert.notEqual(originalCategory, 'source_code');
    rows[1][col('name')] = 'あちらでの名前';
    rows[1][col('category')] = 'source_code';
    rows[1][col('market_importance')] = '';
    const theirs = path.join(dir, 'theirs_tables.zip');
    writeFileSync(theirs, zip({ ...tables, 'technologies.csv': Buffer.from(writeCsv(rows), 'utf8') }));

    // Mine: the same technology renamed here, and another edit elsewhere.
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('open-tech').first().click();
    await page.getByTestId('tech-name').fill('こちらでの名前');
    await page.getByTestId('tech-name').blur();
    await page.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();

    await page.getByTestId('nav-exchange').click();
    await page.getByTestId('exchange-screen').waitFor();
    await page.getByTestId('import-file').setInputFiles(theirs);
    await page.getByTestId('import-preview').waitFor();
    const conflict = page.locator('[data-testid="conflict"][data-kind="technology"]');
    assert.equal(await conflict.count(), 1, 'one technology conflict');
    const field = (f) => conflict.locator(`[data-testid="conflict-field"][data-field="${f}"]`);
    const cells = async (f) => ({
      label: (await field(f).locator('th').innerText()).trim(),
      mine: (await field(f).locator('[data-col="mine"]').innerText()).trim(),
      theirs: (await field(f).locator('[data-col="theirs"]').innerText()).trim(),
    });
    assert.deepEqual(await cells('name'), { label: '名称', mine: 'こちらでの名前', theirs: 'あちらでの名前' });
    const cat = await cells('category');
    assert.equal(cat.label, '種別');
    assert.equal(cat.theirs, 'ソースコード');
    assert.ok(cat.mine.length > 0 && !cat.mine.includes('_'), `mine as a label: ${cat.mine}`);
    const rating = await cells('market_importance');
    assert.equal(rating.theirs, '未評価');
    assert.match(rating.mine, /^[1-5]$/);
    assert.equal(await conflict.locator('[data-testid="conflict-field"]').count(), 3, 'only the differing fields');
    const axe = async (where) => { const vs = await axeViolations(page); assert.equal(vs.length, 0, `${where}: ${formatViolations(vs)}`); };
    await axe('conflict preview (ja)');
    for (const label of await texts(conflict.locator('[data-testid="conflict-field"] th'))) {
      assert.ok(!label.includes('_'), `no storage names: ${label}`);
    }
    // The same in English.
    await page.getByTestId('lang-select').selectOption('en');
    const catEn = await cells('category');
    assert.equal(catEn.label, 'Category');
    assert.equal(catEn.theirs, 'Source code');
    assert.ok(/^[A-Z][a-z]/.test(catEn.mine) && !catEn.mine.includes('_'), `mine in English: ${catEn.mine}`);
    assert.equal((await cells('market_importance')).theirs, 'Not rated');
    await axe('conflict preview (en)');
    await page.getByTestId('lang-select').selectOption('ja');

    // Keep mine by default, theirs for this conflict.
    await page.getByTestId('policy-mine').check();
    await conflict.getByTestId('conflict-theirs').check();
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-notice').waitFor();
    await page.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
    const stored = JSON.parse(await page.evaluate((id) => localStorage.getItem(`mamori.v1.wb.${id}`), wbId));
    const t = stored.technologies.find((x) => x.id === techId);
    assert.equal(t.name, 'あちらでの名前');
    assert.equal(t.category, 'source_code');
    assert.equal(t.market_importance ?? null, null);
    assert.equal(stored.technologies.length, rows.length - 1, 'nothing added or lost');
    assert.deepEqual(app.offsite, []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
