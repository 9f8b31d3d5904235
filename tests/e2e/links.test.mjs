// Links between records as a list plus a picker (issue 17): a countermeasure
// ↔ scenarios / technologies and an exercise ↔ tested scenarios / follow-ups
// are linked with a select and a button, listed with an Unlink button each,
// and deletes of both are undone from the notice. With the worked sample,
// axe-core also checks both detail forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp } from './harness.mjs';
import { axeViolations, formatViolations } from './a11y.mjs';

const activeTestid = (page) => page.evaluate(() => document.activeElement?.dataset?.testid ?? document.activeElement?.tagName);

/** Links the first choice of a picker and returns how many are linked then. */
async function linkFirst(page, box, select, button, item) {
  const before = await page.getByTestId(box).getByTestId(item).count();
  await page.getByTestId(select).selectOption({ index: 1 });
  await page.getByTestId(button).click();
  await page.getByTestId(box).getByTestId(item).nth(before).waitFor();
  await expectFocus(page, select, 'focus back on the picker after linking');
  return before + 1;
}

/**
 * Asserts focus lands on `testid`. Focus is handed back in an animation
 * frame after the list repaints (focus_soon), which on a loaded machine comes
 * after the DOM change the test waited for: wait up to 3 s, then assert.
 */
async function expectFocus(page, testid, message) {
  await page
    .waitForFunction((id) => document.activeElement?.dataset?.testid === id, testid, { timeout: 3000 })
    .catch(() => {});
  assert.equal(await activeTestid(page), testid, message);
}

test('links are listed with Unlink and added with a picker; deletes are undone', async () => {
  const app = await openApp('file', { locale: 'en-US' });
  try {
    const { page } = app;
    const problems = [];
    const axe = async (where) => {
      const vs = await axeViolations(page);
      if (vs.length) problems.push(`${where}:\n  ${formatViolations(vs)}`);
    };
    await page.getByTestId('open-sample').click();
    await page.getByTestId('wb-name').waitFor();

    // A countermeasure: link a scenario and a technology, unlink them again.
    await page.getByTestId('nav-countermeasures').click();
    await page.getByTestId('open-countermeasure').first().click();
    await page.getByTestId('cm-detail').waitFor();
    await axe('countermeasure detail');
    const scenarios = await page.getByTestId('cm-scenarios').getByTestId('cm-linked-scenario').count();
    assert.equal(await linkFirst(page, 'cm-scenarios', 'cm-link-scenario-select', 'cm-link-scenario-button', 'cm-linked-scenario'), scenarios + 1);
    const techs = await page.getByTestId('cm-technologies').getByTestId('cm-linked-tech').count();
    assert.equal(await linkFirst(page, 'cm-technologies', 'cm-link-tech-select', 'cm-link-tech-button', 'cm-linked-tech'), techs + 1);
    await page.getByTestId('cm-unlink-tech').last().click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="cm-linked-tech"]').length === n, techs);
    await expectFocus(page, 'cm-link-tech-select', 'focus on the picker after unlinking');
    await page.getByTestId('cm-unlink-scenario').last().click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="cm-linked-scenario"]').length === n, scenarios);

    // Selecting another row keeps the screen: the first row is unmarked.
    const rows = page.getByTestId('cm-row');
    await rows.nth(1).getByTestId('open-countermeasure').click();
    await page.locator('[data-testid="cm-row"][aria-selected="true"]').first().waitFor();
    assert.equal(await rows.nth(0).getAttribute('aria-selected'), 'false');
    assert.equal(await rows.nth(1).getAttribute('aria-selected'), 'true');

    // Delete it and undo.
    const total = await rows.count();
    await page.getByTestId('delete-countermeasure').click();
    await page.getByTestId('confirm-delete-countermeasure').click();
    await page.getByTestId('undo-delete-countermeasure').waitFor();
    assert.equal(await rows.count(), total - 1);
    await expectFocus(page, 'undo-delete-countermeasure', 'focus on Undo after a delete');
    await page.getByTestId('undo-delete-countermeasure').click();
    await page.getByTestId('cm-detail').waitFor();
    assert.equal(await rows.count(), total);

    // An exercise: tested scenarios and follow-ups.
    await page.getByTestId('nav-exercises').click();
    await page.getByTestId('exercise-row').first().locator('a').click();
    await page.getByTestId('exercise-detail').waitFor();
    await axe('exercise detail');
    const tested = await page.getByTestId('exercise-scenarios').getByTestId('exercise-scenario').count();
    await linkFirst(page, 'exercise-scenarios', 'exercise-link-scenario-select', 'exercise-link-scenario-button', 'exercise-scenario');
    await page.getByTestId('exercise-unlink-scenario').last().click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="exercise-scenario"]').length === n, tested);
    const follow = await page.getByTestId('exercise-follow-ups').getByTestId('follow-up').count();
    await linkFirst(page, 'exercise-follow-ups', 'link-follow-up', 'link-follow-up-button', 'follow-up');
    await page.getByTestId('unlink-follow-up').last().click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="follow-up"]').length === n, follow);

    // Delete the exercise and undo: it opens again.
    const exercises = await page.getByTestId('exercise-row').count();
    await page.getByTestId('delete-exercise').click();
    await page.getByTestId('confirm-delete-exercise').click();
    await page.getByTestId('undo-delete-exercise').waitFor();
    assert.equal(await page.getByTestId('exercise-row').count(), exercises - 1);
    await page.getByTestId('undo-delete-exercise').click();
    await page.getByTestId('exercise-detail').waitFor();
    assert.equal(await page.getByTestId('exercise-row').count(), exercises);

    assert.equal(problems.length, 0, problems.join('\n'));
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
