// The whole assessment with the keyboard alone (WCAG 2.1.1, 2.4.3, 2.4.7):
// the same walk as walkthrough.test.mjs, but every step is a key press —
// Tab / Shift+Tab to move, Enter / Space to press, arrow keys in radio groups
// and selects, typing into fields. No click(), fill() or focus() on a
// locator: if a control cannot be reached or operated this way, or focus is
// dropped to <body> after an action, the test fails and names the step.
// Along the way it checks that focused controls draw a visible focus ring.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';

/** A short description of the focused element, for failure messages. */
const describeFocus = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body>';
    const tid = el.getAttribute('data-testid');
    const label = (el.getAttribute('aria-label') || el.labels?.[0]?.innerText || el.innerText || el.value || '')
      .trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${tid ? ` data-testid=${tid}` : ''}${el.type ? ` type=${el.type}` : ''}> "${label}"`;
  });

/** Does the focused element match `target` (a CSS selector, or a function run in the page on it)? */
const focusMatches = (page, target) =>
  typeof target === 'string'
    ? page.evaluate((sel) => !!document.activeElement?.matches(sel), target)
    : page.evaluate(`(${target.toString()})(document.activeElement)`);

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element matches
 * `target`, at most `max` times. Fails naming what it looked for and where
 * focus went instead.
 */
async function tabTo(page, target, max = 40, { back = false } = {}) {
  const seen = [];
  for (let i = 0; i <= max; i++) {
    if (await focusMatches(page, target)) return i;
    if (i === max) break;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    seen.push(await describeFocus(page));
  }
  const what = typeof target === 'string' ? target : target.toString();
  assert.fail(`tabTo: ${what} not reached within ${max} ${back ? 'Shift+Tab' : 'Tab'} presses; focus went through:\n  ${seen.slice(-15).join('\n  ')}`);
}

const tid = (id) => `[data-testid="${id}"]`;

/** Lets the app finish what an action started (it moves focus in the next frame). */
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Focus is on something sensible after an action: not dropped to <body>. */
async function assertFocusKept(page, after) {
  await settle(page);
  const where = await describeFocus(page);
  assert.notEqual(where, '<body>', `focus was dropped to <body> after ${after}`);
}

/** Focus is on `target` (selector) after `after`. */
async function assertFocusOn(page, target, after) {
  await settle(page);
  assert.ok(await focusMatches(page, target), `after ${after} focus should be on ${target}, is on ${await describeFocus(page)}`);
}

/** Replaces the text of the focused field by typing (select all, then type). */
async function typeInto(page, text) {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/**
 * Rates with the arrow keys: Tab into the radio group inside `group` (a
 * fieldset selector), then ArrowRight until the radio with `value` is checked
 * (arrow keys in a radio group move and check; Tab lands on 1 unchecked
 * when nothing is rated, and Space checks it).
 */
async function rateWithKeys(page, group, value) {
  await tabTo(page, `${group} input[type=radio]`);
  for (let i = 0; i < 7; i++) {
    if (await page.evaluate(() => document.activeElement.value) === String(value)) break;
    await page.keyboard.press('ArrowRight');
  }
  const radio = page.locator(`${group} input[type=radio][value="${value}"]`);
  if (!(await radio.isChecked())) await page.keyboard.press('Space');
  assert.ok(await page.locator(`${group} input[type=radio][value="${value}"]`).isChecked(), `${group} rated ${value} with the arrow keys`);
  await assertFocusKept(page, `rating ${group}`);
}

/** Chooses the option at `index` of the focused <select> with ArrowDown. */
async function chooseOption(page, index) {
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.selectedIndex), index, 'option chosen with ArrowDown');
}

/** The focused element draws a visible focus indicator (outline or box-shadow). */
async function assertFocusRing(page, what) {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    // A radio in a rating/scope pill: the pill carries the ring.
    const s = getComputedStyle(el.closest('.rating-choice, .scope-choice') ?? el);
    return { outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`, style: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow, focusVisible: el.matches(':focus-visible') };
  });
  assert.ok(ring.focusVisible, `${what}: focused by keyboard, so :focus-visible applies`);
  const visible = (ring.style !== 'none' && ring.width >= 2) || (ring.shadow && ring.shadow !== 'none');
  assert.ok(visible, `${what}: a visible focus indicator (outline ${ring.outline}, box-shadow ${ring.shadow})`);
}

