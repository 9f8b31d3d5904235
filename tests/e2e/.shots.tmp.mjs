import { openApp } from './harness.mjs';
for (const lang of ['ja', 'en']) {
  const app = await openApp('file', { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('open-sample').click();
  await page.getByTestId('wb-name').waitFor();
  await page.getByTestId('nav-workshop').click();
  await page.getByTestId('ws-title').fill(lang === 'ja' ? '市場重要性の評価' : 'Market workshop');
  await page.getByTestId('ws-create').click();
  for (const p of ['P1', 'P2', 'P3']) { await page.getByTestId('ws-pseudonym').fill(p); await page.getByTestId('ws-add-participant').click(); }
  await page.getByTestId('ws-add-items').click();
  await page.screenshot({ path: `/tmp/shots/workshop-setup-${lang}.png` });
  const vals = [[3, 1, 2, 0], [4, 5, 2, 3], [5, 3, 2, 4]];
  for (const [n, values] of vals.entries()) {
    await page.getByTestId('ws-who').selectOption({ index: n + 1 });
    for (const [i, v] of values.entries()) await page.getByTestId('ws-rate').nth(i).locator('label.rating-choice').nth(v === 0 ? 5 : v - 1).click();
    await page.getByTestId('ws-submit').click();
    await page.getByTestId('ws-recorded').filter({ hasText: 'P' + (n + 1) }).waitFor();
  }
  await page.getByTestId('ws-entry').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/workshop-entry-${lang}.png` });
  await page.getByTestId('ws-reveal').click();
  await page.getByTestId('ws-results').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/workshop-reveal-${lang}.png` });
  await page.getByTestId('ws-present').nth(1).click();
  await page.screenshot({ path: `/tmp/shots/workshop-present-${lang}.png` });
  await page.getByTestId('ws-present-close').click();
  await page.getByTestId('ws-apply').first().click();
  await page.getByTestId('nav-inventory').click();
  await page.getByTestId('open-tech').first().click();
  await page.getByTestId('agreed-note').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/shots/workshop-note-${lang}.png` });
  const w = await page.evaluate(() => document.documentElement.scrollWidth);
  console.log(lang, 'scrollWidth', w);
  await page.evaluate(() => { location.hash = '#/ballot'; });
  await page.getByTestId('ballot-screen').waitFor();
  await page.screenshot({ path: `/tmp/shots/workshop-ballot-${lang}.png` });
  await app.close();
}
