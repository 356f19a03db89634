// The entity list as a user meets it in a large workspace: a window of rows, later rows as it
// scrolls, counts per type, the filter and the sort, a selection made on the graph scrolled
// into view, and the rows reached and moved through with the keyboard. jsdom lays nothing out,
// so the list's scroll box is given a height and its scroll position is set by hand.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import * as Y from 'yjs';
import { createSearchIndex, type EntityType } from '../../../src/model';
import { addEntity, createProjection, updateEntity } from '../../../src/store';
import { EntityList } from '../../../src/ui/EntityList';

const VIEW_HEIGHT = 600;
const ROW_HEIGHT = 29.59375;

let dispose: (() => void) | undefined;
beforeEach(() => {
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('entity-groups') ? VIEW_HEIGHT : 0;
  });
});
afterEach(() => {
  dispose?.();
  dispose = undefined;
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/**
 * "Người 0" … "Người 9999": the numeric collation keeps them in number order. Resolves once the
 * list is sorted: a list this long is sorted in slices after it first shows.
 */
async function mount(counts: Partial<Record<EntityType, number>>) {
  const doc = new Y.Doc();
  const ids: Record<string, string> = {};
  doc.transact(() => {
    for (const [type, count] of Object.entries(counts) as [EntityType, number][]) {
      for (let i = 0; i < count; i++) {
        const name = `${type === 'person' ? 'Người' : type} ${i}`;
        const added = addEntity(doc, type, { name, aliases: i === 7 ? ['Bí danh Đặc biệt'] : [] });
        if (added.ok) ids[name] = added.value;
      }
    }
  });
  const projection = createProjection(doc);
  // As the workspace session keeps it.
  const search = createSearchIndex(Object.values(projection.state.entities));
  projection.onDiff(({ upsertedEntities, removedEntities }) => {
    for (const id of [...upsertedEntities, ...removedEntities])
      search.put(id, projection.state.entities[id] ?? null);
  });
  const [selection, setSelection] = createSignal<string[]>([]);
  const onPick = vi.fn<(id: string) => void>();
  const onToggle = vi.fn<(id: string) => void>();
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(
    () => (
      <EntityList
        projection={projection}
        search={search}
        selection={selection()}
        onPick={onPick}
        onToggle={onToggle}
      />
    ),
    root,
  );
  const scroller = root.querySelector<HTMLElement>('.entity-groups')!;
  const rows = () => [...root.querySelectorAll<HTMLElement>('[data-testid="list.item"]')];
  const names = () => rows().map((row) => row.textContent);
  const count = (type: EntityType) =>
    root.querySelector(`[data-testid="list.count.${type}"]`)?.textContent ?? null;
  const scrollTo = (top: number) => {
    scroller.scrollTop = top;
    scroller.dispatchEvent(new Event('scroll'));
  };
  const filter = (text: string) => {
    const input = root.querySelector<HTMLInputElement>('[data-testid="list.filter"]')!;
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const press = (key: string) =>
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  const focused = () => (document.activeElement as HTMLElement).textContent;
  const row = (name: string) => rows().find((r) => r.textContent === name);
  const sorting = root.querySelector('[data-testid="list.empty"]')?.textContent ?? null;
  await vi.waitFor(() => expect(rows().length).toBeGreaterThan(0));
  return {
    sorting,
    ...{ doc, ids, root, scroller, rows, row, names, count },
    ...{ scrollTo, filter, press, focused, setSelection, onPick, onToggle },
  };
}

describe('EntityList', () => {
  it('draws only the rows in and near the view, out of 10k, and says how many there are', async () => {
    const { rows, names, count, scroller, sorting } = await mount({ person: 10_000 });
    // Until then, the list says what it is doing.
    expect(sorting).toBe('Putting 10,000 names in order…');
    expect(count('person')).toBe('10,000');
    expect(rows().length).toBeGreaterThan(VIEW_HEIGHT / ROW_HEIGHT);
    expect(rows().length).toBeLessThan(60);
    expect(names().slice(0, 3)).toEqual(['Người 0', 'Người 1', 'Người 2']);
    expect(rows()[0].getAttribute('aria-setsize')).toBe('10000');
    expect(rows()[0].getAttribute('aria-posinset')).toBe('1');
    // The spacers keep the full height, so the scroll bar tells how long the list is.
    const spacers = [...scroller.querySelectorAll<HTMLElement>('.entity-group > div[style]')];
    const height = spacers.reduce((sum, s) => sum + parseFloat(s.style.height), 0);
    expect(height + rows().length * ROW_HEIGHT).toBeCloseTo(10_000 * ROW_HEIGHT, 3);
  });

  it('shows later rows as it scrolls, and the counts of groups scrolled away', async () => {
    const { rows, names, count, scrollTo } = await mount({ person: 10_000, org: 20, theme: 3 });
    scrollTo(32 + 5000 * ROW_HEIGHT);
    expect(names()).toContain('Người 5000');
    expect(names()).toContain('Người 5010');
    expect(names()).not.toContain('Người 0');
    const row = rows().find((r) => r.textContent === 'Người 5000')!;
    expect(row.getAttribute('aria-posinset')).toBe('5001');
    expect([count('person'), count('org'), count('theme'), count('agreement')]).toEqual([
      '10,000',
      '20',
      '3',
      null,
    ]);
    // At the end: the last people, then every organisation and theme.
    scrollTo(10_100 * ROW_HEIGHT);
    expect(names()).toContain('Người 9999');
    expect(names().slice(-3)).toEqual(['theme 0', 'theme 1', 'theme 2']);
  });

  it('filters without diacritics, on aliases too, and sorts Z to A', async () => {
    const { root, names, count, filter } = await mount({ person: 10_000, org: 12 });
    filter('nguoi 999');
    expect(names()).toEqual([
      'Người 999',
      ...Array.from({ length: 10 }, (_, i) => `Người 999${i}`),
    ]);
    expect(count('person')).toBe('11');
    expect(count('org')).toBeNull();
    filter('bi danh dac biet');
    expect(names()).toEqual(['Người 7', 'org 7']);
    filter('zzz');
    expect(names()).toEqual([]);
    expect(root.querySelector('.list-empty')?.textContent).toBe('Nothing matches this filter.');
    filter('');
    root.querySelector<HTMLButtonElement>('[data-testid="list.sort"]')!.click();
    expect(names().slice(0, 2)).toEqual(['Người 9999', 'Người 9998']);
    expect(count('person')).toBe('10,000');
  });

  it('follows edits without drawing the other rows again', async () => {
    const { doc, ids, rows, names } = await mount({ person: 10_000 });
    const kept = rows().find((r) => r.textContent === 'Người 1')!;
    updateEntity(doc, ids['Người 9000'], { name: 'Người 0,5' });
    expect(names().slice(0, 3)).toEqual(['Người 0', 'Người 0,5', 'Người 1']);
    expect(kept.isConnected).toBe(true);
    expect(rows().find((r) => r.textContent === 'Người 1')).toBe(kept);
  });

  it('scrolls a selection made elsewhere into view, below the stuck title', async () => {
    const { ids, scroller, row, setSelection } = await mount({ person: 10_000 });
    setSelection([ids['Người 4242']]);
    // Its bottom edge comes to the bottom of the view.
    expect(scroller.scrollTop).toBeCloseTo(32 + 4243 * ROW_HEIGHT - VIEW_HEIGHT, 6);
    expect(row('Người 4242')?.classList.contains('selected')).toBe(true);
    expect(row('Người 4242')?.getAttribute('aria-selected')).toBe('true');
    // Upwards, it comes just below the title stuck at the top.
    setSelection([ids['Người 100']]);
    expect(scroller.scrollTop).toBeCloseTo(100 * ROW_HEIGHT, 6);
    // A row already in view does not move the list.
    setSelection([ids['Người 105']]);
    expect(scroller.scrollTop).toBeCloseTo(100 * ROW_HEIGHT, 6);
  });

  it('takes one Tab stop; arrows, Home and End move the focus and scroll to it', async () => {
    const { rows, row, scroller, press, focused, onPick } = await mount({ person: 10_000, org: 2 });
    const tabStops = rows().filter((r) => r.tabIndex === 0);
    expect(tabStops.map((r) => r.textContent)).toEqual(['Người 0']);
    tabStops[0].focus();
    press('ArrowDown');
    press('ArrowDown');
    expect(focused()).toBe('Người 2');
    press('ArrowUp');
    expect(focused()).toBe('Người 1');
    expect(rows().filter((r) => r.tabIndex === 0)).toEqual([row('Người 1')]);
    for (let i = 0; i < 40; i++) press('ArrowDown');
    expect(focused()).toBe('Người 41');
    expect(scroller.scrollTop).toBeGreaterThan(0);
    // Across groups, and stopping at the end.
    press('End');
    expect(focused()).toBe('org 1');
    press('ArrowUp');
    press('ArrowUp');
    expect(focused()).toBe('Người 9999');
    press('Home');
    press('ArrowUp');
    expect(focused()).toBe('Người 0');
    expect(scroller.scrollTop).toBe(0);
    // Enter on a button is a click: it picks the entity.
    expect(document.activeElement?.tagName).toBe('BUTTON');
    (document.activeElement as HTMLElement).click();
    expect(onPick).toHaveBeenCalledWith(row('Người 0')?.dataset.entityId);
  });

  it('Ctrl or ⌘ with a click, Enter or Space toggles the entity instead of picking it', async () => {
    const { row, onPick, onToggle } = await mount({ person: 4 });
    const click = (name: string, init: MouseEventInit) =>
      row(name)!.dispatchEvent(new MouseEvent('click', { bubbles: true, ...init }));
    const key = (name: string, init: KeyboardEventInit) =>
      row(name)!.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));
    click('Người 1', { ctrlKey: true });
    click('Người 2', { metaKey: true });
    key('Người 3', { key: 'Enter', ctrlKey: true });
    key('Người 0', { key: ' ', metaKey: true });
    expect(onToggle.mock.calls.map(([id]) => id)).toEqual(
      ['Người 1', 'Người 2', 'Người 3', 'Người 0'].map((name) => row(name)?.dataset.entityId),
    );
    expect(onPick).not.toHaveBeenCalled();
  });

  it('keeps the keyboard in the list when the focused row scrolls out of the DOM', async () => {
    const { root, row, scrollTo, press, focused } = await mount({ person: 10_000 });
    row('Người 3')!.focus();
    scrollTo(5000 * ROW_HEIGHT);
    expect(document.activeElement).toBe(root.querySelector('[role="listbox"]'));
    press('ArrowDown');
    expect(focused()).toBe('Người 4');
  });
});
