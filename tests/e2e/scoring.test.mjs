// Issue #12 §1, "threat and trend must drive priority", the way a user sees
// it: assessing an actor's threat in Step 2 moves its scenario in Step 3's
// priority and changes the technology's ranking score; the result panel shows
// the threat level first (not the product), trend relevance, and says when a
// level is assumed; the tier view says what it ranks by.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

const USB = 'Postdoc copies the recipe to USB before moving abroad';
const GAN = 'GaN crystal-growth recipe';
const LEAVER = 'Researcher or engineer about to leave';

async function openScenario(page, title) {
  await page.getByTestId('nav-scenarios').click();
  await page.getByTestId('open-scenario').filter({ hasText: title }).click();
  await page.getByTestId('scenario-result').waitFor();
}

test('a higher threat in Step 2 moves its scenario up and raises its technology', async () => {
  const app = await openApp('file', { locale: 'en-US' });
  const { page } = app;
  try {
    await page.getByTestId('open-sample').click();
    await page.waitForURL(/#\/wb\/[0-9a-f-]{36}\/overview$/);

    // Before: the leaver's threat against the recipe is 3 × 5 × 5 = 75, level 4.
    await openScenario(page, USB);
    const result = page.getByTestId('scenario-result');
    assert.equal(await result.getByTestId('scenario-threat').innerText(), '4', 'the level, not the product');
    assert.equal(await result.getByTestId('scenario-threat-source').innerText(), 'from the threat assessment');
    assert.match(await result.innerText(), /intent 3 × capability 5 × opportunity 5 = 75/i, 'the product second');
    assert.equal(await result.getByTestId('scenario-trend').innerText(), '4');
    assert.equal(await result.getByTestId('scenario-likelihood-sum').innerText(), '4 + 4 + 4 + 4 = 16');
    assert.equal(await result.getByTestId('scenario-score').innerText(), '20');
    assert.match(await result.getByTestId('scenario-priority').innerText(), /^2 \/ 5/);

    // Step 2: the leaver's intent goes from 3 to 5 → 5 × 5 × 5 = 125, level 5.
    await page.getByTestId('nav-threats').click();
    await page.getByRole('button', { name: new RegExp(`^${LEAVER} × ${GAN}`) }).click();
    await page.locator('[data-testid="assess-intent"] input[type=radio][value="5"]').check();
    await page.getByTestId('threat-product').filter({ hasText: '125' }).waitFor();
    assert.match(await page.getByTestId('threat-scale').innerText(), /^5\b/);

    // Step 3: the scenario's sum is 17, its points 85, and it moves from 2 to 1.
    await openScenario(page, USB);
    await result.getByTestId('scenario-likelihood-sum').filter({ hasText: '4 + 4 + 5 + 4 = 17' }).waitFor();
    assert.equal(await result.getByTestId('scenario-threat').innerText(), '5');
    assert.match(await result.getByTestId('scenario-priority').innerText(), /^1 \/ 5/);

    // Step 1: the recipe ranks by 4.75 × 5 now.
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('open-tech').filter({ hasText: GAN }).click();
    assert.equal(await page.getByTestId('tech-ranking-score').innerText(), '4.75 × 5 = 23.75');
    assert.equal(await page.getByTestId('tech-threat').getAttribute('data-assessed'), 'true');
    assert.equal(await page.getByTestId('tier-basis').getAttribute('data-basis'), 'criticality_x_threat');
    assert.match(await page.getByTestId('tier-basis').innerText(), /2 technologies without a decided threat assessment are assumed at threat level 3/);
  } finally { await app.close(); }
});

test('no actor named: the threat level is 3, assumed, and the screen says so (ja)', async () => {
  const app = await openApp('file', { locale: 'ja-JP' });
  const { page } = app;
  try {
    await page.getByTestId('open-sample').click();
    await page.waitForURL(/#\/wb\/[0-9a-f-]{36}\/overview$/);
    await page.getByTestId('nav-scenarios').click();
    await page.getByTestId('open-scenario').first().click();
    const result = page.getByTestId('scenario-result');
    await result.waitFor();
    await page.getByTestId('scenario-actor').selectOption('');
    await result.getByTestId('scenario-threat-source').filter({ hasText: '脅威プレイヤー未設定のため3と仮定' }).waitFor();
    assert.equal(await result.getByTestId('scenario-threat').innerText(), '3');
    assert.doesNotMatch(await result.innerText(), /∛|6−|⌈/, 'words, not formula jargon');

    // The sample has decided assessments: the tiers say they rank by criticality × threat.
    await page.getByTestId('nav-inventory').click();
    assert.equal(await page.getByTestId('tier-basis').getAttribute('data-basis'), 'criticality_x_threat');
    assert.match(await page.getByTestId('tier-basis').innerText(), /重要度×脅威レベル.*2件は脅威レベル3と仮定/);
  } finally { await app.close(); }
});

test('a new workbook ranks by criticality alone until a threat is decided', async () => {
  const app = await openApp('file', { locale: 'en-US' });
  const { page } = app;
  try {
    await page.getByTestId('new-workbook-name').fill('Lab A');
    await page.getByTestId('create-workbook').click();
    await page.getByTestId('wb-name').filter({ hasText: 'Lab A' }).waitFor();
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('add-technology').click();
    const basis = page.getByTestId('tier-basis');
    assert.equal(await basis.getAttribute('data-basis'), 'criticality');
    assert.match(await basis.innerText(), /Ranked by criticality alone: no threat assessment is decided yet/);
  } finally { await app.close(); }
});
