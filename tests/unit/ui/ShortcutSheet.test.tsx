// The shortcut sheet as a keyboard user meets it: "?" opens it outside text fields, it lists the
// keys the handler really answers to, Escape closes it and the focus goes back where it was.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSignal, Show } from 'solid-js';
import { render } from 'solid-js/web';
import { setLocale } from '../../../src/i18n';
import { ShortcutSheet } from '../../../src/ui/ShortcutSheet';
import { handleShortcut, SHORTCUT_GROUPS, type ShortcutActions } from '../../../src/ui/shortcuts';

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function mount() {
  const [open, setOpen] = createSignal(false);
  const root = document.createElement('div');
  document.body.append(root);
  const onKeyDown = (event: KeyboardEvent) =>
    handleShortcut(event, { ...noActions(), showShortcuts: () => setOpen(true) });
  document.addEventListener('keydown', onKeyDown);
  const stop = render(
    () => (
      <>
        <button data-testid="opener">Graph</button>
        <input data-testid="field" />
        <Show when={open()}>
          <ShortcutSheet onClose={() => setOpen(false)} />
        </Show>
      </>
    ),
    root,
  );
  dispose = () => (stop(), document.removeEventListener('keydown', onKeyDown));
  const byId = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  return { byId, open };
}

function noActions(): ShortcutActions {
  return {
    undo: vi.fn(),
    redo: vi.fn(),
    deleteSelection: vi.fn(),
    escape: vi.fn(),
    search: vi.fn(),
    showShortcuts: vi.fn(),
  };
}

function press(target: Element, key: string, init: KeyboardEventInit = {}) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
}

describe('ShortcutSheet', () => {
  it('opens on "?", lists the shortcuts, closes on Escape and gives the focus back', async () => {
    const { byId, open } = mount();
    const opener = byId('opener')!;
    opener.focus();
    press(opener, '?', { shiftKey: true });
    expect(open()).toBe(true);
    const dialog = byId('shortcuts.dialog')!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.getAttribute('aria-label')).toBe('Keyboard shortcuts');
    const rows = [...dialog.querySelectorAll('[data-testid="shortcuts.item"]')].map((row) =>
      row.textContent?.replace(/\s+/g, ' '),
    );
    expect(rows).toContain('Ctrl+K or /Search names and aliases');
    expect(rows).toContain('Ctrl+Shift+Z or Ctrl+YRedo');
    expect(rows).toContain('Delete or BackspaceDelete the selection and its relations');
    expect(rows).toContain('Home or EndFirst or last entity');
    await settle();
    expect(document.activeElement).toBe(byId('shortcuts.close'));

    press(document.activeElement!, 'Escape');
    expect(open()).toBe(false);
    await settle();
    expect(document.activeElement).toBe(opener);
  });

  it('follows the language the reader switches to while it is open', () => {
    const { byId } = mount();
    press(byId('opener')!, '?');
    try {
      setLocale('vi');
      const dialog = byId('shortcuts.dialog')!;
      expect(dialog.getAttribute('aria-label')).toBe('Phím tắt');
      const rows = [...dialog.querySelectorAll('[data-testid="shortcuts.item"]')].map((row) =>
        row.textContent?.replace(/\s+/g, ' '),
      );
      expect(rows).toContain('Ctrl+K hoặc /Tìm kiếm tên và tên gọi khác');
      expect(rows).toContain('Shift+kéoKéo từ nút này sang nút khác để nối chúng');
    } finally {
      setLocale('en');
    }
    expect(byId('shortcuts.dialog')!.getAttribute('aria-label')).toBe('Keyboard shortcuts');
  });

  it('leaves "?" to a text field', () => {
    const { byId, open } = mount();
    press(byId('field')!, '?', { shiftKey: true });
    expect(open()).toBe(false);
  });

  it('the sheet lists exactly what the workspace handler answers to', () => {
    // Each listed way of pressing a workspace shortcut runs one action, and only one.
    const named: Record<string, keyof ShortcutActions> = {
      'app.shortcuts.search': 'search',
      'app.shortcuts.undo': 'undo',
      'app.shortcuts.redo': 'redo',
      'app.shortcuts.delete': 'deleteSelection',
      'app.shortcuts.escape': 'escape',
      'app.shortcuts.show': 'showShortcuts',
    };
    const KEY_NAMES: Record<string, string> = { Esc: 'Escape' };
    const workspace = SHORTCUT_GROUPS[0].shortcuts;
    expect(workspace.map((s) => s.does.key).sort()).toEqual(Object.keys(named).sort());
    for (const shortcut of workspace) {
      for (const combo of shortcut.keys) {
        const actions = noActions();
        // The workspace's shortcuts are all keys, written as their caps read.
        const key = combo[combo.length - 1] as string;
        expect(typeof key).toBe('string');
        const target = document.createElement('div');
        document.body.append(target);
        target.addEventListener('keydown', (e) => handleShortcut(e, actions));
        // A letter arrives lower case unless Shift is held; named keys arrive as named.
        const letter = /^[A-Z]$/.test(key) && !combo.includes('Shift') ? key.toLowerCase() : key;
        press(target, KEY_NAMES[key] ?? letter, {
          ctrlKey: combo.includes('Ctrl'),
          shiftKey: combo.includes('Shift'),
        });
        const ran = Object.entries(actions)
          .filter(([, fn]) => (fn as ReturnType<typeof vi.fn>).mock.calls.length > 0)
          .map(([name]) => name);
        expect(ran, combo.join('+')).toEqual([named[shortcut.does.key]]);
      }
    }
  });

  it('answers nothing while a dialog is open: the dialog owns the keyboard', () => {
    const actions = noActions();
    const dialog = document.createElement('div');
    dialog.setAttribute('aria-modal', 'true');
    document.body.append(dialog);
    const target = document.createElement('button');
    document.body.append(target);
    target.addEventListener('keydown', (e) => handleShortcut(e, actions));
    press(target, 'Delete');
    press(target, '?');
    expect(actions.deleteSelection).not.toHaveBeenCalled();
    expect(actions.showShortcuts).not.toHaveBeenCalled();
  });
});

describe('a modal dialog', () => {
  it('keeps Tab and Shift+Tab inside it', async () => {
    const { byId } = mount();
    press(byId('opener')!, '?');
    await settle();
    const dialog = byId('shortcuts.dialog')!;
    const close = byId('shortcuts.close')!;
    expect(document.activeElement).toBe(close);
    // The Close button is the only control: Tab and Shift+Tab stay on it.
    const tab = (shiftKey: boolean) => {
      const event = new KeyboardEvent('keydown', {
        key: 'Tab',
        shiftKey,
        bubbles: true,
        cancelable: true,
      });
      document.activeElement!.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(tab(false)).toBe(true);
    expect(document.activeElement).toBe(close);
    dialog.focus();
    expect(tab(true)).toBe(true);
    expect(document.activeElement).toBe(close);
  });
});
