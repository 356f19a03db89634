// The time filter: which years an agreement spans, read from its signing date and its period, and
// which entities disappear with the agreements outside the chosen years.
import type { Agreement, Entity } from '../model';
import { AGREEMENT, type Frame } from './frame';
import { NO_TYPE } from './graphIndex';
import type { TimeFilter } from './viewFilters';

/**
 * Years, inclusive. `start` is the earliest of the signing year and periodFrom; `end` is periodTo
 * (widened to a later signing year), or null when the period has no end: an agreement stays in
 * force until its period ends, so one with no end runs from its start onward. Both are null for an
 * undated agreement; a "DD/MM" signing date gives no year.
 */
export interface AgreementTime {
  start: number | null;
  end: number | null;
}

const FULL_DATE = /^(\d{4})-\d{2}-\d{2}$/;

function signedYear(signed: string): number | null {
  const match = FULL_DATE.exec(signed);
  return match ? Number(match[1]) : null;
}

function minKnown(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}

export function agreementTime(a: Agreement): AgreementTime {
  const signed = signedYear(a.signed);
  const start = minKnown(signed, a.periodFrom);
  if (a.periodTo === null) return { start, end: null };
  // A period that ends before its start or its signing (bad data) still covers both.
  const end = Math.max(a.periodTo, signed ?? a.periodTo, a.periodFrom ?? a.periodTo);
  return { start, end };
}

/** The earliest and latest year any agreement mentions, for the slider; null when none has one. */
export function yearBounds(entities: Iterable<Entity>): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (const entity of entities) {
    if (entity.type !== 'agreement') continue;
    for (const year of [signedYear(entity.signed), entity.periodFrom, entity.periodTo]) {
      if (year === null) continue;
      if (year < min) min = year;
      if (year > max) max = year;
    }
  }
  return min === Infinity ? null : { min, max };
}

/**
 * Whether the agreement's years [start ?? end, end ?? +∞] meet the filter's [from, to]. With only
 * an end year known, the agreement is placed in that year; an undated one follows includeUndated.
 */
export function agreementInRange(a: Agreement, t: TimeFilter): boolean {
  const { start, end } = agreementTime(a);
  if (start === null && end === null) return t.includeUndated;
  const low = start ?? (end as number);
  const high = end ?? Infinity;
  return low <= Math.max(t.from, t.to) && high >= Math.min(t.from, t.to);
}

/**
 * The entities the time filter hides, as a mask: agreements outside the range, then every other
 * entity that has at least one relation and whose relations all lead to those agreements (what
 * only they connect). Judged on the whole graph, before any other filter, and once: an entity
 * left with no relation by this does not hide its own neighbours. An agreement in range stays
 * even when it only connects to hidden ones: its own dates decide.
 */
export function timeHiddenMask(frame: Frame, t: TimeFilter): Uint8Array {
  const hidden = new Uint8Array(frame.size);
  const outOfRange: number[] = [];
  for (const { n, record } of frame.agreements) {
    if (agreementInRange(record, t)) continue;
    hidden[n] = 1;
    outOfRange.push(n);
  }
  const { start, incident, from, to } = frame.index;
  const checked = new Uint8Array(frame.size);
  const orphans: number[] = [];
  for (const agreement of outOfRange) {
    if (agreement >= frame.index.ids.length) continue;
    for (let p = start[agreement]; p < start[agreement + 1]; p++) {
      const k = incident[p];
      const other = from[k] === agreement ? to[k] : from[k];
      if (hidden[other] === 1 || checked[other] === 1) continue;
      checked[other] = 1;
      if (frame.type[other] === AGREEMENT || frame.type[other] === NO_TYPE) continue;
      if (onlyLeadsTo(frame, other, hidden)) orphans.push(other);
    }
  }
  for (const n of orphans) hidden[n] = 1;
  return hidden;
}

function onlyLeadsTo(frame: Frame, n: number, targets: Uint8Array): boolean {
  const { start, incident, from, to } = frame.index;
  for (let p = start[n]; p < start[n + 1]; p++) {
    const k = incident[p];
    if (targets[from[k] === n ? to[k] : from[k]] !== 1) return false;
  }
  return true;
}
