// Registers the service worker of the served build and offers a new version once it is installed
// and waiting. The page reloads only when the user says so, never in the middle of an edit.
import { createSignal, type Accessor } from 'solid-js';
import { registerSW } from 'virtual:pwa-register';

export type RegisterServiceWorker = typeof registerSW;

export interface AppUpdate {
  /** True while a new version is installed and waits for this tab to let it take over. */
  ready: Accessor<boolean>;
  /** Lets the waiting version take over, then reloads the page into it. */
  apply(): Promise<void>;
  destroy(): void;
}

export interface AppUpdateOptions {
  register?: RegisterServiceWorker;
  /** Where the page hears that the new version took over. */
  container?: Pick<ServiceWorkerContainer, 'addEventListener'> | undefined;
  reload?(): void;
}

// A tab left open for days still hears of a new version; the browser checks on every load too.
const CHECK_EVERY_MS = 60 * 60 * 1000;

/** Without a service worker (dev server, the one-file build) `ready` simply never turns true. */
export function createAppUpdate({
  register = registerSW,
  container = globalThis.navigator?.serviceWorker,
  reload = () => window.location.reload(),
}: AppUpdateOptions = {}): AppUpdate {
  const [ready, setReady] = createSignal(false);
  let timer: ReturnType<typeof setInterval> | undefined;
  const update = register({
    onNeedRefresh: () => setReady(true),
    // Workbox reloads by itself only a tab that was controlled when it loaded, not one first
    // claimed during this visit; apply() reloads in both cases.
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      // Offline, the check fails; the next one, or the next load, tries again.
      timer = setInterval(() => registration.update().catch(() => undefined), CHECK_EVERY_MS);
    },
  });
  return {
    ready,
    apply: async () => {
      container?.addEventListener('controllerchange', () => reload(), { once: true });
      await update(true);
    },
    destroy: () => clearInterval(timer),
  };
}
