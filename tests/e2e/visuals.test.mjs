// The charts (issue 7, "Visuals"): open the worked sample workbook and check
// every number each SVG draws against the values the domain's unit tests
// pin (src/domain/charts/*.rs), in Japanese and English. Also checks that
// each chart is an image named by its title.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

const TITLES = {
  ja: { tiers: '重要技術の順位と階層', rounds: 'ラウンドごとの進捗', kinds: '要素の種類別：チョークポイントの集中', profile: '評価軸のプロファイル', elements: '要素別のチョークポイントスコア' },
  en: { tiers: 'Technology ranking and tiers', rounds: 'Progress by round', kinds: 'Where chokepoints concentrate, by element kind', profile: 'Evaluation profile', elements: 'Chokepoint score by element' },
};

/** The given data-* attributes of every element matching `selector`, in document order. */
const attrs = (page, selector, names) =>
  page.locator(selector).evaluateAll((els, names) => els.map((e) => names.map((n) => e.getAttribute(`data-${n}`))), names);

describe('charts show the sample workbook', () => {
  for (const lang of ['ja', 'en']) {
    test(`every chart's numbers (${lang})`, async () => {
      const app = await openApp('file', { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
      try {
        const { page } = app;
        const title = TITLES[lang];
        await page.getByTestId('open-sample').click();
        await page.getByTestId('wb-name').waitFor();
        await page.getByTestId('nav-overview').click();
        await page.getByTestId('heat-map').waitFor();

        // 1. Heat map: count and open (no completed countermeasure) per cell.
        const cells = (await attrs(page, '[data-testid="heat-cell"]', ['likelihood', 'impact', 'count', 'open', 'level']))
          .filter(([, , n]) => n !== '0');
        assert.deepEqual(cells, [
          ['4', '5', '3', '2', 'very_high'],
          ['3', '4', '1', '1', 'high'],
          ['2', '4', '1', '0', 'medium'],
        ]);
        assert.equal(await page.getByTestId('heat-cell').count(), 25);
        assert.equal(await page.getByTestId('heat-map').getAttribute('data-total'), '5');
        assert.equal(await page.getByTestId('heat-map').getAttribute('data-open'), '3');
        // The numbers are printed, not only coloured.
        const cell45 = page.locator('[data-testid="heat-cell"][data-likelihood="4"][data-impact="5"]');
        assert.match(await cell45.textContent(), /^3.*2$/);

        // 5. Tier view: ranked by criticality × threat level (threats are
        // assessed in the sample), bars on a scale of 25.
        await page.getByRole('img', { name: title.tiers }).waitFor();
        assert.deepEqual(await attrs(page, '[data-testid="tier-bar"]', ['tier', 'rank', 'value', 'length']), [
          ['top', '1', '4.75 × 4 = 19.00', '304'],
          ['middle', '2', '3.75 × 3 = 11.25', '180'],
          ['middle', '2', '3.75 × 3 = 11.25', '180'],
          ['lower', '4', '3.00 × 1 = 3.00', '48'],
        ]);
        assert.deepEqual(await attrs(page, '[data-testid="tier-boundary"]', ['above', 'below', 'after']), [
          ['top', 'middle', '1'],
          ['middle', 'lower', '3'],
        ]);
        assert.match(await page.getByTestId('tier-bar').first().textContent(), /4\.75/);

        // 6. Round progress: round 1 (top tier) and round 2 (top and middle, current).
        await page.getByRole('img', { name: title.rounds }).waitFor();
        assert.deepEqual(await attrs(page, '[data-testid="round-block"]', ['round', 'scope', 'in-scope', 'current']), [
          ['1', 'top_tier', '1', 'false'],
          ['2', 'up_to_middle', '3', 'true'],
        ]);
        // Done follows the process (scenarios assessed, countermeasures with
        // owner and due date, none overdue): the sample has draft scenarios
        // and unplanned countermeasures, so nothing is done yet.
        assert.deepEqual(await attrs(page, '[data-testid="round-step"]', ['step', 'count', 'percent', 'length']), [
          ['rated', '1', '100', '400'], ['threat', '1', '100', '400'], ['scenarios', '1', '100', '400'],
          ['countermeasures', '1', '100', '400'], ['done', '0', '0', '0'],
          ['rated', '3', '100', '400'], ['threat', '2', '67', '267'], ['scenarios', '2', '67', '267'],
          ['countermeasures', '2', '67', '267'], ['done', '0', '0', '0'],
        ]);
        assert.match(await page.getByTestId('round-step').nth(6).textContent(), /2 \/ 3 \(67%\)/);

        // 3b. Element kinds across technologies.
        await page.getByRole('img', { name: title.kinds }).waitFor();
        assert.deepEqual(await attrs(page, '[data-testid="kind-bar"]', ['kind', 'elements', 'chokepoints', 'technologies']), [
          ['materials', '1', '0', '0'],
          ['process', '0', '0', '0'],
          ['equipment', '1', '1', '1'],
          ['people', '1', '1', '1'],
          ['know_how', '0', '0', '0'],
          ['infrastructure', '0', '0', '0'],
        ]);

        // 2 and 3a. The top technology: its profile and its elements.
        await page.getByTestId('nav-inventory').click();
        await page.getByTestId('open-tech').first().click();
        await page.getByRole('img', { name: title.profile }).waitFor();
        assert.deepEqual(await attrs(page, '[data-testid="profile-bar"]', ['axis', 'value', 'weight', 'length']), [
          ['market_importance', '5', '1', '200'],
          ['national_strategy', '5', '1', '200'],
          ['substitutability', '4', '1', '160'],
          ['leak_impact', '5', '1', '200'],
        ]);
        assert.equal(await page.getByTestId('profile-score').getAttribute('data-value'), '4.75');
        assert.match(await page.getByTestId('profile-score').textContent(), /4\.75/);
        await page.getByRole('img', { name: title.elements }).waitFor();
        assert.deepEqual(await attrs(page, '[data-testid="element-bar"]', ['kind', 'value', 'chokepoint', 'length']), [
          ['equipment', '4.33', 'true', '347'],
          ['materials', '3.33', 'false', '267'],
          ['people', '4.67', 'true', '373'],
        ]);
        assert.equal(await page.getByTestId('elements-threshold').getAttribute('data-value'), '4');

        // 4. Threat matrix: band (printed) and I×C×O of every rated cell.
        await page.getByTestId('nav-threats').click();
        // Issue 17: the matrix opens on the current round's scope (round 2:
        // top and middle tiers, 3 of the 6 technologies), not the top tier.
        await page.getByTestId('matrix-showing').filter({ hasText: '3 / 6' }).waitFor();
        assert.equal(await page.getByTestId('matrix-columns').inputValue(), 'round');
        await page.getByTestId('matrix-columns').selectOption('all');
        await page.getByTestId('matrix-showing').filter({ hasText: '6 / 6' }).waitFor();
        const rated = (await attrs(page, '[data-testid="threat-cell"]', ['band', 'product']))
          .filter(([, p]) => p !== '')
          .map(([b, p]) => `${b}/${p}`)
          .sort();
        assert.deepEqual(rated, ['3/24', '3/32', '3/36', '4/60', '4/75']);
        for (const cell of await page.locator('[data-testid="threat-cell"][data-product="75"]').all()) {
          assert.match(await cell.textContent(), /4\s*75$/);
        }
        assert.deepEqual(app.errors, []);
        assert.deepEqual(app.offsite, []);
      } finally { await app.close(); }
    });
  }
});
