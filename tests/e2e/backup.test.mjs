// The backup reminder: it says no backup was taken yet, its one-click button
// downloads the open workbook's backup JSON (read back here: the workbook as
// stored), and afterwards it says when the last backup was, also after a
// reload (the time is kept under mamori.v1.backup.<id>).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApp } from './harness.mjs';

test('backup reminder: never → one click downloads the workbook → "last backup", kept across a reload', async () => {
  const app = await openApp('file');
  const { page } = app;
  try {
    await page.getByTestId('open-sample').click();
    const reminder = page.getByTestId('backup-reminder');
    await reminder.waitFor();
    assert.match(await reminder.innerText(), /まだバックアップをダウンロードしていません/);

    const clickedAt = await page.evaluate(() => Date.now());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('backup-now').click(),
    ]);
    assert.match(download.suggestedFilename(), /\.json$/);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
    const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('mamori.v1.wb.')));
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), key));
    // The backup is the workbook as stored: same id, name and records.
    assert.equal(backup.id, stored.id);
    assert.equal(backup.name, stored.name);
    assert.deepEqual(backup.technologies, stored.technologies);

    await page.waitForFunction(() => document.querySelector('[data-testid="backup-reminder"]')?.innerText.includes('最後のバックアップ'));
    const id = key.slice('mamori.v1.wb.'.length);
    const at = Number(await page.evaluate((k) => localStorage.getItem(k), `mamori.v1.backup.${id}`));
    // The moment of the download, however long the test took to get here.
    assert.ok(at >= clickedAt && at <= (await page.evaluate(() => Date.now())), `backup time recorded: ${at}`);

    await app.reload();
    await reminder.waitFor();
    assert.match(await reminder.innerText(), /最後のバックアップ/);
    assert.deepEqual(app.offsite, []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});

// Issue 17: the backup and the zip of all tables on "Import & export" are
// backups too; the redacted copy is not (it cannot restore the workbook).
test('backup reminder: the Import & export backup and the full table zip count as backups', async () => {
  const app = await openApp('file');
  const { page } = app;
  const reminder = page.getByTestId('backup-reminder');
  const backupKeys = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mamori.v1.backup.')));
  try {
    for (const button of ['export-backup', 'export-zip']) {
      await page.goto(app.url + '#/');
      await page.getByTestId('open-sample').click();
      await reminder.waitFor();
      assert.match(await reminder.innerText(), /まだバックアップをダウンロードしていません/);
      await page.getByTestId('nav-exchange').click();
      await page.getByTestId('exchange-screen').waitFor();
      const before = (await backupKeys()).length;
      if (button === 'export-zip') {
        await Promise.all([page.waitForEvent('download'), page.getByTestId('export-redacted').click()]);
        await page.getByTestId('export-status').filter({ hasText: '_redacted_' }).waitFor();
        assert.match(await reminder.innerText(), /まだバックアップをダウンロードしていません/, 'a redacted copy is no backup');
      }
      await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
      await page.waitForFunction(() => document.querySelector('[data-testid="backup-reminder"]')?.innerText.includes('最後のバックアップ'));
      assert.equal((await backupKeys()).length, before + 1, `${button}: the time is stored`);
    }
    assert.deepEqual(app.offsite, []);
    assert.deepEqual(app.errors, []);
  } finally {
    await app.close();
  }
});
