// The update offer with a fake registration: nothing until a new version waits; Reload tells it to
// take over and reloads once it has; the hourly check runs and shrugs off a failure when offline.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppUpdate, type RegisterServiceWorker } from '../../../src/app/appUpdate';

type Options = NonNullable<Parameters<RegisterServiceWorker>[0]>;

function fakeWorker() {
  let options: Options = {};
  const skipWaiting = vi.fn(async () => undefined);
  const register: RegisterServiceWorker = (given) => {
    options = given ?? {};
    return skipWaiting;
  };
  const container = new EventTarget();
  const reload = vi.fn();
  const update = createAppUpdate({ register, container, reload });
  return { update, options: () => options, skipWaiting, container, reload };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createAppUpdate', () => {
  it('offers nothing until a new version is installed and waiting', () => {
    const { update, options } = fakeWorker();
    expect(update.ready()).toBe(false);
    options().onNeedRefresh?.();
    expect(update.ready()).toBe(true);
  });

  it('never reloads by itself; Reload lets the new version take over, then reloads once', async () => {
    const { update, options, skipWaiting, container, reload } = fakeWorker();
    options().onNeedRefresh?.();
    // Workbox's own reload is replaced: it would skip a tab claimed during this visit.
    options().onNeedReload?.();
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).not.toHaveBeenCalled();

    await update.apply();
    expect(skipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('checks for a new version hourly, and a failed check (offline) is no error', async () => {
    vi.useFakeTimers();
    const { update, options } = fakeWorker();
    const check = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));
    options().onRegisteredSW?.('./sw.js', {
      update: check,
    } as unknown as ServiceWorkerRegistration);
    await vi.advanceTimersByTimeAsync(59 * 60 * 1000);
    expect(check).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(60 * 1000);
    expect(check).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(check).toHaveBeenCalledTimes(2);
    update.destroy();
    await vi.advanceTimersByTimeAsync(2 * 60 * 60 * 1000);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it('does nothing without a service worker (the dev server and the one-file build)', () => {
    const update = createAppUpdate({ register: () => async () => undefined, container: undefined });
    expect(update.ready()).toBe(false);
    expect(() => update.destroy()).not.toThrow();
  });
});
