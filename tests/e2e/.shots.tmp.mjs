import { openApp } from './harness.mjs';
for (const [locale, lang] of [['ja-JP', 'ja'], ['en-US', 'en']]) {
  const app = await openApp('file', { locale });
  const { page } = app;
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('open-sample').click();
    await page.waitForURL(/overview$/);
    await page.getByTestId('nav-people').click();
    await page.screenshot({ path: `/tmp/shots/reg-people-${lang}.png`, fullPage: true });
    await page.getByTestId('person-row').nth(1).locator('a').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/reg-person-${lang}.png`, fullPage: true });
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('tech-row').first().locator('a').first().click();
    await page.waitForTimeout(300);
    const panel = page.getByTestId('tech-regulatory');
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `/tmp/shots/reg-tech-${lang}.png` });
    await page.getByTestId('nav-report').click();
    await page.getByTestId('report-regulatory-section').screenshot({ path: `/tmp/shots/reg-report-${lang}.png` });
    await page.getByTestId('nav-settings').click();
    await page.screenshot({ path: `/tmp/shots/reg-settings-${lang}.png`, fullPage: true });
  } finally { await app.close(); }
}
console.log('done');
