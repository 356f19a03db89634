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

export function readFrame(text: string): ArticleFrame {
  const title = readTitle(text);
  const skip = new Set<number>();
  let published: DayMonth | null = null;
  const below = lines(text).filter((l) => l.index > (title?.line ?? -1) && l.text.trim() !== '');
  for (const line of below.slice(0, DATELINE_LINES)) {
    const date = readDateline(line.text);
    if (date) {
      published = date;
      skip.add(line.index);
      break;
    }
  }
  const sentences = splitSentences(text, skip);
  const lead =
    sentences
      .slice(0, LEAD_SENTENCES)
      .flatMap((s) => findEventDates(s.text, s.start))
      .at(0) ?? null;
  return { title, published, sentences, lead };
}