test('keyboard only: the whole assessment, reload keeps it', async () => {
  const app = await openApp('file', { locale: 'ja-JP' });
  const { page } = app;
  try {
    // Workbook: from the empty start screen.
    await tabTo(page, 'a.skip-link', 3);
    await assertFocusRing(page, 'skip link');
    await tabTo(page, tid('new-workbook-name'));
    await assertFocusRing(page, 'workbook name field');
    await page.keyboard.type('キーボード評価');
    await page.keyboard.press('Enter');
    await page.locator(tid('wb-name')).filter({ hasText: 'キーボード評価' }).waitFor();
    await assertFocusKept(page, 'creating a workbook');

    // Step 1: a technology with a chokepoint element.
    await tabTo(page, tid('nav-inventory'));
    await assertFocusRing(page, 'navigation link');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('/inventory'));
    await assertFocusKept(page, 'following a navigation link');
    await tabTo(page, tid('add-technology'));
    await assertFocusRing(page, 'primary button');
    await page.keyboard.press('Enter');
    await page.locator(tid('tech-name')).waitFor();
    await assertFocusOn(page, tid('tech-name'), 'adding a technology');
    await typeInto(page, 'GaN結晶成長レシピ');
    for (const [axis, v] of [['rate-market-importance', 5], ['rate-national-strategy', 5], ['rate-substitutability', 1], ['rate-leak-impact', 5]]) {
      await rateWithKeys(page, tid(axis), v);
    }
    await assertFocusRing(page, 'rating radio');
    await tabTo(page, tid('add-element'));
    await page.keyboard.press('Space');
    await page.locator(tid('element-name')).waitFor();
    await assertFocusOn(page, tid('element-name'), 'adding an element');
    await typeInto(page, 'MOCVD装置の調整ノウハウ');
    for (const [axis, v] of [['rate-element-dependency', 5], ['rate-element-substitutability', 1], ['rate-element-supply-disruption', 5]]) {
      await rateWithKeys(page, tid(axis), v);
    }
    await page.locator(tid('element-row')).first().waitFor();
    assert.equal(await page.locator(tid('element-row')).first().getAttribute('data-chokepoint'), 'true');
    await page.locator(`${tid('tech-tier')}[data-tier="top"]`).waitFor();

    // Step 2: an actor, and its threat to the technology.
    await tabTo(page, tid('nav-threats'), 80, { back: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('/threats'));
    await tabTo(page, tid('add-actor'));
    await page.keyboard.press('Enter');
    await page.locator(tid('actor-name')).waitFor();
    await assertFocusOn(page, tid('actor-name'), 'adding an actor');
    await typeInto(page, '競合企業X');
    await tabTo(page, tid('threat-cell'), 80);
    await assertFocusRing(page, 'threat matrix cell');
    await page.keyboard.press('Enter');
    await page.locator(tid('assess-intent')).waitFor();
    await assertFocusKept(page, 'opening a threat cell');
    for (const [axis, v] of [['assess-intent', 5], ['assess-capability', 4], ['assess-opportunity', 3]]) {
      await rateWithKeys(page, tid(axis), v);
    }
    await page.locator(tid('threat-product')).filter({ hasText: '60' }).waitFor();

    // Step 3: a scenario from a catalogue pattern, rated, with a countermeasure.
    await tabTo(page, tid('nav-scenarios'), 120, { back: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('/scenarios'));
    await tabTo(page, tid('add-scenario'));
    await page.keyboard.press('Enter');
    await page.locator(tid('new-scenario-pattern')).waitFor();
    await assertFocusKept(page, 'opening the new scenario form');
    await tabTo(page, tid('new-scenario-pattern'));
    await assertFocusRing(page, 'select');
    await chooseOption(page, 1);
    await tabTo(page, tid('create-scenario'));
    await page.keyboard.press('Enter');
    await page.locator(tid('scenario-detail')).waitFor();
    await assertFocusKept(page, 'creating a scenario');
    const title = await page.locator(tid('scenario-title')).inputValue();
    assert.ok(title.length > 0, 'a pattern pre-fills the title');
    for (const [axis, v] of [['feasibility', 5], ['impact', 5], ['control_effectiveness', 1], ['trend_relevance', 4]]) {
      await rateWithKeys(page, `${tid('scenario-rating')}[data-axis="${axis}"]`, v);
    }
    // No actor named (threat 3 assumed): 5 + 5 + 3 + 4 = 17 → likelihood 4 → 20.
    await page.locator(tid('scenario-score')).filter({ hasText: '20' }).waitFor();
    await tabTo(page, tid('attach-countermeasure'));
    await page.keyboard.press('Enter');
    await page.locator(tid('cm-library-select')).waitFor();
    await assertFocusKept(page, 'opening the attach panel');
    await tabTo(page, tid('cm-library-select'));
    await chooseOption(page, 1);
    await tabTo(page, tid('attach-library'));
    await page.keyboard.press('Enter');
    await page.locator(tid('scenario-cm-row')).first().waitFor();
    await assertFocusKept(page, 'attaching a countermeasure');

    // An exercise with a weakness turned into a countermeasure.
    await tabTo(page, tid('nav-exercises'), 150, { back: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.includes('/exercises'));
    await tabTo(page, tid('add-exercise'));
    await page.keyboard.press('Enter');
    await page.locator(tid('exercise-title')).waitFor();
    await assertFocusOn(page, tid('exercise-title'), 'adding an exercise');
    await typeInto(page, 'USB持ち出しの机上訓練');
    await tabTo(page, tid('add-weakness'), 80);
    await page.keyboard.press('Enter');
    await page.locator(tid('weakness-description')).first().waitFor();
    await assertFocusOn(page, tid('weakness-kind'), 'adding a weakness (its first field)');
    await tabTo(page, tid('weakness-description'), 3);
    await page.keyboard.type('退職予定者のUSB利用が検知されなかった');
    await tabTo(page, tid('weakness-to-countermeasure'));
    await page.keyboard.press('Enter');
    await page.locator(tid('weakness-cm-created')).first().waitFor();
    await assertFocusKept(page, 'turning a weakness into a countermeasure');

    // Overview: the heat map cell of likelihood 4 × impact 5 opens its list.
    await tabTo(page, tid('nav-overview'), 150, { back: true });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.endsWith('/overview'));
    const cell = '[data-testid="heat-cell"][data-likelihood="4"][data-impact="5"]';
    assert.equal(await page.locator(cell).getAttribute('data-count'), '1');
    await tabTo(page, cell, 80);
    await page.keyboard.press('Enter');
    await page.locator(tid('heat-cell-scenarios')).filter({ hasText: title }).waitFor();
    await assertFocusKept(page, 'choosing a heat map cell');

    // Reload: everything was saved.
    await app.reload();
    assert.equal(await page.locator(cell).getAttribute('data-count'), '1');
    await tabTo(page, tid('nav-inventory'));
    await page.keyboard.press('Enter');
    await page.locator(tid('tech-row')).first().waitFor();
    assert.equal(await page.locator(tid('tech-row')).count(), 1);
    await tabTo(page, tid('nav-countermeasures'), 40, { back: true });
    await page.keyboard.press('Enter');
    await page.locator(tid('cm-row')).first().waitFor();
    assert.equal(await page.locator(tid('cm-row')).count(), 2);
    await tabTo(page, tid('nav-exercises'));
    await page.keyboard.press('Enter');
    await page.locator(tid('exercise-row')).first().waitFor();
    assert.equal(await page.locator(tid('exercise-row')).count(), 1);

    assert.deepEqual(app.offsite, []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
