// Encryption at rest (issue 16, docs/security.md), in Chromium, from
// file:// and served: the sample workbook is encrypted; afterwards no
// local-storage value (workbook, list, trash, anything) holds any of its
// names; a reload asks for the passphrase; a wrong one is refused and
// changes no stored byte; the right one opens. Then: the idle lock and
// "lock now" reload into the unlock screen; the recovery code and a changed
// passphrase; storage refusing the sealed value leaves the old one intact;
// the encrypted backup file and its restore in a fresh profile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openApp, startServer, TARGETS } from './harness.mjs';
import { axeViolations, formatViolations } from './a11y.mjs';

const PASS = '守りの合言葉 correct horse battery';

/** Every local-storage key and value. */
const dump = (page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

/** Opens the sample; returns its key and every name a reader must not find. */
async function sample(page) {
  await page.getByTestId('open-sample').click();
  await page.waitForURL(/#\/wb\/[0-9a-f-]{36}\/overview$/);
  const id = page.url().match(/#\/wb\/([0-9a-f-]{36})/)[1];
  const key = `mamori.v1.wb.${id}`;
  const wb = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key));
  const names = [
    wb.name, wb.organisation,
    ...wb.technologies.flatMap((t) => [t.name, ...t.elements.map((e) => e.name)]),
    ...(wb.people ?? []).map((p) => p.name),
    ...wb.actors.map((a) => a.name), ...wb.scenarios.map((s) => s.title), ...wb.countermeasures.map((c) => c.title),
  ].filter((n) => typeof n === 'string' && n.length >= 3);
  return { id, key, wb, names };
}

async function encrypt(page, { recovery = false } = {}) {
  await page.getByTestId('encrypt-open').click();
  const warning = page.getByTestId('encrypt-warning');
  assert.match(await warning.innerText(), /パスフレーズを忘れると.*二度と開けません/);
  await page.getByTestId('passphrase').fill(PASS);
  await page.getByTestId('passphrase-confirm').fill(PASS);
  if (recovery) await page.getByTestId('want-recovery').check();
  await page.getByTestId('encrypt-confirm').click();
  await page.getByTestId('encrypt-done').waitFor({ timeout: 30000 });
  await page.getByTestId('encrypted-badge').waitFor();
  const code = recovery ? await page.getByTestId('recovery-code').innerText() : null;
  await page.getByTestId('encrypt-close').click();
  return code;
}

function assertNothingReadable(stored, names) {
  const leaks = [];
  for (const [k, v] of Object.entries(stored)) {
    for (const n of names) if (v.includes(n) || k.includes(n)) leaks.push(`${k} holds ${n}`);
  }
  assert.deepEqual(leaks, []);
}

async function unlock(page, passphrase) {
  await page.getByTestId('unlock-passphrase').fill(passphrase);
  await page.getByTestId('unlock-confirm').click();
}

for (const target of TARGETS) {
  test(`${target}: encrypt the sample — no stored value names anything; reload asks; a wrong passphrase is refused and writes nothing; the right one opens`, async () => {
    const server = target === 'served' ? await startServer() : undefined;
    const app = await openApp(target, { server });
    const { page } = app;
    try {
      // The RFC 9106 Argon2id vector and getRandomValues, checked by this wasm build.
      assert.equal(await page.evaluate(() => document.documentElement.dataset.crypto), 'ok');
      const s = await sample(page);
      assert.ok(s.names.some((n) => n.includes('GaN')), 'the sample names GaN');
      // A record deleted before encrypting leaves its trash entry in clear…
      await page.getByTestId('nav-inventory').click();
      await page.getByTestId('open-tech').last().click();
      await page.getByTestId('delete-technology').click();
      await page.getByTestId('confirm-delete-technology').click();
      await page.waitForFunction(() => (localStorage.getItem('mamori.v1.trash') || '').length > 100);
      await encrypt(page);
      let stored = await dump(page);
      assert.match(stored[s.key], /^mamori\.sealed:\d+:/);
      // …and encrypting takes it out of storage (it stays in this session).
      assertNothingReadable(stored, s.names);

      // An edit is saved sealed too; so is a delete's trash entry.
      await page.getByTestId('open-tech').first().click();
      await page.getByTestId('tech-name').fill('GaN 秘密の改良版');
      await page.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
      await page.getByTestId('delete-technology').click();
      await page.getByTestId('confirm-delete-technology').click();
      await page.getByTestId('save-state').filter({ hasText: '保存済み' }).waitFor();
      stored = await dump(page);
      assertNothingReadable(stored, [...s.names, '秘密の改良版']);

      await app.reload();
      await page.getByTestId('unlock-screen').waitFor();
      const before = await dump(page);
      assertNothingReadable(before, s.names);
      await unlock(page, 'not the passphrase at all');
      const error = page.getByTestId('unlock-error');
      await error.waitFor({ timeout: 30000 });
      assert.match(await error.innerText(), /パスフレーズが違います/);
      assert.deepEqual(await dump(page), before, 'a failed unlock changes no stored byte');
      const t0 = Date.now();
      await unlock(page, PASS);
      await page.getByTestId('unlock-screen').waitFor({ state: 'detached', timeout: 30000 });
      console.log(`# ${target}: unlock (Argon2id 64 MiB, t=3, p=4) took ${Date.now() - t0} ms in Chromium`);
      assert.equal(await page.getByTestId('wb-name').innerText(), s.wb.name);
      await page.getByTestId('nav-inventory').click();
      await page.getByTestId('open-tech').first().waitFor();
      assert.deepEqual(await dump(page), before, 'unlocking writes nothing');
      // Exports stay plain, with a warning.
      await page.getByTestId('nav-exchange').click();
      await page.getByTestId('export-plain-warning').waitFor();
      // Locked, the workbook list names no encrypted workbook (unlocked, it
      // shows the name in memory; the stored list never holds it).
      await page.getByTestId('lock-now').click();
      await page.getByTestId('unlock-screen').waitFor({ timeout: 15000 });
      await page.goto(app.url + '#/');
      const row = page.getByTestId('workbook-row').first();
      assert.match(await row.innerText(), /暗号化されたワークブック/);
      assert.deepEqual(app.offsite, []);
    } finally {
      await app.close();
      server?.stop();
    }
  });
}

test('idle lock after the set time, and lock now: both reload into the unlock screen', async () => {
  const app = await openApp('file');
  const { page } = app;
  try {
    const s = await sample(page);
    await encrypt(page);
    // The idle time is settable (seconds in storage; the settings offer minutes).
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('lock-after').selectOption('300');
    assert.equal(await page.evaluate(() => localStorage.getItem('mamori.v1.lock_after')), '300');
    await page.evaluate(() => localStorage.setItem('mamori.v1.lock_after', '3'));
    await app.reload();
    await unlock(page, PASS);
    await page.getByTestId('unlock-screen').waitFor({ state: 'detached', timeout: 30000 });
    // No input for 3 s: locked.
    await page.getByTestId('unlock-screen').waitFor({ timeout: 15000 });
    assert.equal(await page.getByTestId('wb-name').innerText(), '', 'nothing of the workbook is shown');
    await page.evaluate(() => localStorage.setItem('mamori.v1.lock_after', '900'));
    await app.reload();
    await unlock(page, PASS);
    await page.getByTestId('lock-now').click();
    await page.getByTestId('unlock-screen').waitFor({ timeout: 15000 });
    assertNothingReadable(await dump(page), s.names);
  } finally {
    await app.close();
  }
});

test('recovery code opens it; a changed passphrase refuses the old one and opens with the new', async () => {
  const app = await openApp('file');
  const { page } = app;
  try {
    await sample(page);
    // axe-core: the encrypt panel, the recovery code, the settings and the
    // unlock screen have no violations.
    const axe = async (where) => {
      const vs = await axeViolations(page);
      assert.equal(vs.length, 0, `${where}:\n  ${formatViolations(vs)}`);
    };
    await page.getByTestId('encrypt-open').click();
    await axe('encrypt panel');
    await page.getByTestId('encrypt-open').click();
    const code = await encrypt(page, { recovery: true });
    assert.match(code, /^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('encryption-settings').waitFor();
    await axe('settings of an encrypted workbook');
    const NEW = 'a brand new passphrase for the lab';
    await page.getByTestId('passphrase-current').fill(PASS);
    await page.getByTestId('passphrase-new').fill(NEW);
    await page.getByTestId('passphrase-new-confirm').fill(NEW);
    await page.getByTestId('change-passphrase-confirm').click();
    await page.getByTestId('passphrase-changed').waitFor({ timeout: 30000 });
    await app.reload();
    await page.getByTestId('unlock-screen').waitFor();
    await axe('unlock screen');
    await unlock(page, PASS);
    await page.getByTestId('unlock-error').waitFor({ timeout: 30000 });
    await unlock(page, NEW);
    await page.getByTestId('unlock-screen').waitFor({ state: 'detached', timeout: 30000 });
    await page.getByTestId('lock-now').click();
    await page.getByTestId('unlock-screen').waitFor({ timeout: 15000 });
    await page.getByTestId('unlock-use-code').check();
    await unlock(page, code.toLowerCase().replaceAll('-', ' '));
    await page.getByTestId('unlock-screen').waitFor({ state: 'detached', timeout: 30000 });
  } finally {
    await app.close();
  }
});

test('storage refusing the sealed value: the old value stays byte for byte and the workbook stays unencrypted', async () => {
  const app = await openApp('file');
  const { page } = app;
  try {
    const s = await sample(page);
    const before = await dump(page);
    await page.evaluate(() => {
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        if (String(k).startsWith('mamori.v1.wb.') && String(v).startsWith('mamori.sealed:')) {
          throw new DOMException('full', 'QuotaExceededError');
        }
        return set.call(this, k, v);
      };
    });
    await page.getByTestId('encrypt-open').click();
    await page.getByTestId('passphrase').fill(PASS);
    await page.getByTestId('passphrase-confirm').fill(PASS);
    await page.getByTestId('encrypt-confirm').click();
    const error = page.getByTestId('encrypt-error');
    await error.waitFor({ timeout: 30000 });
    assert.match(await error.innerText(), /QuotaExceededError/);
    const after = await dump(page);
    assert.equal(after[s.key], before[s.key], 'the old value is intact');
    assert.equal(await page.getByTestId('encrypted-badge').count(), 0);
  } finally {
    await app.close();
  }
});

test('encrypted backup: the file is the envelope and names nothing; restore asks for the passphrase, refuses a wrong one, opens with the right one', async () => {
  const app = await openApp('file');
  const { page } = app;
  let file;
  try {
    const s = await sample(page);
    await encrypt(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('backup-now').click()]);
    assert.match(download.suggestedFilename(), /^mamori_encrypted-backup_\d{4}-\d\d-\d\d\.txt$/);
    file = path.join(mkdtempSync(path.join(tmpdir(), 'mamori-sealed-')), download.suggestedFilename());
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /^mamori\.sealed:\d+:/);
    assertNothingReadable({ file: text }, s.names);
  } finally {
    await app.close();
  }
  // A fresh browser profile: only the file and the passphrase.
  const fresh = await openApp('file');
  try {
    const p = fresh.page;
    await p.getByTestId('restore-sealed-file').setInputFiles(file);
    await p.getByTestId('restore-sealed-passphrase').fill('wrong passphrase here');
    await p.getByTestId('restore-sealed-confirm').click();
    await p.getByTestId('restore-sealed-error').waitFor({ timeout: 30000 });
    assert.match(await p.getByTestId('restore-sealed-error').innerText(), /パスフレーズが違います/);
    assert.deepEqual(await dump(p), {}, 'a wrong passphrase writes nothing');
    await p.getByTestId('restore-sealed-passphrase').fill(PASS);
    await p.getByTestId('restore-sealed-confirm').click();
    await p.waitForURL(/#\/wb\/[0-9a-f-]{36}\/overview$/, { timeout: 30000 });
    await p.getByTestId('encrypted-badge').waitFor();
    assert.match(await p.getByTestId('wb-name').innerText(), /サンプル/);
    const stored = await dump(p);
    assert.ok(Object.values(stored).some((v) => v.startsWith('mamori.sealed:')), 'restored encrypted');
    assert.ok(Object.values(stored).every((v) => !v.includes('GaN')));
  } finally {
    await fresh.close();
  }
});
