// The frame of an article: headline, dateline and sentences, and the date its lead gives.
import type { DayMonth } from './dates';
import { findEventDates, readDateline } from './dates';
import type { Sentence } from './sentences';
import { lines, readTitle, splitSentences } from './sentences';

export interface ArticleFrame {
  title: Sentence | null;
  published: DayMonth | null;
  sentences: Sentence[];
  /** The first event date of the lead ("Chiều 19/8"). */
  lead: DayMonth | null;
}

/** How far below the headline a dateline may stand. */
const DATELINE_LINES = 4;
/** How many sentences make the lead, where the event's date is given. */
const LEAD_SENTENCES = 4;

/** The dateline: the first non-empty line when it is only a date, else one under the headline. */
function findDateline(text: string): { line: number; date: DayMonth; above: boolean } | null {
  const filled = lines(text).filter((l) => l.text.trim() !== '');
  const top = filled.at(0);
  const leading = top && readDateline(top.text);
  if (top && leading) return { line: top.index, date: leading, above: true };
  for (const line of filled.slice(1, DATELINE_LINES + 1)) {
    const date = readDateline(line.text);
    if (date) return { line: line.index, date, above: false };
  }
  return null;
}

export function readFrame(text: string): ArticleFrame {
  const dateline = findDateline(text);
  // A page that prints its date above the headline: the headline is the next line.
  const title = readTitle(text, dateline?.above ? dateline.line : -1);
  const published = dateline?.date ?? null;
  const sentences = splitSentences(text, new Set(dateline ? [dateline.line] : []));
  const lead =
    sentences
      .slice(0, LEAD_SENTENCES)
      .flatMap((s) => findEventDates(s.text, s.start))
      .at(0) ?? null;
  return { title, published, sentences, lead };
}
