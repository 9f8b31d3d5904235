// The UI-state bugs a new user hit (issue 17), each pinned by the test that
// found it: an undone delete left the trash, a backup from Import & export
// did not count, ArrowRight on 5 cleared a rating, deleting the selected
// scenario left its URL, round 2 still defaulted to the top tier, English
// plurals, Japanese broken inside words, no way on to the next step — and
// that a screen stays mounted (filters, focus) while the selection changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

/** Opens the worked sample and returns its id. */
async function sample(page) {
  await page.getByTestId('open-sample').click();
  await page.waitForURL(/#\/wb\/[0-9a-f-]{36}\/overview$/);
  return page.url().match(/#\/wb\/([0-9a-f-]{36})/)[1];
}

test('an undone delete leaves the trash, and nothing clashes on restore', async () => {
  const app = await openApp('file');
  const { page } = app;
  try {
    await sample(page);
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('open-tech').first().click();
    await page.getByTestId('delete-technology').click();
    await page.getByTestId('confirm-delete-technology').click();
    await page.getByTestId('undo-delete').click();
    await page.getByTestId('tech-detail').waitFor();
    // The header's undo of a delete counts as well.
    await page.getByTestId('open-tech').nth(1).click();
    await page.getByTestId('delete-technology').click();
    await page.getByTestId('confirm-delete-technology').click();
    await page.getByTestId('undo').click();
    await page.getByRole('link', { name: '守り' }).click();
    await page.getByTestId('workbook-row').first().waitFor();
    assert.equal(await page.getByTestId('trash-entry').count(), 0, 'the trash lists no undone delete');
    const stored = await page.evaluate(() => localStorage.getItem('mamori.v1.trash'));
    assert.ok(!stored || JSON.parse(stored).entries.length === 0, `stored trash is empty: ${stored?.slice(0, 200)}`);
    assert.deepEqual(app.errors, []);
  } finally { await app.close(); }
});

test('a backup downloaded on Import & export counts for the reminder', async () => {
  const app = await openApp('file');
  const { page } = app;
  try {
    await sample(page);
    const reminder = page.getByTestId('backup-reminder');
    await reminder.filter({ hasText: 'まだバックアップ' }).waitFor();
    await page.getByTestId('nav-exchange').click();
    await Promise.all([page.waitForEvent('download'), page.getByTestId('export-backup').click()]);
    await page.waitForFunction(() => document.querySelector('[data-testid="backup-reminder"]')?.innerText.includes('最後のバックアップ'));
    const id = page.url().match(/#\/wb\/([0-9a-f-]{36})/)[1];
    assert.ok(await page.evaluate((k) => localStorage.getItem(k), `mamori.v1.backup.${id}`), 'backup time stored');
  } finally { await app.close(); }
});

test('arrow keys move a rating among 1–5 and never clear it; clearing is explicit', async () => {
  const app = await openApp('file');
  const { page } = app;
  try {
    await sample(page);
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('open-tech').first().click();
    const group = page.getByTestId('rate-market-importance');
    await group.locator('input[type=radio][value="5"]').check();
    await group.locator('input[type=radio][value="5"]').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    assert.ok(await group.locator('input[type=radio][value="5"]').isChecked(), 'still 5 after ArrowRight/ArrowDown on 5');
    await page.keyboard.press('ArrowLeft');
    assert.ok(await group.locator('input[type=radio][value="4"]').isChecked(), 'ArrowLeft moves to 4');
    await group.locator('input[type=radio][value="1"]').check();
    await group.locator('input[type=radio][value="1"]').focus();
    await page.keyboard.press('ArrowLeft');
    assert.ok(await group.locator('input[type=radio][value="1"]').isChecked(), 'still 1 after ArrowLeft on 1');
    assert.equal(await group.locator('input[type=radio]').count(), 5, 'no "not rated" radio in the arrow group');
    await group.getByTestId('rating-clear').click();
    assert.equal(await group.locator('input[type=radio]:checked').count(), 0, 'cleared by the explicit action');
    await group.getByTestId('rating-unset').filter({ hasText: '未評価' }).waitFor();
  } finally { await app.close(); }
});

test('deleting the selected scenario moves to the list; a reload shows the list', async () => {
  const app = await openApp('file');
  const { page } = app;
  try {
    await sample(page);
    await page.getByTestId('nav-scenarios').click();
    await page.getByTestId('open-scenario').first().click();
    await page.waitForURL(/\/scenarios\/[0-9a-f-]{36}$/);
    await page.getByTestId('delete-scenario').click();
    await page.getByTestId('confirm-delete-scenario').click();
    await page.waitForURL(/\/scenarios$/);
    await page.getByTestId('undo-delete-scenario').waitFor();
    await app.reload();
    assert.equal(await page.getByText('この漏洩シナリオは見つかりません。').count(), 0);
    await page.getByTestId('open-scenario').first().waitFor();
  } finally { await app.close(); }
});

test('in round 2 the threat matrix and Step 3 default to the round scope', async () => {
  const app = await openApp('file');
  const { page } = app;
  try {
    await sample(page);
    // The sample is in its round 2 (top and middle tiers).
    await page.getByTestId('nav-settings').click();
    assert.equal(await page.getByTestId('round-row').count(), 2);
    await page.getByTestId('nav-threats').click();
    assert.equal(await page.getByTestId('matrix-columns').inputValue(), 'round');
    await page.getByTestId('nav-scenarios').click();
    assert.equal(await page.locator('input[name="scenario-scope"]:checked').getAttribute('value'), 'round');
  } finally { await app.close(); }
});

test('English counts agree in number and use no Japanese punctuation', async () => {
  const app = await openApp('file', { locale: 'en-US' });
  const { page } = app;
  try {
    await page.getByTestId('create-workbook').waitFor();
    await page.getByLabel('Name of the new workbook').fill('One');
    await page.getByTestId('create-workbook').click();
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('add-technology').click();
    for (const axis of ['rate-market-importance', 'rate-national-strategy', 'rate-substitutability', 'rate-leak-impact']) {
      await page.locator(`[data-testid="${axis}"] input[type=radio][value="5"]`).check();
    }
    await page.getByTestId('nav-scenarios').click();
    await page.getByTestId('scope-summary').filter({ hasText: '1 technology in scope' }).waitFor();
    for (const nav of ['nav-overview', 'nav-inventory', 'nav-threats', 'nav-scenarios', 'nav-countermeasures', 'nav-exercises', 'nav-settings', 'nav-exchange']) {
      await page.getByTestId(nav).click();
      await page.waitForFunction((n) => document.querySelector(`[data-testid="${n}"]`)?.getAttribute('aria-current') === 'page', nav);
      // Two frames: the new screen laid out and painted (not a fixed pause).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const text = await page.locator('main').innerText();
      assert.doesNotMatch(text, /[：。、]/, `${nav}: Japanese punctuation in English text`);
      assert.deepEqual(await overflowingTables(page), [], `${nav}: a table wider than its box at 1366 px`);
      assert.doesNotMatch(text, /\b1 (technologies|scenarios|elements|chokepoints|countermeasures)\b/, `${nav}: "1 <plural>"`);
    }
    // The delete preview lists "Technology: name" with an ASCII colon.
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('open-tech').first().click();
    await page.getByTestId('delete-technology').click();
    const preview = await page.locator('main').innerText();
    assert.doesNotMatch(preview, /[：。、]/, 'delete preview: Japanese punctuation in English text');
  } finally { await app.close(); }
});

/**
 * Japanese cells, headers and badges break only between words — 区/分,
 * 計画済/み, 重/み and ウェハプロセ/スフロー図 were seen — judged by the
 * browser's own Japanese word segmenter (a break between two text nodes,
 * e.g. a cell's two lines, is always fine); a date cell never breaks.
 * Returns "text (line starts at …)" for every offender.
 */
async function brokenShortTexts(page) {
  return page.evaluate(() => {
    const words = new Intl.Segmenter('ja', { granularity: 'word' });
    // Offsets (in the element's text) where a new line starts.
    const lineStarts = (el) => {
      const starts = [];
      const nodeStarts = new Set();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let offset = 0;
      let lastTop = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodeStarts.add(offset);
        for (let i = 0; i < n.data.length; i++) {
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const r = range.getClientRects()[0];
          if (r && r.width > 0 && n.data[i].trim()) {
            const mid = (r.top + r.bottom) / 2;
            if (lastTop !== null && mid - lastTop > 6) starts.push(offset + i);
            lastTop = mid;
          }
        }
        offset += n.data.length;
      }
      return starts.filter((i) => !nodeStarts.has(i));
    };
    const bad = [];
    for (const el of document.querySelectorAll('main th, main td, main .badge, main .tier-badge')) {
      // Free text in a pre-wrapped cell keeps the user's own line breaks.
      if (getComputedStyle(el).whiteSpace.startsWith('pre')) continue;
      if (el.closest('.visually-hidden') || el.offsetParent === null) continue;
      const text = [...(function* () {
        const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) yield n.data;
      })()].join('');
      const trimmed = text.trim();
      const isDate = /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
      const short = /[\u3040-\u30ff\u4e00-\u9fff]/.test(trimmed);
      if (!isDate && !short) continue;
      const starts = lineStarts(el);
      if (!starts.length) continue;
      const boundaries = new Set([...words.segment(text)].map((s) => s.index));
      const inside = isDate ? starts : starts.filter((i) => !boundaries.has(i) && text[i - 1]?.trim());
      if (inside.length) bad.push(`${trimmed} (line starts at ${inside.join(',')})`);
    }
    return bad;
  });
}

/** Tables wider than the box they sit in (they would scroll sideways). */
async function overflowingTables(page) {
  return page.evaluate(() => [...document.querySelectorAll('main table')]
    .filter((t) => t.offsetParent && !t.closest('.visually-hidden') && t.getBoundingClientRect().width > t.parentElement.clientWidth + 1)
    .map((t) => `${t.className}: ${Math.round(t.getBoundingClientRect().width)} > ${t.parentElement.clientWidth}`));
}

test('Japanese short cells, headers and dates do not break inside a word', async () => {
  const app = await openApp('file');
  const { page } = app;
  try {
    await sample(page);
    for (const width of [1366, 1024]) {
      await page.setViewportSize({ width, height: 768 });
      for (const nav of ['nav-overview', 'nav-inventory', 'nav-threats', 'nav-scenarios', 'nav-countermeasures', 'nav-exercises']) {
        await page.getByTestId(nav).click();
        await page.waitForFunction((n) => document.querySelector(`[data-testid="${n}"]`)?.getAttribute('aria-current') === 'page', nav);
        // Two frames: the new screen laid out and painted (not a fixed pause).
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const bad = await brokenShortTexts(page);
        assert.deepEqual(bad, [], `${nav} at ${width}px: broken inside a word`);
        if (width === 1366) assert.deepEqual(await overflowingTables(page), [], `${nav}: a table wider than its box at 1366 px`);
      }
      await page.getByTestId('nav-countermeasures').click();
      await page.getByTestId('open-countermeasure').first().click();
      assert.deepEqual(await brokenShortTexts(page), [], `countermeasure detail at ${width}px`);
    }
  } finally { await app.close(); }
});

test('at 1366 px no table of the sample is wider than its box, in English and Japanese', async () => {
  for (const locale of ['en-US', 'ja-JP']) {
    const app = await openApp('file', { locale });
    const { page } = app;
    try {
      await page.setViewportSize({ width: 1366, height: 768 });
      await sample(page);
      for (const nav of ['nav-overview', 'nav-inventory', 'nav-threats', 'nav-scenarios', 'nav-countermeasures', 'nav-exercises', 'nav-settings']) {
        await page.getByTestId(nav).click();
        await page.waitForFunction((n) => document.querySelector(`[data-testid="${n}"]`)?.getAttribute('aria-current') === 'page', nav);
        // Two frames: the new screen laid out and painted (not a fixed pause).
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        assert.deepEqual(await overflowingTables(page), [], `${locale} ${nav}`);
      }
    } finally { await app.close(); }
  }
});

test('each step ends with a link to the next step', async () => {
  const app = await openApp('file', { locale: 'en-US' });
  const { page } = app;
  try {
    await sample(page);
    const walk = [
      ['nav-overview', /\/inventory$/],
      ['nav-inventory', /\/threats$/],
      ['nav-threats', /\/scenarios$/],
      ['nav-scenarios', /\/countermeasures$/],
      ['nav-countermeasures', /\/exercises$/],
      ['nav-exercises', /\/report$/],
    ];
    for (const [nav, next] of walk) {
      await page.getByTestId(nav).click();
      // The previous screen's link can still be in the page for a frame after
      // the click: wait until the link points where this step leads.
      await page.waitForFunction(
        (src) => new RegExp(src).test(document.querySelector('[data-testid="next-step"]')?.href ?? ''),
        next.source,
        { timeout: 5000 },
      );
      const link = page.getByTestId('next-step');
      assert.match(await link.innerText(), /Next step/);
      await link.click();
      await page.waitForURL(next);
    }
    // As above, the previous screen's link can outlive the click by a frame
    // (the report, longer since issue #14, takes longer to replace it).
    await page.waitForFunction(() => !document.querySelector('[data-testid="next-step"]'), null, { timeout: 5000 })
      .catch(() => {});
    assert.equal(await page.getByTestId('next-step').count(), 0, 'the report is the last step');
  } finally { await app.close(); }
});

test('selecting a record keeps the screen: filters, search and focus stay', async () => {
  const app = await openApp('file');
  const { page } = app;
  try {
    await sample(page);
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('tech-search').fill('結晶');
    const rows = await page.getByTestId('tech-row').count();
    assert.ok(rows >= 1);
    // Mark the list's DOM: a re-mount would replace the element.
    await page.getByTestId('tech-table').evaluate((el) => { el.dataset.mark = 'kept'; });
    await page.getByTestId('open-tech').first().click();
    await page.getByTestId('tech-detail').waitFor();
    assert.equal(await page.getByTestId('tech-table').getAttribute('data-mark'), 'kept', 'the list was not rebuilt');
    assert.equal(await page.getByTestId('tech-search').inputValue(), '結晶');
    assert.equal(await page.locator('[data-testid="tech-row"].selected').count(), 1, 'the selected row follows the selection');
    // Back and forth keeps the filter too (view state lives with the workbook).
    await page.getByTestId('nav-overview').click();
    await page.getByTestId('nav-inventory').click();
    assert.equal(await page.getByTestId('tech-search').inputValue(), '結晶');
  } finally { await app.close(); }
});
