// Foundation checks, against the served app AND the single file from file://:
// it mounts bilingual, remembers the language, keeps typed text across a
// reload, and sends nothing anywhere (enforced by the CSP, proven by a
// loopback server that must receive nothing).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { TARGETS, openApp, startServer } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server?.stop());

for (const target of TARGETS) {
  describe(`foundation (${target})`, () => {
    test('title is Japanese by default, English after switching, and the choice survives a reload', async () => {
      const app = await openApp(target, { server, locale: 'ja-JP' });
      try {
        const title = app.page.getByTestId('app-title');
        assert.match(await title.innerText(), /守り/);
        assert.equal(await app.page.getAttribute('html', 'lang'), 'ja');
        await app.page.getByLabel('表示言語').selectOption('en');
        assert.match(await title.innerText(), /Mamori/);
        assert.equal(await app.page.getAttribute('html', 'lang'), 'en');
        await app.reload();
        assert.match(await app.page.getByTestId('app-title').innerText(), /Mamori/);
        assert.deepEqual(app.offsite, []);
        assert.deepEqual(app.errors, []);
      } finally { await app.close(); }
    });

    test('an English browser starts in English', async () => {
      const app = await openApp(target, { server, locale: 'en-US' });
      try {
        assert.match(await app.page.getByTestId('app-title').innerText(), /Mamori/);
        assert.deepEqual(app.offsite, []);
      } finally { await app.close(); }
    });

    test('typed text is still there after a reload (a new workbook, and where you were)', async () => {
      const app = await openApp(target, { server });
      try {
        const name = `ラボの評価 ${Date.now()}`;
        await app.page.getByLabel('新しいワークブックの名前').fill(name);
        await app.page.getByTestId('create-workbook').click();
        await app.page.getByTestId('wb-name').filter({ hasText: name }).waitFor();
        const url = app.page.url();
        assert.match(url, /#\/wb\/[0-9a-f-]{36}\/overview$/);
        await app.reload();
        assert.equal(app.page.url(), url, 'the route survives a reload');
        assert.equal(await app.page.getByTestId('wb-name').innerText(), name);
        await app.page.getByRole('link', { name: '守り' }).click();
        await app.page.getByTestId('workbook-list').waitFor();
        assert.ok((await app.page.getByTestId('workbook-list').innerText()).includes(name));
        assert.deepEqual(app.offsite, []);
        assert.deepEqual(app.errors, []);
      } finally { await app.close(); }
    });

    test('the CSP refuses fetch, beacon, image and websocket to a loopback server, which receives nothing', async () => {
      const hits = [];
      const sink = http.createServer((req, res) => { hits.push(`${req.method} ${req.url}`); res.end('ok'); });
      await new Promise((r) => sink.listen(0, '127.0.0.1', r));
      const port = sink.address().port;
      const app = await openApp(target, { server });
      try {
        const result = await app.page.evaluate(async (port) => {
          const violations = [];
          document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
          const base = `http://127.0.0.1:${port}`;
          let fetchOutcome;
          try { await fetch(`${base}/fetch`); fetchOutcome = 'sent'; } catch (e) { fetchOutcome = 'refused'; }
          try { navigator.sendBeacon(`${base}/beacon`, 'x'); } catch (e) { /* refused */ }
          const img = new Image(); img.src = `${base}/img.png`;
          try { new WebSocket(`ws://127.0.0.1:${port}/ws`); } catch (e) { /* refused */ }
          await new Promise((r) => setTimeout(r, 500));
          return { fetchOutcome, violations };
        }, port);
        await new Promise((r) => setTimeout(r, 300));
        assert.equal(result.fetchOutcome, 'refused');
        assert.ok(result.violations.some((d) => d.startsWith('connect-src')), `violations: ${result.violations}`);
        assert.ok(result.violations.some((d) => d.startsWith('img-src')), `violations: ${result.violations}`);
        assert.deepEqual(hits, [], 'the loopback server must receive nothing');
      } finally {
        await app.close();
        sink.close();
      }
    });
  });
}
