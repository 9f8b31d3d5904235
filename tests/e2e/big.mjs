// Big workbooks for the end-to-end tests, built the way a user could: export
// the worked sample as a table zip, clone its rows under fresh ids in Node,
// and (where a test needs it in the app) import the grown zip as a new
// workbook. Used by progress.test.mjs (a large import) and paging.test.mjs
// (long lists).
import { readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { unzip, zip, parseCsv, writeCsv } from './files.mjs';

/**
 * The exported tables with rows cloned under fresh ids: `techs` new
 * technologies, each with `scenariosPerTech` new scenarios, each of those
 * with `countermeasuresPerScenario` new countermeasures (cloned from the
 * sample's, so they keep the sample's links). Returns the grown tables and
 * the row count of each grown table.
 */
export function grow(tables, { techs, scenariosPerTech, countermeasuresPerScenario = 1 }) {
  const read = (name) => parseCsv(tables[name].toString('utf8').replace(/^\uFEFF/, '')).filter((r) => r.length > 1);
  const techRows = read('technologies.csv');
  const scens = read('scenarios.csv');
  const cms = read('countermeasures.csv');
  const tId = techRows[0].indexOf('technology_id');
  const sId = scens[0].indexOf('scenario_id');
  const sTech = scens[0].indexOf('technology_id');
  const cId = cms[0].indexOf('countermeasure_id');
  const before = { technology: techRows.length - 1, scenario: scens.length - 1, countermeasure: cms.length - 1 };
  for (let i = 0; i < techs; i++) {
    const t = [...techRows[1 + (i % before.technology)]];
    t[tId] = randomUUID();
    techRows.push(t);
    for (let k = 0; k < scenariosPerTech; k++) {
      const s = [...scens[1 + ((i + k) % before.scenario)]];
      s[sId] = randomUUID();
      s[sTech] = t[tId];
      scens.push(s);
      for (let j = 0; j < countermeasuresPerScenario; j++) {
        const c = [...cms[1 + ((i + k + j) % before.countermeasure)]];
        c[cId] = randomUUID();
        cms.push(c);
      }
    }
  }
  const grown = { ...tables };
  grown['technologies.csv'] = Buffer.from(writeCsv(techRows), 'utf8');
  grown['scenarios.csv'] = Buffer.from(writeCsv(scens), 'utf8');
  grown['countermeasures.csv'] = Buffer.from(writeCsv(cms), 'utf8');
  const expected = {
    technology: techRows.length - 1,
    scenario: scens.length - 1,
    countermeasure: cms.length - 1,
  };
  return { grown, expected };
}

/** Opens the worked sample and downloads its table zip into `dir`; returns the tables. */
export async function exportSample(page, dir) {
  await page.getByTestId('open-sample').click();
  await page.waitForURL(/#\/wb\/[0-9a-f-]{36}\/overview$/);
  await page.getByTestId('nav-exchange').click();
  await page.getByTestId('exchange-screen').waitFor();
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-zip').click()]);
  const exported = path.join(dir, 'exported.zip');
  await dl.saveAs(exported);
  return unzip(readFileSync(exported));
}

/** Writes the grown tables as `<dir>/big.zip`; returns its path. */
export function writeZip(dir, tables) {
  const big = path.join(dir, 'big.zip');
  writeFileSync(big, zip(tables));
  return big;
}

/**
 * Imports a table zip as a new workbook (from the workbook list's import
 * screen) and waits until the app shows it; returns the workbook's id.
 */
export async function importAsNew(app, file) {
  const { page } = app;
  await page.goto(app.url + '#/import');
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-preview').waitFor({ timeout: 60000 });
  await page.getByTestId('import-confirm').click();
  await page.waitForURL(/#\/wb\/[0-9a-f-]{36}\/overview$/, { timeout: 60000 });
  await page.getByTestId('heat-map').waitFor({ timeout: 60000 });
  return page.url().match(/#\/wb\/([0-9a-f-]{36})\//)[1];
}
