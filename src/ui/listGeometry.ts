// Where the rows of a long list in groups sit, and which of them meet the view: the entity list
// puts only those in the DOM, with spacers standing in for the rest. Positions are in px from
// the top of the scrolled content.

export interface ListGeometry {
  rowHeight: number;
  /** A group's title, above its rows, stuck to the top of the view while they scroll under it. */
  titleHeight: number;
}

export interface GroupLayout {
  /** Where each group's title starts; an empty group takes no room. */
  tops: number[];
  /** Where the last group ends. */
  end: number;
}

export function layoutGroups(
  counts: readonly number[],
  geometry: ListGeometry,
  start: number,
): GroupLayout {
  const tops: number[] = [];
  let end = start;
  for (const count of counts) {
    tops.push(end);
    if (count > 0) end += geometry.titleHeight + count * geometry.rowHeight;
  }
  return { tops, end };
}

export function rowTop(groupTop: number, index: number, geometry: ListGeometry): number {
  return groupTop + geometry.titleHeight + index * geometry.rowHeight;
}

/** The rows [from, to) of a group whose title is at `groupTop` that meet [viewTop, viewBottom). */
export function rowsMeeting(
  groupTop: number,
  count: number,
  viewTop: number,
  viewBottom: number,
  geometry: ListGeometry,
): { from: number; to: number } {
  const first = rowTop(groupTop, 0, geometry);
  const clamp = (index: number) => Math.max(0, Math.min(count, index));
  const from = clamp(Math.floor((viewTop - first) / geometry.rowHeight));
  const to = clamp(Math.ceil((viewBottom - first) / geometry.rowHeight));
  return { from, to: Math.max(from, to) };
}

/**
 * The scroll position that shows a row whole, below the `covered` px at the top of the view (the
 * stuck title) and above its bottom edge, moving as little as it can; null when it already is.
 */
export function scrollToShow(
  top: number,
  view: { scrollTop: number; height: number; covered: number },
  rowHeight: number,
): number | null {
  const highest = top - view.covered;
  if (view.scrollTop > highest) return highest;
  const lowest = top + rowHeight - view.height;
  if (view.scrollTop < lowest) return lowest;
  return null;
}
