// A file cut short (half downloaded, a full USB stick) is said to be, in
// the UI language, and its incomplete row is not imported as if whole
// (issue 13). Also: a European-locale CSV with semicolons imports, and the
// preview says which separator was used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp } from './harness.mjs';

const wid = '11111111-2222-4333-8444-555555555555';
const header = 'workbook_id,technology_id,name,category,market_importance,national_strategy,substitutability,leak_impact';
const rows = [
  `${wid},aaaaaaaa-0000-4000-8000-000000000001,完全な技術,research_data,4,4,2,5`,
  // Cut inside a quoted cell: the file ends before the quote closes.
  `${wid},aaaaaaaa-0000-4000-8000-000000000002,"途中で切れた技術の名`,
];

for (const [locale, cut] of [['ja-JP', 'このファイルは途中で切れているようです'], ['en-US', 'This file looks cut short']]) {
  test(`a cut file is reported as cut short (line 3) and its last row is left out — ${locale}`, async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mamori-cut-'));
    const file = path.join(dir, 'technologies.csv');
    writeFileSync(file, '\uFEFF' + [header, ...rows].join('\r\n'));
    const app = await openApp('file', { locale });
    const { page } = app;
    try {
      await page.goto(app.url + '#/import');
      await page.getByTestId('import-file').setInputFiles(file);
      await page.getByTestId('import-problems').waitFor();
      const problem = page.locator('[data-testid="import-problem"][data-line="3"]');
      assert.equal(await problem.count(), 1, 'the cut is located at line 3');
      assert.match(await problem.innerText(), new RegExp(cut));
      assert.equal(await page.getByTestId('import-skipped').getAttribute('data-count'), '1');
      assert.equal(await page.locator('[data-testid="import-count-row"][data-kind="technology"] [data-col="new"]').innerText(), '1',
        'only the whole row is imported');
      // The message is in the UI language only (no English library text in Japanese).
      if (locale === 'ja-JP') assert.doesNotMatch(await problem.locator('td').last().innerText(), /[A-Za-z]{4,}/);
      assert.deepEqual(app.errors, []);
    } finally { await app.close(); }
  });
}

test('a semicolon CSV (European Excel) imports and the preview names the separator', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mamori-semi-'));
  const file = path.join(dir, 'technologies.csv');
  const csv = [header.replaceAll(',', ';'), rows[0].replaceAll(',', ';'), ''].join('\r\n');
  writeFileSync(file, '\uFEFF' + csv);
  for (const [locale, says] of [['en-US', /semicolon/i], ['ja-JP', /セミコロン/]]) {
    const app = await openApp('file', { locale });
    const { page } = app;
    try {
      await page.goto(app.url + '#/import');
      await page.getByTestId('import-file').setInputFiles(file);
      await page.getByTestId('import-preview').waitFor();
      assert.equal(await page.locator('[data-testid="import-count-row"][data-kind="technology"] [data-col="new"]').innerText(), '1');
      assert.match(await page.getByTestId('import-separators').innerText(), says);
    } finally { await app.close(); }
  }
});

test('thousands of problems: the list is paged and capped per kind with "and n more" (issue 19)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mamori-many-'));
  const file = path.join(dir, 'technologies.csv');
  const n = 3000;
  const lines = [header];
  for (let i = 1; i <= n; i++) {
    const id = `aaaaaaaa-0000-4000-8000-${String(i).padStart(12, '0')}`;
    lines.push(`${wid},${id},技術${i},research_data,4,4,2,9`);
  }
  writeFileSync(file, '\uFEFF' + lines.join('\r\n') + '\r\n');
  for (const [locale, more] of [['en-US', /2900 more problems like this one/], ['ja-JP', /ほかに同じ種類の問題が2900件/]]) {
    const app = await openApp('file', { locale });
    const { page } = app;
    try {
      await page.goto(app.url + '#/import');
      await page.getByTestId('import-file').setInputFiles(file);
      await page.getByTestId('import-problems').waitFor();
      assert.equal(await page.getByTestId('import-problem').count(), 50, 'one page of 50 rows');
      await page.getByTestId('problems-pager').waitFor();
      const shown = await page.getByTestId('problems-pager').getByTestId('pager-rows').innerText();
      assert.match(shown, /1–50/);
      // 100 bad ratings listed, plus the file's other problems (missing
      // columns, no workbook.csv, no round): never 3,000 rows.
      const listed = Number(shown.match(/(\d+)\D*$/)[1]);
      assert.ok(listed > 100 && listed < 130, `rows listed: ${shown}`);
      const notListed = page.getByTestId('problems-not-listed').locator('li');
      assert.equal(await notListed.count(), 1);
      assert.equal(await notListed.getAttribute('data-count'), String(n - 100));
      assert.match(await notListed.innerText(), more);
      await page.getByTestId('problems-pager').getByTestId('pager-last').click();
      assert.equal(await page.getByTestId('import-problem').count(), listed % 50 || 50, 'the last page holds the rest of those listed');
      assert.equal(await page.getByTestId('import-skipped').getAttribute('data-count'), String(n));
    } finally { await app.close(); }
  }
});
