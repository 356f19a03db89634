// Launches the system Chromium on a persistent profile, so a test can close the browser and
// relaunch it on the same IndexedDB to prove that the workspace survived.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from './server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// No GPU, no network chatter and no sync: the tests must behave the same on a bare CI box.
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = resolve(REPO_ROOT, 'test-results/screenshots');

// How long a polite close may take before the profile's processes are killed.
const CLOSE_TIMEOUT_MS = 10_000;

export interface LaunchOptions {
  /** Navigate here once the browser is up. */
  url?: string;
  /** Reuse this profile (to relaunch); otherwise a fresh one is made and removed on close. */
  userDataDir?: string;
  /**
   * Lets the page open WebRTC connections over loopback: Chromium gathers no ICE candidate on
   * 127.0.0.1 without the flag, and none at all without the camera and microphone grant.
   * Only inside the loopback-only namespace the tests run in (tests/loopback.mjs).
   */
  webrtc?: boolean;
}

export interface App {
  context: BrowserContext;
  page: Page;
  userDataDir: string;
  url: string | undefined;
  webrtc: boolean;
  /** Console errors and uncaught page errors, in order; a healthy run leaves it empty. */
  errors: string[];
  /** Closes the browser, kills what is left of it, and removes a profile this harness made. */
  close(): Promise<void>;
}

interface AppState {
  ownsProfile: boolean;
  closed: boolean;
}
const states = new WeakMap<App, AppState>();

export async function launchApp(options: LaunchOptions = {}): Promise<App> {
  const ownsProfile = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'concord-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      // Playwright adds --headless itself from this option; passing it twice is harmless but noisy.
      headless: true,
      args: [
        ...CHROMIUM_FLAGS.filter((flag) => flag !== '--headless'),
        ...(options.webrtc ? ['--allow-loopback-in-peer-connection'] : []),
      ],
      permissions: options.webrtc ? ['camera', 'microphone'] : [],
      viewport: { width: 1280, height: 800 },
    });
  } catch (error) {
    if (ownsProfile) removeProfile(userDataDir);
    throw error;
  }
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      errors.push(`console: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.stack ?? error.message}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);

  const page = context.pages()[0] ?? (await context.newPage());
  const app: App = {
    context,
    page,
    userDataDir,
    url: options.url,
    webrtc: options.webrtc ?? false,
    errors,
    close: () => closeApp(app, false),
  };
  states.set(app, { ownsProfile, closed: false });
  try {
    if (options.url) await page.goto(options.url);
  } catch (error) {
    // The caller never receives this app, so nobody else could close it.
    await app.close();
    throw error;
  }
  return app;
}

/** Closes the browser but keeps its profile, then launches again on it at the same URL. */
export async function relaunch(app: App, url = app.url): Promise<App> {
  const ownsProfile = states.get(app)?.ownsProfile ?? false;
  await closeApp(app, true);
  let next: App;
  try {
    next = await launchApp({ userDataDir: app.userDataDir, url, webrtc: app.webrtc });
  } catch (error) {
    if (ownsProfile) removeProfile(app.userDataDir);
    throw error;
  }
  // The new app inherits the duty to remove the scratch profile.
  states.set(next, { ownsProfile, closed: false });
  return next;
}

/**
 * Kills the browser and its helpers with SIGKILL, as a crash would (no page handler runs, nothing
 * is flushed on the way out), then launches again on the same profile. Answers how many processes
 * were killed alongside the new app, so a test can tell that there was a browser to kill.
 */
export async function killAndRelaunch(
  app: App,
  url = app.url,
): Promise<{ app: App; killed: number }> {
  const killed = killProfileProcesses(app.userDataDir);
  return { app: await relaunch(app, url), killed };
}

/** Saves a full-page PNG to test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

async function closeApp(app: App, keepProfile: boolean): Promise<void> {
  const state = states.get(app);
  if (!state || state.closed) return;
  state.closed = true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((done) => {
    timer = setTimeout(done, CLOSE_TIMEOUT_MS);
  });
  await Promise.race([app.context.close().catch(() => undefined), timeout]);
  clearTimeout(timer);
  // A hung or crashed browser can leave renderers behind that still hold the profile's lock,
  // which would break a relaunch on it; they are found by the unique profile path.
  killProfileProcesses(app.userDataDir);
  if (state.ownsProfile && !keepProfile) removeProfile(app.userDataDir);
}

/** Answers how many process groups (or lone processes) were sent SIGKILL. */
function killProfileProcesses(userDataDir: string): number {
  if (process.platform !== 'linux') return 0;
  let killed = 0;
  // Only the browser's main process carries the exact flag; its helpers share its process group
  // because Playwright starts it detached, so killing the group takes the renderers too.
  const marker = `--user-data-dir=${userDataDir}`;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(marker)) continue;
      // The stat line is "pid (comm) state ppid pgrp …"; comm may hold spaces, so split after ')'.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      process.kill(pgrp === pid ? -pid : pid, 'SIGKILL');
      killed += 1;
    } catch {
      // The process ended while we looked.
    }
  }
  return killed;
}

function removeProfile(userDataDir: string): void {
  rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
}
