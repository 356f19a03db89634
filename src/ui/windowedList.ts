// The part of a long list in groups that is drawn: the scroll position and the size of the view,
// the rows that meet it, scrolling a row into view, and the one row in the Tab order. The rows of
// `windows` go in the DOM; spacers before and after them keep the list its full height.
import { createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';
import { layoutGroups, rowsMeeting, rowTop, scrollToShow, type ListGeometry } from './listGeometry';

export interface GroupWindow<T> {
  /** The index in its group of the first row drawn. */
  from: number;
  rows: readonly T[];
}

export interface WindowedList<T> {
  /** Per group, the rows drawn. */
  windows: Accessor<GroupWindow<T>[]>;
  /** The row in the Tab order: the keyboard's row if it is drawn, or else the first in view. */
  tabStop: Accessor<string | null>;
  /** The row the keyboard is on. */
  active: Accessor<string | null>;
  setActive(id: string): void;
  /** To call once the scroll box is mounted: it is measured then and when it resizes. */
  attach(scroller: HTMLElement): void;
  /** Scrolls to the row unless it is in view already; false when the list does not show it. */
  reveal(id: string): boolean;
  /** The row `steps` rows away from `id` (or from the top), across groups; the ends stop it. */
  rowAway(id: string | null, steps: number): T | null;
}

export function createWindowedList<T extends { id: string }>(options: {
  groups: Accessor<(readonly T[])[]>;
  geometry: ListGeometry;
  /** How far beyond each edge of the view rows are drawn, so a quick scroll finds them there. */
  overscan: number;
}): WindowedList<T> {
  const { groups, geometry, overscan } = options;
  let scroller: HTMLElement | undefined;
  const [scrollTop, setScrollTop] = createSignal(0);
  const [frame, setFrame] = createSignal({ padding: 0, height: 0 });
  const [active, setActive] = createSignal<string | null>(null);

  const layout = createMemo(() =>
    layoutGroups(
      groups().map((rows) => rows.length),
      geometry,
      frame().padding,
    ),
  );
  /** The title stuck at the top of the view hides what scrolls under it. */
  const covered = () => frame().padding + geometry.titleHeight;
  const drawn = createMemo(() => {
    const { height } = frame();
    // A filter can shorten the list under the scroll position before the browser clamps it.
    const top = Math.min(scrollTop(), Math.max(0, layout().end - height));
    return groups().map((rows, g) => {
      const groupTop = layout().tops[g];
      const viewTop = top - overscan;
      const { from, to } = rowsMeeting(
        groupTop,
        rows.length,
        viewTop,
        top + height + overscan,
        geometry,
      );
      return { groupTop, from, rows: rows.slice(from, to) };
    });
  });

  const tabStop = createMemo(() => {
    const wanted = active();
    if (drawn().some(({ rows }) => rows.some((row) => row.id === wanted))) return wanted;
    const firstInView = scrollTop() + covered();
    for (const { groupTop, from, rows } of drawn()) {
      const index = rows.findIndex((_, i) => rowTop(groupTop, from + i, geometry) >= firstInView);
      if (index >= 0) return rows[index].id;
    }
    return null;
  });

  /** The row's group and index in it; null when the list does not show it. */
  const locate = (id: string) => {
    for (const [g, rows] of groups().entries()) {
      const index = rows.findIndex((row) => row.id === id);
      if (index >= 0) return { g, index };
    }
    return null;
  };

  const reveal = (id: string) => {
    const at = locate(id);
    if (!at) return false;
    const top = rowTop(layout().tops[at.g], at.index, geometry);
    const view = { scrollTop: scrollTop(), height: frame().height, covered: covered() };
    const target = scrollToShow(top, view, geometry.rowHeight);
    if (target !== null && scroller) {
      scroller.scrollTop = target;
      // Drawn now rather than at the scroll event, so that the row can be focused at once.
      setScrollTop(target);
    }
    return true;
  };

  const rowAway = (id: string | null, steps: number): T | null => {
    const lists = groups();
    const total = lists.reduce((n, rows) => n + rows.length, 0);
    const at = id === null ? null : locate(id);
    const before = at ? lists.slice(0, at.g).reduce((n, rows) => n + rows.length, 0) : 0;
    let index = Math.max(0, Math.min(total - 1, (at ? before + at.index : -1) + steps));
    for (const rows of lists) {
      if (index < rows.length) return rows[index];
      index -= rows.length;
    }
    return null;
  };

  const attach = (element: HTMLElement) => {
    scroller = element;
    const measure = () =>
      setFrame({
        padding: parseFloat(getComputedStyle(element).paddingTop) || 0,
        height: element.clientHeight,
      });
    const onScroll = () => setScrollTop(element.scrollTop);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    element.addEventListener('scroll', onScroll, { passive: true });
    onCleanup(() => {
      observer.disconnect();
      element.removeEventListener('scroll', onScroll);
    });
  };

  return {
    windows: drawn,
    tabStop,
    active,
    setActive,
    attach,
    reveal,
    rowAway,
  };
}
