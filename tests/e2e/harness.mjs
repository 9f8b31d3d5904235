// Shared harness for the end-to-end tests: launches Debian's Chromium through
// playwright-core (never a downloaded browser), opens the app either served by
// `cargo xtask serve` or as the single file from file://, and records every
// request the page makes so a test can fail on any network use.
//
// Every test fails on a page error, a console error or a Content-Security-
// Policy violation without asserting anything itself: `watch()` collects
// them for a whole browser context and `close()` throws if any happened.
// Only a test that provokes violations on purpose passes
// `allowCspViolations: true`, which excuses those (and the console lines
// Chromium writes for them) and nothing else.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const htmlPath = process.env.MAMORI_HTML || path.join(root, 'dist', 'mamori.html');
const xtaskPath = process.env.MAMORI_XTASK || path.join(root, 'target', 'debug', 'xtask');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts the real dev server on a free loopback port; resolves to { url, stop }. */
export function startServer() {
  if (!existsSync(xtaskPath)) throw new Error(`no xtask binary at ${xtaskPath}: run cargo xtask build first`);
  if (!existsSync(htmlPath)) throw new Error(`no single file at ${htmlPath}: run cargo xtask build first`);
  return new Promise((resolve, reject) => {
    const child = spawn(xtaskPath, ['serve', '--no-build', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, MAMORI_HTML: htmlPath },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/serving (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve({ url: m[1], stop: () => child.kill() });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before it listened: ${out}`)));
  });
}

/** Chromium's console lines for a refused load or connection ("…violates
 * the following Content Security Policy directive…", and for fetch "…violates
 * the document's Content Security Policy"). */
const CSP_CONSOLE = /violates the (following|document's) Content Security Policy/;

/**
 * Collects, for every page of `context` (also pages opened later), page
 * errors, console errors and `securitypolicyviolation` events. The events are
 * caught by an init script (it runs before the app, outside its CSP) and
 * handed to node through a binding, so a reload or a second tab loses none.
 * `problems()` lists what a test must not have caused.
 */
export async function watch(context, { allowCspViolations = false } = {}) {
  const errors = [];
  const consoleErrors = [];
  const csp = [];
  await context.exposeBinding('__mamoriCspViolation', (_source, v) => { csp.push(v); });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__mamoriCspViolation?.(`${e.violatedDirective} refused ${e.blockedURI || '(inline)'}`);
    });
  });
  const onPage = (page) => {
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() !== 'error') return;
      if (allowCspViolations && CSP_CONSOLE.test(m.text())) return;
      consoleErrors.push(m.text());
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  return {
    errors,
    consoleErrors,
    csp,
    problems: () => [
      ...errors.map((e) => `page error: ${e}`),
      ...consoleErrors.map((e) => `console error: ${e}`),
      ...(allowCspViolations ? [] : csp.map((v) => `CSP violation: ${v}`)),
    ],
  };
}

/** Throws if `watcher` saw anything; call after the context is closed. */
export function assertQuiet(watcher) {
  const found = watcher.problems();
  if (found.length) {
    throw new Error(`the page reported ${found.length} problem(s) during the test:\n  ${found.join('\n  ')}`);
  }
}

/** The two ways the app is delivered; every browser test runs against both. */
export const TARGETS = ['served', 'file'];

/**
 * Opens a fresh browser profile on the app. Returns helpers; `close()` tears
 * everything down and then fails the test if a page error, a console error or
 * a CSP violation happened (see `watch`); `offsite` lists every request to
 * anything but the page.
 */
export async function openApp(target, { locale = 'ja-JP', server, allowCspViolations = false } = {}) {
  const url = target === 'file' ? pathToFileURL(htmlPath).href : server.url;
  const profile = mkdtempSync(path.join(tmpdir(), 'mamori-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale,
    acceptDownloads: true,
  });
  const offsite = [];
  // The page itself, and in-page blob:/data: URLs (downloads the app creates
  // from memory) are not network requests; anything else is.
  const allowed = (u) => u === url || u.split('#')[0] === url || u.startsWith('blob:') || u.startsWith('data:');
  context.on('request', (req) => {
    if (!allowed(req.url())) offsite.push(`${req.method()} ${req.url()}`);
  });
  const watcher = await watch(context, { allowCspViolations });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await waitReady(page);
  return {
    page, context, url, offsite, errors: watcher.errors, csp: watcher.csp, consoleErrors: watcher.consoleErrors,
    async reload() { await page.reload(); await waitReady(page); },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      assertQuiet(watcher);
    },
  };
}

export async function waitReady(page) {
  await page.waitForSelector('html[data-app-ready="true"]', { timeout: 15000 });
}
