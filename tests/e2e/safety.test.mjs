// Data-safety fault suite (issue 6, docs/reliability.md § Faults): every
// fault is injected for real into headless Chromium's localStorage or made
// with real pages, and every test checks that data saved before the fault
// is still there, byte for byte.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS, htmlPath, waitReady, startServer, TARGETS, watch, assertQuiet } from './harness.mjs';
import { axeViolations, formatViolations } from './a11y.mjs';
import { unzip, zip, parseCsv, writeCsv } from './files.mjs';

// The app's address for the running target (set before each target's tests).
let url = pathToFileURL(htmlPath).href;

/**
 * A fresh profile; its pages' errors, console errors and CSP violations are
 * watched (harness `watch`) and so are its requests: `close()` fails on any.
 */
async function launch({ init } = {}) {
  const profile = mkdtempSync(path.join(tmpdir(), 'mamori-safety-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS,
    locale: 'ja-JP', acceptDownloads: true, viewport: { width: 1366, height: 768 },
  });
  if (init) await context.addInitScript(init);
  const watcher = await watch(context);
  const offsite = [];
  context.on('request', (r) => {
    const u = r.url();
    if (!(u.split('#')[0] === url || u.startsWith('blob:') || u.startsWith('data:'))) offsite.push(u);
  });
  const open = async (page, hash = '') => {
    page = page ?? context.pages()[0] ?? (await context.newPage());
    await page.goto(url + hash);
    await waitReady(page);
    return page;
  };
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    assertQuiet(watcher);
    assert.deepEqual(offsite, [], 'no network requests');
  };
  return { context, open, close };
}

/** Every `mamori.` key and its raw value. */
const dump = (page) => page.evaluate(() => Object.fromEntries(
  Object.keys(localStorage).filter((k) => k.startsWith('mamori.')).sort().map((k) => [k, localStorage.getItem(k)])));

const reload = async (page) => { await page.reload(); await waitReady(page); };

