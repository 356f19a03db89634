// The geometry of the windowed entity list: where groups and rows sit, which rows meet the view,
// and how far to scroll to show a row whole under the stuck title.
import { describe, expect, it } from 'vitest';
import { layoutGroups, rowsMeeting, rowTop, scrollToShow } from '../../../src/ui/listGeometry';

const GEOMETRY = { rowHeight: 30, titleHeight: 32 };

describe('listGeometry', () => {
  it('lays groups out one after another, empty ones taking no room', () => {
    expect(layoutGroups([3, 0, 2], GEOMETRY, 4)).toEqual({
      tops: [4, 4 + 32 + 90, 4 + 32 + 90],
      end: 4 + 32 + 90 + 32 + 60,
    });
    expect(rowTop(126, 1, GEOMETRY)).toBe(126 + 32 + 30);
  });

  it('finds the rows that meet the view, none when the group is off screen', () => {
    // Rows start at 32: row 3 spans [122, 152), row 6 spans [212, 242).
    expect(rowsMeeting(0, 100, 130, 220, GEOMETRY)).toEqual({ from: 3, to: 7 });
    expect(rowsMeeting(0, 100, -500, 10, GEOMETRY)).toEqual({ from: 0, to: 0 });
    expect(rowsMeeting(0, 5, 1000, 2000, GEOMETRY)).toEqual({ from: 5, to: 5 });
    expect(rowsMeeting(0, 5, 0, 2000, GEOMETRY)).toEqual({ from: 0, to: 5 });
  });

  it('scrolls as little as it can to show a row whole below the stuck title', () => {
    const view = { scrollTop: 1000, height: 300, covered: 36 };
    expect(scrollToShow(1100, view, 30)).toBeNull();
    // Above the view, or under the title: the row comes just below the title.
    expect(scrollToShow(1020, view, 30)).toBe(1020 - 36);
    // Below the view: the row comes to its bottom edge.
    expect(scrollToShow(1290, view, 30)).toBe(1290 + 30 - 300);
  });
});
