// Issue #12 §3, "provenance, visible": catalogue-made records show where
// their entry comes from (never the internal id), and lists filter by the
// police's cyber steps and METI's case groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

async function sample(page) {
  await page.getByTestId('open-sample').click();
  await page.waitForURL(/#\/wb\/[0-9a-f-]{36}\/overview$/);
}

test('records cite their catalogue source, never the internal id; step and case filters', async () => {
  const app = await openApp('file', { locale: 'en-US' });
  const { page } = app;
  try {
    await sample(page);
    await page.getByTestId('nav-scenarios').click();
    const sources = await page.getByTestId('scenario-source').allInnerTexts();
    assert.ok(sources.includes('Source: 004 §5'), sources.join(' | '));
    await page.getByTestId('open-scenario').filter({ hasText: 'Postdoc copies the recipe to USB' }).click();
    const pattern = await page.getByTestId('scenario-pattern').innerText();
    assert.match(pattern, /\(Source: 004 §5\)$/);
    assert.doesNotMatch(pattern, /pat_/, 'no internal id');

    // The pattern picker filters by METI's case group and cites each pattern.
    await page.getByTestId('add-scenario').click();
    await page.getByTestId('new-scenario-case').selectOption('overseas');
    const options = (await page.getByTestId('new-scenario-pattern').locator('option').allInnerTexts()).slice(1);
    assert.equal(options.length, 5, options.join(' | '));
    assert.ok(options.every((o) => / — Source: 003 §2\.1\.\d$/.test(o)), options.join(' | '));

    // The plan cites sources, "derived from" where the entry extrapolates.
    await page.getByTestId('nav-countermeasures').click();
    const cms = await page.getByTestId('cm-source').allInnerTexts();
    assert.ok(cms.includes('Derived from 003 §2.3.3'), cms.join(' | '));
    await page.getByTestId('filter-cm-step').selectOption('reduce');
    assert.equal(await page.getByTestId('cm-row').count(), 1);
    await page.getByTestId('clear-cm-filters').click();
    assert.equal(await page.getByTestId('cm-row').count(), 6);

    await page.getByTestId('nav-threats').click();
    const actors = await page.getByTestId('actor-source').allInnerTexts();
    assert.ok(actors.includes('Derived from 001 §3.1'), actors.join(' | '));
    const body = await page.locator('main').innerText();
    assert.doesNotMatch(body, /\b(pat|cm|act)_[a-z_]+/, 'no internal id on the threats screen');
  } finally { await app.close(); }
});
