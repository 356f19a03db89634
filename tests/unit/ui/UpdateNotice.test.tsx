// The update notice as a user meets it: absent until a new version waits, then a sentence, a
// Reload button that asks once, and Later, which puts it away for this visit.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import { UpdateNotice } from '../../../src/ui/UpdateNotice';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function mount() {
  const [ready, setReady] = createSignal(false);
  const onReload = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(() => <UpdateNotice ready={ready()} onReload={onReload} />, root);
  const byId = (id: string) => root.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`);
  return { setReady, onReload, byId };
}

describe('UpdateNotice', () => {
  it('shows nothing while no new version waits', () => {
    const { byId } = mount();
    expect(byId('update.notice')).toBeNull();
  });

  it('offers the new version, and reloads only when asked', () => {
    const { setReady, onReload, byId } = mount();
    setReady(true);
    expect(byId('update.notice')?.textContent).toContain('A new version of Concord is ready.');
    expect(byId('update.notice')?.getAttribute('role')).toBe('status');
    expect(onReload).not.toHaveBeenCalled();
    byId('update.reload')!.click();
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(byId('update.reload')!.textContent).toBe('Updating…');
    expect(byId('update.reload')!.disabled).toBe(true);
  });

  it('Later puts it away for this visit without reloading', () => {
    const { setReady, onReload, byId } = mount();
    setReady(true);
    byId('update.later')!.click();
    expect(byId('update.notice')).toBeNull();
    expect(onReload).not.toHaveBeenCalled();
  });
});