/** Creates the worked sample; returns its id and stored JSON. */
async function sample(page) {
  await page.getByTestId('open-sample').click();
  await page.waitForURL(/#\/wb\/[0-9a-f-]{36}\/overview$/);
  const id = page.url().match(/#\/wb\/([0-9a-f-]{36})/)[1];
  const json = await page.evaluate((id) => localStorage.getItem(`mamori.v1.wb.${id}`), id);
  assert.ok(json && json.includes('"mamori.workbook"'));
  return { id, json, key: `mamori.v1.wb.${id}` };
}

/** Opens the first technology of the open workbook. */
async function openFirstTech(page) {
  await page.getByTestId('nav-inventory').click();
  await page.getByTestId('open-tech').first().click();
  await page.getByTestId('tech-detail').waitFor();
}

const techNameOf = (json) => JSON.parse(json).technologies[0].name;
const uuid = (n) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The fault tests; run once per delivery target (served and file://). */
function faultSuite() {
  test('corrupt values are reported, kept byte for byte, downloadable; intact workbooks still work', async () => {
    const b = await launch();
    try {
      const page = await b.open();
      const wb = await sample(page);
      const half = wb.json.slice(0, Math.floor(wb.json.length / 2));
      const wrongTypes = wb.json.replace(/"name": "[^"]*"/, '"name": 5').replaceAll(wb.id, uuid(2));
      let random = '';
      for (let i = 0; i < 300; i++) random += String.fromCharCode(1 + Math.floor(Math.random() * 0xd7fe));
      const injected = {
        [`mamori.v1.wb.${uuid(1)}`]: half,
        [`mamori.v1.wb.${uuid(2)}`]: wrongTypes,
        [`mamori.v1.wb.${uuid(3)}`]: random,
        // A large workbook's packed form, cut short (src/domain/storage/packed.rs).
        [`mamori.v1.wb.${uuid(5)}`]: 'mamori.packed.1:4096:' + '\u0801\u4321\u7fff'.repeat(40),
        'mamori.v7.workbooks': '{"from":"a future version"}',
        'mamori.v1.index': '[{"id": "trunc',
        [`mamori.v1.rev.${uuid(4)}`]: 'NaN',
      };
      await page.evaluate((kv) => { for (const [k, v] of Object.entries(kv)) localStorage.setItem(k, v); }, injected);
      const before = await dump(page);
      await page.goto(url);
      await reload(page);
      const banner = page.getByTestId('storage-problems');
      await banner.waitFor();
      assert.equal(await page.getByTestId('storage-problem').count(), Object.keys(injected).length);
      for (const key of Object.keys(injected)) {
        const item = page.locator(`[data-testid=storage-problem][data-key="${key}"]`);
        assert.ok((await item.getByTestId('problem-reason').innerText()).length > 10, `reason for ${key}`);
      }
      // The intact workbook is listed (the damaged list was rebuilt from the keys) and editable.
      assert.equal(await page.getByTestId('workbook-row').count(), 1);
      await page.getByTestId('open-workbook').click();
      await openFirstTech(page);
      await page.getByTestId('tech-name').fill('修復後の編集');
      await page.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
      // Raw download equals the stored value.
      await page.goto(url);
      await waitReady(page);
      const [dl] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`[data-testid=storage-problem][data-key="mamori.v1.wb.${uuid(1)}"]`).getByTestId('download-raw').click(),
      ]);
      assert.equal(readFileSync(await dl.path(), 'utf8'), half);
      await reload(page);
      const after = await dump(page);
      for (const [k, v] of Object.entries(injected)) assert.equal(after[k], v, `${k} untouched`);
      assert.equal(techNameOf(after[wb.key]), '修復後の編集');
      assert.deepEqual(Object.keys(after).filter((k) => !(k in before)), [], 'no key appeared except ours');
    } finally { await b.close(); }
  });

  test('a newer schema is refused with an explanation and never overwritten', async () => {
    const b = await launch();
    try {
      const page = await b.open();
      const wb = await sample(page);
      // A version above whatever this build writes.
      assert.match(wb.json, /"schema_version": \d+/);
      const newer = wb.json.replace(/"schema_version": \d+/, '"schema_version": 999').replaceAll(wb.id, uuid(9));
      const key = `mamori.v1.wb.${uuid(9)}`;
      await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, newer]);
      await page.goto(url);
      await reload(page);
      const item = page.locator(`[data-testid=storage-problem][data-key="${key}"]`);
      assert.equal(await item.getAttribute('data-newer'), 'true');
      assert.match(await item.getByTestId('problem-reason').innerText(), /新しい版/);
      assert.match(await item.innerText(), /上書きしません/);
      // Opening it by URL shows the refusal, and editing elsewhere leaves it alone.
      await page.goto(`${url}#/wb/${uuid(9)}/overview`);
      await page.locator('main .error').waitFor();
      await page.goto(`${url}#/wb/${wb.id}/overview`);
      await openFirstTech(page);
      await page.getByTestId('tech-name').fill('別のワークブックの編集');
      await page.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
      const after = await dump(page);
      assert.equal(after[key], newer);
      assert.equal(techNameOf(after[wb.key]), '別のワークブックの編集');
    } finally { await b.close(); }
  });

  test('storage full: the edit stays in memory with a warning and a backup; saving resumes when space is freed', async () => {
    const b = await launch();
    try {
      const page = await b.open();
      const wb = await sample(page);
      await openFirstTech(page);
      const before = await dump(page);
      const fillers = await page.evaluate(() => {
        let n = 0;
        for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
          const chunk = 'x'.repeat(size);
          for (;;) {
            try { localStorage.setItem(`filler.${n}`, chunk); n++; } catch { break; }
          }
        }
        return n;
      });
      assert.ok(fillers > 0);
      // Longer than the stored name, so the workbook needs more space than is left.
      const full = '満杯のときの編集'.padEnd(150, '長');
      await page.getByTestId('tech-name').fill(full);
      const warning = page.getByTestId('save-warning');
      await warning.waitFor();
      assert.match(await warning.innerText(), /保存されていません/);
      assert.deepEqual(await dump(page), before, 'nothing saved before the fault changed');
      // One-click backup holds the unsaved edit.
      const [dl] = await Promise.all([page.waitForEvent('download'), warning.getByTestId('backup-now-warning').click()]);
      assert.equal(techNameOf(readFileSync(await dl.path(), 'utf8')), full);
      // Leaving now warns.
      const leaving = await page.evaluate(() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; });
      assert.equal(leaving, true, 'beforeunload is prevented while unsaved');
      // Free space: the periodic retry saves without another edit.
      await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('filler.')) localStorage.removeItem(k); });
      await warning.waitFor({ state: 'hidden', timeout: 10000 });
      let stored = await dump(page);
      assert.equal(techNameOf(stored[wb.key]), full);
      await page.getByTestId('tech-name').fill('空いた後の編集');
      await page.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
      stored = await dump(page);
      assert.equal(techNameOf(stored[wb.key]), '空いた後の編集');
      const { technologies, ...rest } = JSON.parse(stored[wb.key]);
      const { technologies: t0, ...rest0 } = JSON.parse(before[wb.key]);
      assert.equal(technologies.length, t0.length);
      assert.equal(rest.scenarios.length, rest0.scenarios.length, 'nothing else lost');
    } finally { await b.close(); }
  });

  test('deferred autosave: the edit is written after the paint, at once when the page is left, and counts as unsaved meanwhile', async () => {
    const b = await launch();
    try {
      const page = await b.open();
      const wb = await sample(page);
      await openFirstTech(page);
      // One run in the page, so the save timer (300 ms) cannot fire in between:
      // a 0 ms timer set after it still runs first.
      const seen = await page.evaluate(async (key) => {
        const name = () => JSON.parse(localStorage.getItem(key)).technologies[0].name;
        const input = document.querySelector('input[data-testid="tech-name"]');
        input.value = '離れる直前の編集';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const stored = name();
        await new Promise((r) => setTimeout(r, 0));
        const state = document.querySelector('[data-testid="save-state"]').textContent;
        const e = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(e);
        return { state, stored, flushed: name(), warned: e.defaultPrevented };
      }, wb.key);
      assert.equal(seen.stored, techNameOf(wb.json), 'not written during the edit itself');
      assert.match(seen.state, /保存中/);
      assert.equal(seen.flushed, '離れる直前の編集', 'beforeunload writes the pending save');
      assert.equal(seen.warned, false, 'no warning once it is written');
      await page.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
      // Without leaving, the timer writes it.
      await page.getByTestId('tech-name').fill('待って保存される編集');
      await page.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
      assert.equal(techNameOf((await dump(page))[wb.key]), '待って保存される編集');
      await reload(page);
      await page.getByTestId('tech-detail').waitFor();
      assert.equal(await page.getByTestId('tech-name').inputValue(), '待って保存される編集');
    } finally { await b.close(); }
  });

  test('two tabs: a clean tab reloads the other tab\'s save with a notice', async () => {
    const b = await launch();
    try {
      const a = await b.open();
      const wb = await sample(a);
      await openFirstTech(a);
      const pb = await b.open(await b.context.newPage(), new URL(a.url()).hash);
      await pb.getByTestId('tech-detail').waitFor();
      await a.getByTestId('tech-name').fill('タブAの編集');
      await pb.getByTestId('sync-notice').waitFor();
      assert.equal(await pb.getByTestId('tech-name').inputValue(), 'タブAの編集');
      // B edits after reloading: no conflict, and A then reloads B's save.
      await pb.getByTestId('tech-name').fill('タブBの編集');
      await a.getByTestId('sync-notice').waitFor();
      assert.equal(await a.getByTestId('tech-name').inputValue(), 'タブBの編集');
      assert.equal(techNameOf((await dump(a))[wb.key]), 'タブBの編集');
      assert.equal(await pb.getByTestId('conflict').count(), 0);
    } finally { await b.close(); }
  });

  test('two tabs: both changed → the conflict is shown, nothing is lost silently, each choice works', async () => {
    const b = await launch();
    try {
      const a = await b.open();
      const wb = await sample(a);
      await openFirstTech(a);
      const pb = await b.context.newPage();
      // Tab B hears of other tabs' writes late (as a busy tab would), so both edit the same revision.
      await pb.addInitScript(() => {
        const add = EventTarget.prototype.addEventListener;
        EventTarget.prototype.addEventListener = function (type, fn, opts) {
          if (type === 'storage') return add.call(this, type, (e) => setTimeout(() => fn(e), 4000), opts);
          return add.call(this, type, fn, opts);
        };
      });
      await b.open(pb, new URL(a.url()).hash);
      await pb.getByTestId('tech-detail').waitFor();
      await a.getByTestId('tech-name').fill('タブAの版');
      await a.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
      await pb.getByTestId('tech-name').fill('タブBの版');
      await pb.getByTestId('conflict').waitFor();
      // A's save is intact; B's edit is still on screen.
      assert.equal(techNameOf((await dump(a))[wb.key]), 'タブAの版');
      assert.equal(await pb.getByTestId('tech-name').inputValue(), 'タブBの版');
      // Save mine as a copy: both versions now exist.
      await pb.getByTestId('conflict-save-copy').click();
      await pb.getByTestId('conflict').waitFor({ state: 'hidden' });
      // The copy is written as the panel closes; on a loaded machine the
      // write may land a moment after, so wait for it (up to 10 s).
      const storedNames = async () => Object.entries(await dump(a))
        .filter(([k]) => k.startsWith('mamori.v1.wb.')).map(([, v]) => techNameOf(v)).sort();
      let names = await storedNames();
      for (let i = 0; i < 50 && names.length < 2; i++) {
        await a.waitForTimeout(200);
        names = await storedNames();
      }
      assert.deepEqual(names, ['タブAの版', 'タブBの版'].sort());
    } finally { await b.close(); }
  });

  test('two tabs: keep mine saves over theirs only when chosen; take theirs reloads', async () => {
    const b = await launch();
    try {
      const a = await b.open();
      const wb = await sample(a);
      await openFirstTech(a);
      const pb = await b.context.newPage();
      await pb.addInitScript(() => {
        const add = EventTarget.prototype.addEventListener;
        EventTarget.prototype.addEventListener = function (type, fn, opts) {
          if (type === 'storage') return add.call(this, type, (e) => setTimeout(() => fn(e), 4000), opts);
          return add.call(this, type, fn, opts);
        };
      });
      await b.open(pb, new URL(a.url()).hash);
      await pb.getByTestId('tech-detail').waitFor();
      await a.getByTestId('tech-name').fill('A1');
      await a.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
      await pb.getByTestId('tech-name').fill('B1');
      await pb.getByTestId('conflict').waitFor();
      assert.equal(techNameOf((await dump(a))[wb.key]), 'A1');
      await pb.getByTestId('conflict-keep-mine').click();
      await pb.getByTestId('conflict').waitFor({ state: 'hidden' });
      assert.equal(techNameOf((await dump(a))[wb.key]), 'B1');
      // Now A is behind: A edits → conflict in A (its event arrives promptly, but A had
      // no unsaved change, so it simply reloaded B1 first).
      await a.getByTestId('sync-notice').waitFor();
      assert.equal(await a.getByTestId('tech-name').inputValue(), 'B1');
      // Take theirs in B after another A write.
      await a.getByTestId('tech-name').fill('A2');
      await a.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
      await pb.getByTestId('tech-name').fill('B2');
      await pb.getByTestId('conflict').waitFor();
      await pb.getByTestId('conflict-take-theirs').click();
      assert.equal(await pb.getByTestId('tech-name').inputValue(), 'A2');
      assert.equal(techNameOf((await dump(a))[wb.key]), 'A2');
    } finally { await b.close(); }
  });

  test('undo and redo: keyboard outside text fields and header buttons', async () => {
    const b = await launch();
    try {
      const page = await b.open();
      const wb = await sample(page);
      await openFirstTech(page);
      const original = techNameOf(wb.json);
      // A typing burst is one step.
      const name = page.getByTestId('tech-name');
      await name.fill('一');
      await name.fill('一二');
      await name.fill('一二三');
      await page.evaluate(() => document.activeElement.blur());
      await page.keyboard.press('Control+z');
      assert.equal(await name.inputValue(), original);
      // Saves are deferred by 300 ms (SAVE_DELAY); the header says when done.
      const saved = () => page.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
      await saved();
      assert.equal(techNameOf((await dump(page))[wb.key]), original, 'the undo is saved');
      await page.keyboard.press('Control+Shift+z');
      assert.equal(await name.inputValue(), '一二三');
      await page.keyboard.press('Control+z');
      await page.keyboard.press('Control+y');
      assert.equal(await name.inputValue(), '一二三');
      await page.getByTestId('undo').click();
      assert.equal(await name.inputValue(), original);
      await page.getByTestId('redo').click();
      assert.equal(await name.inputValue(), '一二三');
      await saved();
      assert.equal(techNameOf((await dump(page))[wb.key]), '一二三');
      // 60 separate changes: at least 50 can be undone, each one restoring
      // the value before it (checked on screen after every undo, and in
      // storage after the 50th), not only an undo button still enabled.
      const radios = page.locator('[data-testid="rate-market-importance"] input[type=radio]');
      const checked = () => radios.evaluateAll((rs) => rs.findIndex((r) => r.checked));
      const history = [await checked()];
      for (let i = 0; i < 60; i++) {
        const next = (history.at(-1) + 1) % 5; // always a change
        await radios.nth(next).check();
        history.push(next);
      }
      await page.evaluate(() => document.activeElement.blur());
      for (let i = 1; i <= 50; i++) {
        await page.getByTestId('undo').click();
        assert.equal(await checked(), history[60 - i], `undo ${i} restores the rating before change ${61 - i}`);
      }
      assert.equal(await page.getByTestId('undo').isDisabled(), false, 'still more to undo after 50');
      // Saves are deferred: wait (briefly) for the undone value to be stored,
      // then compare, so a wrong value fails with both values shown.
      await page.waitForFunction(([key, want]) => JSON.parse(localStorage.getItem(key)).technologies[0].market_importance === want,
        [wb.key, history[10] + 1], { timeout: 5000 }).catch(() => {});
      const stored = JSON.parse((await dump(page))[wb.key]).technologies[0];
      assert.equal(stored.market_importance, history[10] + 1, 'the state after 50 undos is saved');
      assert.equal(stored.name, '一二三', 'the 50 undos did not reach the earlier name change');
    } finally { await b.close(); }
  });

  test('trash: deleted records and workbooks come back until emptied', async () => {
    const b = await launch();
    try {
      const page = await b.open();
      const wb = await sample(page);
      await openFirstTech(page);
      const techName = techNameOf(wb.json);
      await page.getByTestId('delete-technology').click();
      await page.getByTestId('confirm-delete-technology').click();
      await page.getByRole('link', { name: '守り' }).click();
      const entry = page.getByTestId('trash-entry');
      await entry.first().waitFor();
      assert.match(await entry.first().innerText(), new RegExp(techName));
      // Delete the whole workbook too.
      await page.getByTestId('delete-workbook').click();
      await page.getByTestId('confirm-delete-workbook').click();
      assert.equal(await entry.count(), 2);
      assert.equal((await dump(page))[wb.key], undefined);
      // Survives a reload (the trash is persisted).
      await reload(page);
      assert.equal(await entry.count(), 2);
      await entry.first().getByTestId('trash-restore').click(); // the workbook
      await page.getByTestId('workbook-row').first().waitFor();
      await entry.first().getByTestId('trash-restore').click(); // the technology
      await page.getByTestId('trash-status').filter({ hasText: '元に戻しました' }).waitFor();
      assert.equal(await entry.count(), 0);
      const restored = JSON.parse((await dump(page))[wb.key]);
      const orig = JSON.parse(wb.json);
      assert.deepEqual(restored.technologies, orig.technologies, 'technology back in place');
      assert.deepEqual(restored.scenarios, orig.scenarios, 'cascaded scenarios back');
      assert.deepEqual(restored.assessments, orig.assessments);
      assert.deepEqual(restored.countermeasures, orig.countermeasures, 'links restored');
    } finally { await b.close(); }
  });

  test('wipe removes every mamori. key (also unreadable ones) and nothing else', async () => {
    const b = await launch();
    try {
      const page = await b.open();
      await sample(page);
      await page.evaluate(() => { localStorage.setItem('mamori.v1.wb.broken', '{'); localStorage.setItem('other.app', 'keep'); });
      await page.goto(url);
      await reload(page);
      assert.ok(Object.keys(await dump(page)).length >= 4);
      await page.getByTestId('wipe-open').click();
      assert.equal(await page.getByTestId('wipe-confirm').isDisabled(), true, 'needs the word');
      await page.getByTestId('wipe-confirm-input').fill('消去');
      await page.getByTestId('wipe-confirm').click();
      await page.getByTestId('wipe-status').filter({ hasText: 'すべて消去しました' }).waitFor();
      assert.deepEqual(await dump(page), {});
      assert.equal(await page.evaluate(() => localStorage.getItem('other.app')), 'keep');
      await reload(page);
      assert.deepEqual(await dump(page), {}, 'nothing written back after a reload');
      assert.equal(await page.getByTestId('workbook-row').count(), 0);
    } finally { await b.close(); }
  });

  test('hostile text is stored and shown verbatim and inert', async () => {
    const b = await launch();
    try {
      const page = await b.open();
      await page.addInitScript(() => { window.__pwned = 0; });
      const name = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\u202Eevil\u202C 😀\u0007';
      const long = `<b>太字?</b>\u0000\u001b[31m\u200F` + 'あ'.repeat(10000);
      await page.getByTestId('new-workbook-name').fill(name);
      await page.getByTestId('create-workbook').click();
      await page.getByTestId('wb-name').waitFor();
      await page.getByTestId('nav-inventory').click();
      await page.getByTestId('add-technology').click();
      await page.getByTestId('tech-name').fill(name);
      await page.getByTestId('tech-description').fill(long);
      await page.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
      await reload(page);
      assert.equal(await page.getByTestId('wb-name').textContent(), name.trim());
      assert.equal(await page.getByTestId('tech-row').first().locator('[data-testid=open-tech]').textContent(), name.trim());
      await page.getByTestId('open-tech').first().click();
      assert.equal(await page.getByTestId('tech-description').inputValue(), long);
      assert.equal(await page.locator('img[src=x], main script, b').count(), 0, 'no injected element');
      assert.equal(await page.evaluate(() => window.__pwned), 0);
      const stored = Object.entries(await dump(page)).find(([k]) => k.startsWith('mamori.v1.wb.'))[1];
      const wb = JSON.parse(stored);
      assert.equal(wb.name, name.trim());
      assert.equal(wb.technologies[0].description, long);
    } finally { await b.close(); }
  });

  test('hostile text stays text in the report, the import problems, the conflict view and the roll-up', async () => {
    // Each render site gets its own markup; any element it makes carries
    // class "pwn", any script or handler that runs sets window.__pwned, and
    // an <img src=x> that got into the page would also be a CSP violation
    // (which fails the test in close()).
    const hostile = (tag) => `<img class=pwn src=x onerror="window.__pwned='${tag}'"><script class=pwn>window.__pwned='${tag}'</script><b class=pwn>${tag}</b>`;
    const [mine, theirs, code, lab] = ['mine', 'theirs', 'code', 'lab'].map(hostile);
    const inert = async (page, where) => {
      assert.equal(await page.locator('.pwn').count(), 0, `${where}: no injected element`);
      assert.equal(await page.evaluate(() => window.__pwned), 0, `${where}: nothing ran`);
    };
    const dir = mkdtempSync(path.join(tmpdir(), 'mamori-hostile-'));
    const b = await launch({ init: () => { window.__pwned = 0; } });
    try {
      const page = await b.open();
      const wb = await sample(page);
      await openFirstTech(page);
      await page.getByTestId('tech-name').fill(mine);
      await page.getByTestId('tech-name').blur();
      await page.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();

      // The report.
      await page.getByTestId('nav-report').click();
      await page.getByTestId('report-doc').waitFor();
      assert.ok((await page.getByTestId('report-doc').textContent()).includes(mine), 'the report shows the name as text');
      await inert(page, 'report');

      // Theirs: the same technology renamed (a conflict), another one with a
      // category that is no code (an import problem quoting the cell), and
      // the lab's name (the roll-up's lab line).
      await page.getByTestId('nav-exchange').click();
      await page.getByTestId('exchange-screen').waitFor();
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-zip').click()]);
      const exported = path.join(dir, 'exported.zip');
      await dl.saveAs(exported);
      const tables = unzip(readFileSync(exported));
      const read = (name) => parseCsv(tables[name].toString('utf8').replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
      const tech = read('technologies.csv');
      const tc = (n) => tech[0].indexOf(n);
      assert.equal(tech[1][tc('name')], mine);
      tech[1][tc('name')] = theirs;
      tech[2][tc('category')] = code;
      const wbRows = read('workbook.csv');
      wbRows[1][wbRows[0].indexOf('name')] = lab;
      const theirsZip = path.join(dir, 'theirs_tables.zip');
      writeFileSync(theirsZip, zip({
        ...tables,
        'technologies.csv': Buffer.from(writeCsv(tech), 'utf8'),
        'workbook.csv': Buffer.from(writeCsv(wbRows), 'utf8'),
      }));

      // The import preview into this workbook: problems and conflicts.
      await page.getByTestId('import-file').setInputFiles(theirsZip);
      await page.getByTestId('import-preview').waitFor();
      const problems = await page.locator('[data-testid="import-problems"] [data-testid="import-problem"]').allTextContents();
      assert.ok(problems.some((t) => t.includes(code)), `the problem quotes the cell as text: ${problems}`);
      const name = page.locator('[data-testid="conflict"][data-kind="technology"] [data-testid="conflict-field"][data-field="name"]');
      assert.equal(await name.count(), 1, 'the renamed technology is a conflict');
      assert.equal(await name.locator('[data-col="mine"]').textContent(), mine);
      assert.equal(await name.locator('[data-col="theirs"]').textContent(), theirs);
      await inert(page, 'import problems and conflict view');

      // The roll-up of that lab's zip.
      await page.goto(url + '#/portfolio');
      await page.getByTestId('rollup-screen').waitFor();
      await page.getByTestId('rollup-files').setInputFiles(theirsZip);
      await page.getByTestId('rollup-view').waitFor();
      assert.equal(await page.getByTestId('rollup-lab-name').textContent(), lab);
      const rollupProblems = await page.locator('[data-testid="rollup-problems"] [data-testid="import-problem"]').allTextContents();
      assert.ok(rollupProblems.some((t) => t.includes(code)), `the roll-up's problem quotes the cell: ${rollupProblems}`);
      await inert(page, 'roll-up');
      assert.equal(JSON.parse((await dump(page))[wb.key]).technologies[0].name, mine, 'the preview stored nothing');
    } finally {
      await b.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('storage nearly full: a large workbook takes use past 80 % and the warning shows', async () => {
    const b = await launch();
    try {
      const page = await b.open();
      const wb = await sample(page);
      await page.goto(url);
      await waitReady(page);
      assert.equal(await page.getByTestId('storage-usage-warning').count(), 0, 'no warning with the sample only');
      // A second, valid workbook of about 4.3 million characters: copies of a
      // technology with long descriptions (each within the 20,000 limit).
      const bigId = uuid(77);
      await page.evaluate(({ json, bigId }) => {
        const w = JSON.parse(json);
        w.id = bigId;
        w.name = '大きなワークブック';
        const t0 = w.technologies[0];
        for (let i = 0; i < 240; i++) {
          const hex = (0xb0000000 + i).toString(16);
          w.technologies.push({ ...t0, id: `${hex}-0000-4000-8000-000000000000`, name: `技術${i}`, elements: [], description: 'あ'.repeat(18000) });
        }
        localStorage.setItem(`mamori.v1.wb.${bigId}`, JSON.stringify(w));
      }, { json: wb.json, bigId });
      const before = await dump(page);
      await reload(page);
      assert.equal(await page.getByTestId('storage-problems').count(), 0, 'the big workbook is valid');
      assert.equal(await page.getByTestId('workbook-row').count(), 2);
      const warning = page.getByTestId('storage-usage-warning');
      await warning.waitFor();
      assert.match(await warning.innerText(), /残りわずか/);
      const usage = await page.getByTestId('storage-usage').innerText();
      const percent = Number((usage.match(/(\d+)\s*%/) ?? [])[1]);
      assert.ok(percent >= 80 && percent < 100, `usage shows ${percent} %: ${usage}`);
      const now = await dump(page);
      for (const k of Object.keys(before).filter((k) => k.startsWith('mamori.v1.wb.'))) {
        assert.equal(now[k], before[k], `${k} unchanged (the list may be rebuilt)`);
      }
      // Space freed (the big key gone): no warning after the next start.
      await page.evaluate((k) => localStorage.removeItem(k), `mamori.v1.wb.${bigId}`);
      await reload(page);
      assert.equal(await page.getByTestId('storage-usage-warning').count(), 0);
    } finally { await b.close(); }
  });

  /** Replaces `navigator.storage` before the app starts: persist() resolves to `granted`, or no storage manager. */
  const persistStub = (granted) => `(() => {
    const value = ${granted === undefined ? 'undefined' : `{ persist: () => Promise.resolve(${granted}), persisted: () => Promise.resolve(${granted}) }`};
    Object.defineProperty(Navigator.prototype, 'storage', { get: () => value, configurable: true });
  })()`;

  for (const [granted, text] of [[true, '許可されました'], [false, '許可されませんでした'], [undefined, '使えません']]) {
    test(`persistent storage: persist() ${granted === undefined ? 'missing' : `resolves ${granted}`} → "${text}"`, async () => {
      const b = await launch({ init: persistStub(granted) });
      try {
        const page = await b.open();
        await page.getByTestId('persist-status').filter({ hasText: text }).waitFor({ timeout: 5000 });
        if (granted !== undefined) {
          assert.equal(await page.evaluate(() => typeof navigator.storage.persist), 'function', 'the stub is in place');
        }
      } finally { await b.close(); }
    });
  }

  test('a damaged key is removed only after its download or an explicit confirmation; nothing else is touched', async () => {
    const b = await launch();
    try {
      const page = await b.open();
      const wb = await sample(page);
      const a = `mamori.v1.wb.${uuid(1)}`;
      const c = `mamori.v1.wb.${uuid(2)}`;
      await page.evaluate(({ a, c }) => { localStorage.setItem(a, '{"truncated'); localStorage.setItem(c, 'random bytes'); }, { a, c });
      await page.goto(url);
      await reload(page);
      const before = await dump(page);
      const item = (k) => page.locator(`[data-testid=storage-problem][data-key="${k}"]`);

      // Without a download the confirm button stays disabled until the box is ticked.
      await item(a).getByTestId('remove-damaged').click();
      assert.equal(await item(a).getByTestId('remove-damaged-confirm').isDisabled(), true);
      const vs = await axeViolations(page);
      assert.equal(vs.length, 0, formatViolations(vs));
      await item(a).getByTestId('remove-damaged-cancel').click();
      assert.deepEqual(await dump(page), before, 'cancel removes nothing');

      // After the download: allowed without the tick.
      const [dl] = await Promise.all([page.waitForEvent('download'), item(a).getByTestId('download-raw').click()]);
      assert.equal(readFileSync(await dl.path(), 'utf8'), '{"truncated');
      await item(a).getByTestId('remove-damaged').click();
      await item(a).getByTestId('remove-damaged-downloaded').waitFor();
      assert.equal(await item(a).getByTestId('remove-damaged-confirm').isDisabled(), false);
      await item(a).getByTestId('remove-damaged-confirm').click();
      await item(a).waitFor({ state: 'detached' });
      let after = await dump(page);
      assert.equal(after[a], undefined, 'removed');
      assert.equal(after[c], 'random bytes', 'the other damaged key is untouched');
      assert.equal(after[wb.key], before[wb.key], 'the intact workbook is untouched');

      // The other one: explicitly without a copy.
      await item(c).getByTestId('remove-damaged').click();
      await item(c).getByTestId('remove-damaged-ack').check();
      await item(c).getByTestId('remove-damaged-confirm').click();
      await page.getByTestId('storage-problems').waitFor({ state: 'detached' });
      after = await dump(page);
      assert.equal(after[c], undefined);
      assert.equal(after[wb.key], before[wb.key]);
      await reload(page);
      assert.equal(await page.getByTestId('storage-problems').count(), 0, 'gone after a reload too');
      assert.equal(await page.getByTestId('workbook-row').count(), 1);
    } finally { await b.close(); }
  });
}

for (const target of TARGETS) {
  describe(`${target} target`, () => {
    let server;
    before(async () => {
      if (target === 'served') {
        server = await startServer();
        url = server.url;
      } else {
        url = pathToFileURL(htmlPath).href;
      }
    });
    after(() => server?.stop());
    faultSuite();
  });
}
