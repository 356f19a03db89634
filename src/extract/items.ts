// The stated number of contents of an instrument: "6 nội dung", "06 nội dung", "gồm 7 nội dung
// chính", and for a quy chế of "3 chương, 14 điều" its 14 articles. A count belongs to the
// instrument its sentence names, or refers back to ("Quy chế ký kết gồm…", "Theo chương trình,
// hai bên… 4 nội dung"), or whose period it repeats ("5 nội dung giai đoạn 2022 - 2026").
import type { AgreementEntity } from './agreements';
import { findPeriods } from './dates';
import { AGREEMENT_WORDS, BACK_REFERENCES } from './lexicon';
import type { SentenceScan } from './scan';

const NUMBER_WORDS = AGREEMENT_WORDS.numberWords as Record<string, number>;
const COUNT = new RegExp(
  `(?<!\\p{L})(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\\s+(${AGREEMENT_WORDS.itemNouns.join('|')})(?!\\p{L})`,
  'giu',
);

interface Count {
  value: number;
  noun: string;
  at: number;
}

function countsIn(scan: SentenceScan): Count[] {
  const counts: Count[] = [];
  for (const match of scan.sentence.text.matchAll(COUNT)) {
    const word = match[1].toLowerCase();
    const value = /^\d+$/u.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (value > 0)
      counts.push({ value, noun: match[2].toLowerCase(), at: scan.sentence.start + match.index });
  }
  return counts;
}

/** How far into a sentence a back reference may stand: "Quy chế gồm…", "Theo chương trình, …". */
const BACK_REFERENCE_REACH = 3;

/** The kind of instrument the sentence opens by referring back to, if it does. */
function backReference(scan: SentenceScan) {
  const { tokens } = scan;
  for (let i = 0; i < Math.min(BACK_REFERENCE_REACH, tokens.length); i++) {
    const back = BACK_REFERENCES.match(tokens, i);
    if (back) return back.value;
    if (tokens[i].kind !== 'word') return null;
  }
  return null;
}

/** The instrument a count in this sentence is about, if one clearly is. */
function targetOf(count: Count, scan: SentenceScan, agreements: readonly AgreementEntity[]) {
  const named = agreements.filter((a) => a.records.some((r) => r.mention.scan === scan));
  if (named.length === 1) return named[0];
  if (named.length > 1) {
    const before = named.filter((a) =>
      a.records.some(
        (r) => r.mention.scan === scan && scan.tokens[r.mention.start].start < count.at,
      ),
    );
    return before.length === 1 ? before[0] : null;
  }
  const back = backReference(scan);
  if (back) {
    const ofKind = agreements.filter((a) => a.kind === back);
    const current = ofKind.filter((a) => a.current);
    if (current.length >= 1) return current[0];
    if (ofKind.length === 1) return ofKind[0];
  }
  const periods = findPeriods(scan.sentence.text);
  const same = agreements.filter((a) =>
    periods.some((p) => a.period && p.from === a.period.from && p.to === a.period.to),
  );
  return same.length === 1 ? same[0] : null;
}

export function assignItems(
  agreements: readonly AgreementEntity[],
  scans: readonly SentenceScan[],
) {
  for (const scan of scans) {
    for (const count of countsIn(scan)) {
      const target = targetOf(count, scan, agreements);
      if (!target) continue;
      // A quy chế counts its articles ("14 điều"), other instruments their contents.
      const articles = count.noun === 'điều';
      if (articles && target.kind !== 'quy chế phối hợp') continue;
      if (target.items === null || articles) target.items = count.value;
    }
  }
}
