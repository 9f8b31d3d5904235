// The printed report: open the worked sample, go to the Report view, print it
// to an A4 PDF in headless Chromium (page.pdf honours the print CSS), read the
// PDF back with poppler's pdftotext/pdfinfo and check every section heading,
// known values and the page numbers — in Japanese and in English — and that
// the redacted variant leaves out free text and people's names.
//
// Set MAMORI_REPORT_DIR=/some/dir to keep the PDFs and 60 dpi PNG pages
// (pdftoppm) for looking at them.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp } from './harness.mjs';

// Whitespace differs between wrapped table cells and the source text, so
// texts are compared with all whitespace removed.
const squash = (s) => s.replace(/\s+/g, '');

const EXPECTED = {
  ja: {
    locale: 'ja-JP',
    headings: [
      '技術流出リスク評価 報告書', '目次', '1. エグゼクティブサマリー', '件数', '上位層の重要技術',
      '優先して対処すべき漏洩シナリオ', '期限切れの対策', '2. 図表', 'リスクヒートマップ', '重要技術の順位と階層', '要素の種類別：チョークポイントの集中', 'ラウンドごとの進捗', '3. 重要技術',
      '4. 脅威評価', '5. 漏洩シナリオと対策', '6. 訓練', '付録 評価式・評価尺度・出典', '評価式', '評価尺度', '出典文書',
    ],
    values: [
      '半導体材料研究室 技術流出リスク評価（サンプル）', '架空工業大学',
      'GaN結晶成長レシピ', 'ポスドクが海外転出前にレシピをUSBへコピー', '外部記憶媒体の制御',
      '机上訓練：レシピを持って転出するポスドク', '上位・中位層', '市場・業界における重要性',
      '重要度 = Σ（重み × 値）÷ Σ 重み',
      // Issue #12 §3: catalogue records cite their source, derived ones say so.
      '出典：004 §5', '003 §2.3.3 から導出',
    ],
    // Free text of the sample: in the full report, not in the redacted one.
    freeText: ['高耐圧パワーデバイス向けGaN結晶のMOCVD成長条件', '転出前のデータ持ち出しに誰がどの時点で気づけるか', '研究室PCでUSBストレージが遮断されていない'],
    // People's names (assessor, people records, who stopped the exercise,
    // a countermeasure owner): in the full report, not in the redacted one.
    names: ['研究推進部 研究インテグリティ担当', 'ポスドクA', '客員研究員B', '研究室IT担当（デバイス制御の警告）', '助教（成長担当）'],
    redactedNote: '墨消し版：自由記述を除き、氏名は *** または P001… の符号にしています。',
  },
  en: {
    locale: 'en-US',
    headings: [
      'Technology-leakage risk assessment report', 'Contents', '1. Executive summary', 'Counts', 'Top-tier technologies',
      'Highest-priority leak scenarios', 'Overdue countermeasures', '2. Charts', 'Risk heat map', 'Technology ranking and tiers', 'Where chokepoints concentrate, by element kind', 'Progress by round', '3. Critical technologies',
      '4. Threat assessments', '5. Leak scenarios and countermeasures', '6. Exercises',
      'Appendix: scoring formulas, rating scales and sources', 'Scoring formulas', 'Rating scales', 'Source documents',
    ],
    values: [
      'Semiconductor Materials Lab — leakage risk assessment (sample)', 'Example Institute of Technology',
      'GaN crystal-growth recipe', 'Postdoc copies the recipe to USB before moving abroad',
      'Removable-media control', 'Tabletop: a postdoc leaves with the recipe', 'Top and middle tiers',
      'Importance in market/industry', 'Criticality = Σ (weight × value) ÷ Σ weight',
      'Source: 004 §5', 'Derived from 003 §2.3.3',
    ],
    freeText: ['MOCVD growth conditions for GaN crystals', 'Find out who could notice data being taken', 'USB storage is not blocked on lab PCs'],
    names: ['Research Integrity Office', 'Postdoc A', 'Visiting researcher B', 'Lab IT manager (device-control alert)', 'Assistant professor (growth)'],
    redactedNote: 'Redacted: free text is left out; names read *** or a code P001….',
  },
};

/** Prints the current page to an A4 PDF; resolves to { text, pages, size }. */
async function printPdf(page, dir, name) {
  const file = path.join(dir, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
  await page.emulateMedia({ media: null });
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(info.match(/^Pages:\s+(\d+)/m)?.[1]);
  const size = info.match(/^Page size:\s+(.*)$/m)?.[1] ?? '';
  if (process.env.MAMORI_REPORT_DIR) {
    execFileSync('pdftoppm', ['-r', '60', '-png', file, path.join(dir, name)]);
  }
  return { text, pages, size };
}

describe('printed report', () => {
  for (const [lang, want] of Object.entries(EXPECTED)) {
    test(`A4 PDF with every section, page numbers and a redacted variant (${lang})`, async () => {
      const keep = process.env.MAMORI_REPORT_DIR;
      const dir = keep ? path.join(keep, lang) : mkdtempSync(path.join(tmpdir(), 'mamori-report-'));
      mkdirSync(dir, { recursive: true });
      const app = await openApp('file', { locale: want.locale });
      try {
        const { page } = app;
        await page.getByTestId('open-sample').click();
        await page.getByTestId('wb-name').waitFor();
        await page.getByTestId('nav-report').click();
        await page.getByTestId('report-doc').waitFor();
        assert.match(page.url(), /#\/wb\/[0-9a-f-]+\/report$/);
        // The print button and the redaction switch are labelled controls.
        assert.ok((await page.getByTestId('report-print').innerText()).trim().length > 0);
        await page.getByRole('checkbox', { name: lang === 'ja' ? '自由記述と氏名を除く' : 'Leave out free text and names' }).waitFor();

        const full = await printPdf(page, dir, 'report');
        assert.match(full.size, /\(A4\)/, `A4 pages: ${full.size}`);
        // 13 with section 7, the regulatory status (issue #14).
        assert.ok(full.pages >= 4 && full.pages <= 14, `sensible page count: ${full.pages}`);
        const text = squash(full.text);
        for (const s of [...want.headings, ...want.values, ...want.freeText, ...want.names]) {
          assert.ok(text.includes(squash(s)), `the PDF has “${s}”`);
        }
        // No app chrome in print: the navigation and the print button are gone.
        assert.ok(!text.includes(squash(await page.getByTestId('report-print').innerText())), 'no print button on paper');
        assert.ok(!text.includes(squash(await page.getByTestId('nav-inventory').innerText())), 'no navigation on paper');
        // Page numbers from the @page margin box: "n / total" on each page.
        for (const n of [1, full.pages]) {
          assert.ok(text.includes(`${n}/${full.pages}`), `page number ${n} / ${full.pages}`);
        }

        await page.getByTestId('report-redact').check();
        await page.locator('[data-testid="report-doc"][data-redacted="true"]').waitFor();
        const red = await printPdf(page, dir, 'report-redacted');
        const redText = squash(red.text);
        for (const s of [...want.headings, ...want.values, want.redactedNote]) {
          assert.ok(redText.includes(squash(s)), `the redacted PDF has “${s}”`);
        }
        for (const s of [...want.freeText, ...want.names]) {
          assert.ok(!redText.includes(squash(s)), `the redacted PDF leaves out “${s}”`);
        }
        assert.ok(redText.includes('***') && redText.includes('P001'), 'names are withheld or coded, not blank');
        assert.deepEqual(app.offsite, []);
        assert.deepEqual(app.errors, []);
      } finally {
        await app.close();
        if (!keep) rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
