// Issue #14: people with access and the deemed-export flag, end to end, in
// both languages. A person is created, linked to a technology classified
// 該当, declares a specified category, and the flag appears — worded as a
// prompt to check, never as legal advice — on the people screen's list and on
// the technology; declaring "none" takes it away again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

const CASES = {
  ja: {
    locale: 'ja-JP',
    tech: 'デバイスシミュレーションコード',
    flag: 'この技術の提供には許可が必要な場合があります — 輸出管理担当部署に確認してください',
    advice: /法的助言ではありません/,
    category: /類型①/,
  },
  en: {
    locale: 'en-US',
    tech: 'Device simulation code',
    flag: 'A licence may be needed for providing this technology — check with the export-control office',
    advice: /not legal advice/,
    category: /Category 1/,
  },
};

/** The names of the technologies in the people screen's flag list. */
function flaggedNames(page) {
  return page.getByTestId('flagged-tech').evaluateAll((els) => els.map((e) => e.querySelector('a').textContent));
}

for (const [lang, c] of Object.entries(CASES)) {
  test(`create a person, link access, declare a category, see the licence flag (${lang})`, async () => {
    const app = await openApp('file', { locale: c.locale });
    const { page } = app;
    try {
      await page.getByTestId('open-sample').click();
      await page.waitForURL(/overview$/);

      // Classify the simulation code 該当 (listed).
      await page.getByTestId('nav-inventory').click();
      await page.getByTestId('open-tech').filter({ hasText: c.tech }).click();
      await page.getByTestId('tech-export-control').selectOption('listed');
      // Its only person (a resident who declared none) raises no flag.
      assert.equal(await page.getByTestId('licence-flag').count(), 0);

      // A new person, by pseudonym, linked to it.
      await page.getByTestId('nav-people').click();
      assert.deepEqual(await flaggedNames(page), [lang === 'ja' ? 'GaN結晶成長レシピ' : 'GaN crystal-growth recipe']);
      await page.getByTestId('add-person').click();
      await page.getByTestId('person-name').fill('P-99');
      await page.getByTestId('person-residency').selectOption('resident');
      await page.getByTestId('person-declaration').selectOption('none');
      await page.getByTestId('person-declared-on').fill('2026-01-10');
      await page.getByTestId('person-link-tech-select').selectOption({ label: c.tech });
      await page.getByTestId('person-link-tech-button').click();
      await page.getByTestId('person-access-item').filter({ hasText: c.tech }).waitFor();
      assert.equal((await flaggedNames(page)).includes(c.tech), false, 'declared none: no flag');

      // Declaring category ① raises the flag, with the person and the reason.
      await page.getByTestId('person-declaration').selectOption('category_one');
      await page.getByTestId('flagged-tech').filter({ hasText: c.tech }).waitFor();
      const item = page.getByTestId('flagged-tech').filter({ hasText: c.tech });
      const text = await item.innerText();
      assert.ok(text.includes(c.flag), text);
      assert.ok(text.includes('P-99'), text);
      assert.match(text, c.category);
      assert.match(await page.getByTestId('reg-flags').innerText(), c.advice);
      assert.equal(await page.getByTestId('person-row').filter({ hasText: 'P-99' }).count(), 1);

      // The technology shows it too, and the list of people with access.
      await item.locator('a').first().click();
      await page.getByTestId('licence-flag').waitFor();
      const flag = await page.getByTestId('licence-flag').innerText();
      assert.ok(flag.includes(c.flag), flag);
      assert.match(flag, /P-99/);
      assert.match(flag, c.advice);
      assert.ok((await page.getByTestId('tech-person').allInnerTexts()).some((t) => t.includes('P-99')));

      // Declaring "none" again clears it; it survives a reload either way.
      await page.getByTestId('nav-people').click();
      await page.getByTestId('person-row').filter({ hasText: 'P-99' }).locator('a').click();
      await page.getByTestId('person-declaration').selectOption('none');
      await page.waitForFunction((t) => ![...document.querySelectorAll('[data-testid=flagged-tech] a')].some((a) => a.textContent === t), c.tech);
      await app.reload();
      await page.getByTestId('person-row').filter({ hasText: 'P-99' }).waitFor();
      assert.equal((await flaggedNames(page)).includes(c.tech), false);
      assert.deepEqual(app.offsite, []);
    } finally { await app.close(); }
  });
}
