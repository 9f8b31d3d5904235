import { openApp } from './harness.mjs';
const shots = process.argv.slice(2);
for (const lang of ['ja', 'en']) {
  const app = await openApp('file', { locale: lang === 'ja' ? 'ja-JP' : 'en-US' });
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('open-sample').click();
  await page.getByTestId('wb-name').waitFor();
  for (const s of ['overview', 'inventory', 'threats', 'scenarios', 'countermeasures', 'exercises', 'settings', 'exchange', 'report']) {
    if (shots.length && !shots.includes(s)) continue;
    await page.getByTestId(`nav-${s}`).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/L-${lang}-${s}.png` });
  }
  if (!shots.length || shots.includes('present')) {
    await page.getByTestId('nav-overview').click();
    await page.getByTestId('present-heat-map').click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/L-${lang}-present.png` });
    await page.keyboard.press('Escape');
  }
  if (!shots.length || shots.includes('actor')) {
    await page.getByTestId('nav-threats').click();
    await page.getByTestId('select-actor').first().click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/L-${lang}-actor.png` });
  }
  if (!shots.length || shots.includes('tech')) {
    await page.getByTestId('nav-inventory').click();
    await page.getByTestId('open-tech').first().click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `/tmp/shots/L-${lang}-tech.png`, fullPage: true });
  }
  await app.close();
}
console.log('ok');
