// The projector layout (issue 15): a consultant projects the app on a
// 1366×768 screen. On the worked sample, in Japanese and English:
// - the overview's heat map is wholly visible without scrolling;
// - on Step 3 the first scenario rows are visible without scrolling;
// - no screen scrolls sideways;
// - chart text is drawn at 14 px or more (an SVG scaled down to fit its box
//   shrinks its text with it, so the effective size is measured, not the CSS);
// - the Step 2 actor list keeps at least 40% of the width next to its editor;
// - the "present" view shows the heat map large with nothing else around it,
//   and Escape returns to the overview.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

const VIEWPORT = { width: 1366, height: 768 };

/** Top and bottom of the first element matching `selector`, in page coordinates. */
const box = (page, selector) =>
  page.locator(selector).first().evaluate((e) => {
    const b = e.getBoundingClientRect();
    return { top: b.top + window.scrollY, bottom: b.bottom + window.scrollY, width: b.width };
  });

/** How far the page scrolls sideways (0 when it does not). */
const sideways = (page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The smallest effective font size of any text in any chart on the page,
 * with the text it belongs to: the CSS size times the SVG's scale. */
const smallestChartText = (page) =>
  page.evaluate(() => {
    let smallest = { px: Infinity, text: '' };
    for (const svg of document.querySelectorAll('svg.chart, svg.heat-map')) {
      const rect = svg.getBoundingClientRect();
      const vb = svg.viewBox.baseVal;
      if (!vb || vb.width === 0 || rect.width === 0) continue;
      const scale = rect.width / vb.width;
      for (const t of svg.querySelectorAll('text')) {
        if (!t.textContent.trim()) continue;
        const px = parseFloat(getComputedStyle(t).fontSize) * scale;
        if (px < smallest.px) smallest = { px, text: `${svg.getAttribute('aria-label') ?? svg.dataset.testid}: ${t.textContent}` };
      }
    }
    return smallest;
  });

const SCREENS = ['overview', 'inventory', 'threats', 'scenarios', 'countermeasures', 'exercises', 'settings', 'exchange', 'report'];

describe('projector layout at 1366×768', () => {
  for (const lang of ['ja', 'en']) {
    test(`heat map and first scenarios without scrolling, nothing sideways, chart text ≥ 14 px (${lang})`, async () => {
      const app = await openApp('file', { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
      try {
        const { page } = app;
        await page.setViewportSize(VIEWPORT);
        await page.getByTestId('open-sample').click();
        await page.getByTestId('wb-name').waitFor();
        await page.getByTestId('nav-overview').click();
        await page.getByTestId('heat-map').waitFor();

        const heat = await box(page, '[data-testid="heat-map"]');
        assert.ok(heat.bottom <= VIEWPORT.height, `the heat map ends at ${heat.bottom} px, below the ${VIEWPORT.height} px screen`);

        for (const screen of SCREENS) {
          await page.getByTestId(`nav-${screen}`).click();
          await page.waitForFunction((s) => document.querySelector(`[data-testid="nav-${s}"]`)?.getAttribute('aria-current') === 'page', screen);
          // Two frames: the new screen laid out and painted (not a fixed pause).
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          assert.equal(await sideways(page), 0, `${screen} scrolls sideways`);
          const text = await smallestChartText(page);
          assert.ok(text.px >= 14 - 0.01, `${screen}: chart text at ${text.px.toFixed(1)} px (${text.text})`);
        }

        // Charts of a technology (profile and elements) and its detail.
        await page.getByTestId('nav-inventory').click();
        await page.getByTestId('open-tech').first().click();
        await page.locator('svg.chart').first().waitFor();
        assert.equal(await sideways(page), 0, 'a technology scrolls sideways');
        const techText = await smallestChartText(page);
        assert.ok(techText.px >= 14 - 0.01, `technology charts: text at ${techText.px.toFixed(1)} px (${techText.text})`);

        // Step 3: the first scenario rows are on the first screen.
        await page.getByTestId('nav-scenarios').click();
        const rows = page.getByTestId('scenario-row');
        await rows.first().waitFor();
        await page.evaluate(() => window.scrollTo(0, 0));
        const first = await box(page, '[data-testid="scenario-row"] >> nth=0');
        const second = await box(page, '[data-testid="scenario-row"] >> nth=1');
        assert.ok(first.bottom <= VIEWPORT.height, `the first scenario row ends at ${first.bottom} px`);
        assert.ok(second.top < VIEWPORT.height - 24, `the second scenario row starts at ${second.top} px`);

        // Step 2 with an actor open: the list is not squeezed by the editor.
        await page.getByTestId('nav-threats').click();
        await page.getByTestId('select-actor').first().click();
        await page.getByTestId('actor-form').waitFor();
        const list = await box(page, '[data-testid="actor-list"]');
        const editor = await box(page, '[data-testid="actor-form"]');
        assert.ok(list.width >= 0.4 * (list.width + editor.width), `actor list ${list.width} px next to an editor of ${editor.width} px`);
        assert.equal(await sideways(page), 0, 'Step 2 with an actor open scrolls sideways');
        assert.deepEqual(app.errors, []);
      } finally { await app.close(); }
    });

    test(`present view of the heat map (${lang})`, async () => {
      const app = await openApp('file', { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
      try {
        const { page } = app;
        await page.setViewportSize(VIEWPORT);
        await page.getByTestId('open-sample').click();
        await page.getByTestId('wb-name').waitFor();
        await page.getByTestId('nav-overview').click();
        await page.getByTestId('present-heat-map').click();
        const present = page.getByTestId('present');
        await present.waitFor();
        // Nothing else on screen: every point of the viewport belongs to the
        // present view (a modal dialog in the top layer over the page).
        const outside = await page.evaluate(({ width, height }) => {
          const view = document.querySelector('[data-testid="present"]');
          const points = [];
          for (const x of [5, width / 2, width - 5]) for (const y of [5, height / 2, height - 5]) points.push([x, y]);
          return points.filter(([x, y]) => !view.contains(document.elementFromPoint(x, y))).map((p) => p.join(','));
        }, VIEWPORT);
        assert.deepEqual(outside, [], 'points of the screen not covered by the present view');
        const heat = await box(page, '[data-testid="present"] svg.heat-map');
        assert.ok(heat.bottom <= VIEWPORT.height, `the presented heat map ends at ${heat.bottom} px`);
        assert.ok(heat.bottom - heat.top >= 0.75 * VIEWPORT.height, `the presented heat map is ${heat.bottom - heat.top} px high`);
        assert.equal(await sideways(page), 0);
        const counts = await page.locator('[data-testid="present"] [data-testid="heat-cell"][data-likelihood="4"][data-impact="5"]').textContent();
        assert.match(counts, /^3/);
        await page.keyboard.press('Escape');
        await present.waitFor({ state: 'detached' });
        await page.getByTestId('heat-map').waitFor();
        await page.getByTestId('nav-overview').waitFor();
        assert.equal(await present.count(), 0);
        assert.deepEqual(app.errors, []);
      } finally { await app.close(); }
    });
  }
});
