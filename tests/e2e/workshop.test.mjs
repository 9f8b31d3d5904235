// Issue #15, workshop mode: participants rate privately, the facilitator
// reveals, the room records an outcome that goes through the normal edit
// path (undo works) and shows on the record's form. Before the reveal no
// entered value is anywhere in the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp } from './harness.mjs';

async function sample(page) {
  await page.getByTestId('open-sample').click();
  await page.waitForURL(/#\/wb\/[0-9a-f-]{36}\/overview$/);
}

/** Creates a session with the given pseudonyms and the first technology's four axes. */
async function newSession(page, title, people) {
  await page.getByTestId('nav-workshop').click();
  await page.getByTestId('ws-title').fill(title);
  await page.getByTestId('ws-create').click();
  await page.getByTestId('ws-session').waitFor();
  for (const p of people) {
    await page.getByTestId('ws-pseudonym').fill(p);
    await page.getByTestId('ws-add-participant').click();
  }
  await page.getByTestId('ws-add-items').click();
  assert.equal(await page.getByTestId('ws-item').count(), 4);
}

/** Picks `values[i]` (1–5, or 0 to abstain) in the i-th rating group. */
async function rate(page, prefix, values, reason) {
  for (const [i, v] of values.entries()) {
    const group = page.getByTestId(`${prefix}-rate`).nth(i);
    await group.locator('label.rating-choice').nth(v === 0 ? 5 : v - 1).click();
    if (reason) await group.locator('input[type=text]').fill(`${reason}-${i}`);
  }
}

test('one laptop, three participants: nothing in the page before the reveal; outcome applied with undo', async () => {
  const app = await openApp('file', { locale: 'en-US' });
  const { page } = app;
  try {
    await sample(page);
    await newSession(page, 'Market workshop', ['P1', 'P2', 'P3']);
    const ratings = { P1: [3, 1, 2, 0], P2: [4, 5, 2, 3], P3: [5, 3, 2, 4] };
    for (const [who, values] of Object.entries(ratings)) {
      await page.getByTestId('ws-who').selectOption({ label: who });
      await rate(page, 'ws', values, `secret-${who}`);
      await page.getByTestId('ws-submit').click();
      await page.getByTestId('ws-recorded').filter({ hasText: `${who}: Recorded ✓` }).waitFor();
      // The form is rebuilt empty: no checked radio, no reason, no stats.
      const html = await page.content();
      for (const p of Object.keys(ratings)) assert.ok(!html.includes(`secret-${p}`), `reason of ${p} in the page`);
      assert.equal(await page.locator('main input:checked').count(), 0);
      assert.equal(await page.getByTestId('ws-result').count(), 0);
      assert.equal(await page.locator('[data-met], [data-testid=ws-median]').count(), 0, 'no statistic before the reveal');
    }
    assert.equal(await page.getByTestId('ws-count').innerText(), '3 of 3 have rated');
    assert.equal(await page.getByTestId('ws-item').locator('button').count(), 0, 'items fixed once rating started');

    await page.getByTestId('ws-reveal').click();
    await page.getByTestId('ws-results').waitFor();
    const rows = page.getByTestId('ws-result');
    assert.equal(await rows.count(), 4);
    const first = rows.nth(0);
    assert.equal(await first.getByTestId('ws-ratings').innerText(), 'P1 3 · P2 4 · P3 5');
    assert.equal(await first.getByTestId('ws-median').innerText(), '4');
    assert.equal(await first.getByTestId('ws-range').innerText(), '3–5');
    assert.equal(await first.getByTestId('ws-rule').getAttribute('data-met'), 'true');
    // After the reveal, the reasons are there to discuss.
    assert.match(await first.innerText(), /P2: secret-P2-0/);
    // 1, 5, 3: not within ±1 of the median 3, highlighted.
    const second = rows.nth(1);
    assert.equal(await second.getByTestId('ws-rule').getAttribute('data-met'), 'false');
    assert.match(await second.getAttribute('class'), /ws-disagree/);
    // P1 abstained on the fourth: n 2, one abstention, median 3.5.
    const fourth = rows.nth(3);
    assert.deepEqual(
      [await fourth.getByTestId('ws-n').innerText(), await fourth.getByTestId('ws-abstentions').innerText(), await fourth.getByTestId('ws-median').innerText()],
      ['2', '1', '3.5'],
    );

    // The present view shows the item alone, large; Escape closes it.
    await first.getByTestId('ws-present').click();
    const present = page.getByTestId('ws-present-view');
    await present.waitFor();
    assert.match(await present.innerText(), /P1 3 · P2 4 · P3 5/);
    await page.keyboard.press('Escape');
    await present.waitFor({ state: 'detached' });

    // Outcome: the median (prefilled), applied through the normal edit path.
    await first.getByTestId('ws-o-rationale').fill('Everyone within one point');
    await first.getByTestId('ws-apply').click();
    await first.getByTestId('ws-outcome').waitFor();
    assert.equal(await first.getByTestId('ws-outcome').getAttribute('data-value'), '4');
    assert.match(await first.getByTestId('ws-outcome').innerText(), /Previous value: 5/);

    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('open-tech').first().click();
    const note = page.getByTestId('agreed-note');
    assert.match(await note.innerText(), /^agreed in workshop \d{4}-\d{2}-\d{2}: median 4, range 3–5$/);
    const market = page.locator('fieldset[data-axis=market_importance]');
    assert.equal(await market.locator('input[value="4"]').isChecked(), true);
    // One undo takes back the outcome and the rating together.
    await page.getByTestId('undo').click();
    await note.waitFor({ state: 'detached' });
    assert.equal(await market.locator('input[value="5"]').isChecked(), true);
    await page.getByTestId('redo').click();
    await note.waitFor();

    // A re-vote keeps the earlier pass.
    await page.getByTestId('nav-workshop').click();
    await page.getByTestId('ws-session-link').first().click();
    await page.getByTestId('ws-new-pass').click();
    await page.getByTestId('ws-entry').waitFor();
    assert.match(await page.getByTestId('ws-state').innerText(), /Pass 2 · Rating open/);
    assert.equal(await page.getByTestId('ws-rate').count(), 3, 'only items without an outcome');
    assert.equal(await page.getByTestId('ws-earlier').count(), 1);
  } finally { await app.close(); }
});

test('own laptops: two ballot files imported once, refused after the reveal and in another session', async () => {
  const app = await openApp('file', { locale: 'ja-JP' });
  const { page, context } = app;
  try {
    await sample(page);
    await newSession(page, 'ワークショップ', ['A', 'B']);
    const [sessionDl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ws-export-session').click()]);
    const sessionPath = await sessionDl.path();

    // Each participant opens the same single file, rates and exports a ballot.
    const ballots = [];
    for (const [who, values] of [['A', [2, 2, 3, 3]], ['B', [3, 2, 4, 0]]]) {
      const p = await context.newPage();
      await p.goto(`${app.url.split('#')[0]}#/ballot`);
      await p.getByTestId('ballot-open').setInputFiles(sessionPath);
      await p.getByTestId('ballot-form').waitFor();
      await p.getByTestId('ballot-who').selectOption({ label: who });
      await rate(p, 'ballot', values);
      const [dl] = await Promise.all([p.waitForEvent('download'), p.getByTestId('ballot-export').click()]);
      ballots.push(await dl.path());
      assert.equal(JSON.parse(readFileSync(ballots.at(-1), 'utf8')).format, 'mamori.ballot');
      await p.close();
    }
    const results = page.getByTestId('ws-ballot-results').locator('li');
    await page.getByTestId('ws-import-ballots').setInputFiles(ballots);
    await results.nth(1).waitFor();
    assert.deepEqual(await results.evaluateAll((ls) => ls.map((l) => l.dataset.ok)), ['true', 'true']);
    assert.equal(await page.getByTestId('ws-count').innerText(), '2人中2人が評価済み');
    // The same ballot again changes nothing.
    await page.getByTestId('ws-import-ballots').setInputFiles([ballots[0]]);
    await results.filter({ hasText: '取り込み済み（変更なし）' }).waitFor();

    await page.getByTestId('ws-reveal').click();
    const first = page.getByTestId('ws-result').nth(0);
    assert.equal(await first.getByTestId('ws-ratings').innerText(), 'A 2 · B 3');
    assert.equal(await first.getByTestId('ws-median').innerText(), '2.5');

    // After the reveal a ballot is refused with the reason, and nothing changes.
    await page.getByTestId('ws-import-ballots').setInputFiles([ballots[1]]);
    await results.filter({ hasText: '評価はすでに公開されています' }).waitFor();
    assert.equal(await first.getByTestId('ws-ratings').innerText(), 'A 2 · B 3');
    // Another session refuses it by the session's name.
    await newSession(page, '別のセッション', ['A', 'B']);
    await page.getByTestId('ws-import-ballots').setInputFiles([ballots[0]]);
    await results.filter({ hasText: '別のセッション（「ワークショップ」）の評価票です' }).waitFor();
    assert.equal(await results.first().getAttribute('data-ok'), 'false');
    assert.equal(await page.getByTestId('ws-count').innerText(), '2人中0人が評価済み');
  } finally { await app.close(); }
});
