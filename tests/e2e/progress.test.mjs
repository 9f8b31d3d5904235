// A large import runs in slices: the sample's own export, grown in the test
// to a thousand technologies, five thousand scenarios and as many
// countermeasures, imported as a new workbook from file://:
// - a labelled progress bar appears and its value advances;
// - the page keeps painting: a requestAnimationFrame counter ticks during
//   the import, and the longest gap between frames (printed) is well below
//   the time the whole import takes (not a hard 16 ms: the machine is shared);
// - the preview counts every generated row, none skipped;
// - Cancel on a second run stops it and changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp } from './harness.mjs';
import { grow, exportSample, writeZip } from './big.mjs';

const SIZE = { techs: 1000, scenariosPerTech: 5, countermeasuresPerScenario: 1 };

/** Counts frames and records the progress bar's value at each one. */
const watchFrames = () => {
  const w = { gaps: [], during: [], values: [], seen: false, stop: false };
  window.__frames = w;
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    const bar = document.querySelector('[data-testid="import-progress"]');
    const status = document.querySelector('[data-testid="import-progress-status"]');
    w.gaps.push(now - last);
    w.during.push(bar ? status.textContent : document.querySelector('[data-testid="import-preview"]') ? 'preview' : '');
    last = now;
    if (bar) {
      w.seen = true;
      w.values.push(Number(bar.getAttribute('value')) / Number(bar.getAttribute('max')));
    }
    if (!w.stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
};

test('a large import shows progress, keeps painting, and previews every row', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'mamori-progress-'));
  const app = await openApp('file', { locale: 'en-US' });
  try {
    const { page } = app;
    const { grown, expected } = grow(await exportSample(page, dir), SIZE);
    const big = writeZip(dir, grown);

    await page.goto(app.url + '#/import');
    await page.getByTestId('import-file').waitFor();
    await page.evaluate(watchFrames);
    const t0 = await page.evaluate(() => performance.now());
    await page.getByTestId('import-file').setInputFiles(big);
    await page.getByTestId('import-preview').waitFor({ timeout: 60000 });
    const t1 = await page.evaluate(() => performance.now());
    const frames = await page.evaluate(() => {
      window.__frames.stop = true;
      return window.__frames;
    });
    const total = t1 - t0;
    const during = frames.gaps.slice(1);
    const longest = Math.max(...during);
    console.log(
      `import of ${expected.technology} technologies, ${expected.scenario} scenarios, ` +
        `${expected.countermeasure} countermeasures: ${total.toFixed(0)} ms, ` +
        `${during.length} frames, longest gap between frames ${longest.toFixed(1)} ms`,
    );
    const worst = during
      .map((g, i) => [g, frames.during[i + 1]])
      .sort((a, b) => b[0] - a[0])
      .slice(0, 5);
    console.log(`longest gaps, with what was on screen after them: ${JSON.stringify(worst)}`);
    assert.ok(frames.seen, 'the progress bar appeared');
    const distinct = [...new Set(frames.values)];
    assert.ok(distinct.length >= 3, `the progress advanced: ${distinct}`);
    for (let i = 1; i < frames.values.length; i++) {
      assert.ok(frames.values[i] >= frames.values[i - 1], `progress never goes back: ${frames.values}`);
    }
    assert.ok(during.length >= 5, `frames kept coming: ${during.length}`);
    assert.ok(longest < total / 3, `longest frame gap ${longest} ms vs import ${total} ms`);

    // The preview counts every row; the bar is gone.
    assert.equal(await page.getByTestId('import-skipped').getAttribute('data-count'), '0');
    for (const [kind, n] of Object.entries(expected)) {
      const cell = page.locator(`[data-testid="import-count-row"][data-kind="${kind}"] [data-col="new"]`);
      assert.equal(await cell.innerText(), String(n), kind);
    }
    assert.equal(await page.getByTestId('import-job').count(), 0);

    // A second run, cancelled: nothing shown, nothing changed.
    await page.getByTestId('import-cancel').click();
    const workbooks = await page.evaluate(() => Object.keys(localStorage).length);
    // Cancel as soon as the button exists: a MutationObserver runs before the
    // job's next slice (slices yield through setTimeout), so the click lands
    // mid-import however fast this machine imports. A click from the test
    // process could arrive after the import is done.
    await page.evaluate(() => {
      const observer = new MutationObserver(() => {
        const cancel = document.querySelector('[data-testid="import-job-cancel"]');
        if (cancel) { observer.disconnect(); cancel.click(); window.__cancelClicked = true; }
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    await page.getByTestId('import-file').setInputFiles(big);
    // The notice line is always in the page, still says "cancelled" from the
    // preview's Cancel above, and the job bar may not exist yet when
    // setInputFiles returns: wait until the observer has clicked the job's
    // Cancel, then for the notice it sets.
    await page.waitForFunction(
      () =>
        window.__cancelClicked === true &&
        /cancelled/i.test(document.querySelector('[data-testid="import-notice"]')?.innerText ?? ''),
      null,
      { timeout: 60000 },
    );
    assert.equal(await page.getByTestId('import-job').count(), 0);
    await page.waitForTimeout(500);
    assert.equal(await page.getByTestId('import-preview').count(), 0);
    assert.equal(await page.evaluate(() => Object.keys(localStorage).length), workbooks);
    assert.deepEqual(app.offsite, []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
