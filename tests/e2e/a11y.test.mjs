// Accessibility: axe-core reports no violation on every screen, in both
// languages, with the worked sample workbook open (so tables, forms and
// charts have content).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { axeViolations, formatViolations } from './a11y.mjs';

const SCREENS = ['overview', 'inventory', 'threats', 'scenarios', 'countermeasures', 'exercises', 'people', 'workshop', 'exchange', 'settings', 'report'];

describe('accessibility (axe-core)', () => {
  for (const lang of ['ja', 'en']) {
    test(`no violations on any screen (${lang})`, async () => {
      const app = await openApp('file', { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
      try {
        const { page } = app;
        const problems = [];
        const check = async (where) => {
          const vs = await axeViolations(page);
          if (vs.length) problems.push(`${where}:\n  ${formatViolations(vs)}`);
        };
        await check('workbooks (welcome)');
        await page.getByTestId('open-sample').click();
        await page.getByTestId('wb-name').waitFor();
        for (const screen of SCREENS) {
          await page.getByTestId(`nav-${screen}`).click();
          await page.waitForFunction((s) => location.hash.includes(`/${s}`), screen);
          await check(screen);
        }
        // A selected technology: its profile and element charts.
        await page.getByTestId('nav-inventory').click();
        await page.getByTestId('open-tech').first().click();
        await page.getByTestId('profile-chart').waitFor();
        await check('inventory (technology with charts)');
        // A selected person: the form, access links and status (issue #14).
        await page.getByTestId('nav-people').click();
        await page.getByTestId('person-row').first().locator('a').click();
        await page.getByTestId('person-detail').waitFor();
        await check('people (person selected)');
        // A workshop session: set-up and entry, then the revealed ratings
        // with the outcome form.
        await page.getByTestId('nav-workshop').click();
        await page.getByTestId('ws-create').click();
        for (const p of ['P1', 'P2']) {
          await page.getByTestId('ws-pseudonym').fill(p);
          await page.getByTestId('ws-add-participant').click();
        }
        await page.getByTestId('ws-add-items').click();
        await check('workshop (entry)');
        await page.getByTestId('ws-who').selectOption({ index: 1 });
        await page.getByTestId('ws-submit').click();
        await page.getByTestId('ws-reveal').click();
        await page.getByTestId('ws-results').waitFor();
        await check('workshop (revealed)');
        // Views outside a workbook: import into a new workbook, the roll-up, a ballot.
        for (const [hash, testid] of [['#/import', 'import-new-screen'], ['#/portfolio', 'rollup-screen'], ['#/ballot', 'ballot-screen']]) {
          await page.evaluate((h) => { location.hash = h; }, hash);
          await page.getByTestId(testid).waitFor();
          await check(hash);
        }
        assert.equal(problems.length, 0, problems.join('\n'));
        assert.deepEqual(app.errors, []);
      } finally { await app.close(); }
    });
  }
});
