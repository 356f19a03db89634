// The review of one extracted article: every candidate with its evidence, editable fields and a
// decision (accept as new, merge into an existing entity, reject), and the relations the
// extraction found between candidates. Pure: the review screen edits it, `toIngestionInput`
// turns what was accepted into the store's commit.
import type { Extraction, Evidence } from '../extract/types';
import type { EntityDraft, EntityType, RelationType, Span } from '../model';
import type { IngestionInput } from '../store';

export type Decision = { kind: 'new' } | { kind: 'merge'; into: string } | { kind: 'reject' };

export interface ReviewItem {
  /** The extraction's candidate key. */
  ref: string;
  type: Exclude<EntityType, 'source'>;
  fields: EntityDraft;
  evidence: Evidence[];
  decision: Decision;
  /** The existing entity Concord proposes to merge into, when a name or alias matches. */
  proposedMerge: string | null;
}

export interface ReviewRelation {
  type: RelationType;
  from: string;
  to: string;
  label: string;
  spans: Span[];
}

export interface Review {
  title: string;
  published: string;
  text: string;
  items: ReviewItem[];
  relations: ReviewRelation[];
}

/** Finds an existing entity of this type that one of these names denotes, or null. */
export type MergeFinder = (type: EntityType, names: string[]) => string | null;

const sentences = (evidence: Evidence[]): Span[] => evidence.slice(0, 1).map((e) => e.sentence);

function item(
  ref: string,
  type: ReviewItem['type'],
  fields: EntityDraft,
  evidence: Evidence[],
  find: MergeFinder,
): ReviewItem {
  const names = [fields.name ?? '', ...(fields.aliases ?? [])].filter(Boolean);
  const proposedMerge = find(type, names);
  const decision: Decision = proposedMerge
    ? { kind: 'merge', into: proposedMerge }
    : { kind: 'new' };
  return { ref, type, fields, evidence, decision, proposedMerge };
}

function itemsOf(extraction: Extraction, find: MergeFinder): ReviewItem[] {
  return [
    ...extraction.people.map((p) =>
      item(p.key, 'person', { name: p.name, rank: p.rank, titles: p.titles }, p.evidence, find),
    ),
    ...extraction.organisations.map((o) =>
      item(o.key, 'org', { name: o.name, aliases: o.aliases }, o.evidence, find),
    ),
    ...extraction.agreements.map((a) =>
      item(
        a.key,
        'agreement',
        {
          name: a.name,
          kind: a.kind === 'other' ? '' : a.kind,
          signed: a.signed ?? '',
          periodFrom: a.periodFrom,
          periodTo: a.periodTo,
          items: a.items,
        },
        a.evidence,
        find,
      ),
    ),
    ...extraction.themes.map((t) =>
      item(t.key, 'theme', { name: t.name, campaign: t.quoted }, t.evidence, find),
    ),
  ];
}

function relationsOf(extraction: Extraction): ReviewRelation[] {
  const relations: ReviewRelation[] = [];
  for (const person of extraction.people) {
    person.titles.forEach((title, i) => {
      const org = person.titleOrgs[i];
      if (org)
        relations.push({
          type: 'holds_title',
          from: person.key,
          to: org,
          label: title,
          spans: sentences(person.evidence),
        });
    });
  }
  for (const agreement of extraction.agreements) {
    const spans = sentences(agreement.evidence);
    for (const party of agreement.parties)
      relations.push({ type: 'party_to', from: party, to: agreement.key, label: '', spans });
    for (const theme of agreement.themes)
      relations.push({ type: 'covers', from: agreement.key, to: theme, label: '', spans });
    for (const person of agreement.attendees)
      relations.push({ type: 'attended', from: person, to: agreement.key, label: '', spans });
  }
  return relations;
}

/**
 * The review of one article. `untitled` names an article without a headline or first line: it
 * becomes the source's stored name, so the caller gives it in the reader's language.
 */
export function buildReview(
  extraction: Extraction,
  text: string,
  find: MergeFinder,
  untitled: string,
): Review {
  const firstLine = text.split('\n', 1)[0].trim();
  return {
    title: (extraction.title ?? firstLine).slice(0, 500) || untitled,
    published: extraction.published ?? '',
    text,
    items: itemsOf(extraction, find),
    relations: relationsOf(extraction),
  };
}

/** What the user accepted, as the store's commit; relations to rejected candidates are left out. */
export function toIngestionInput(review: Review): IngestionInput {
  const kept = review.items.filter((i) => i.decision.kind !== 'reject');
  const keptRefs = new Set(kept.map((i) => i.ref));
  return {
    source: { name: review.title, published: review.published, text: review.text },
    entities: kept.map((i) => ({
      ref: i.ref,
      target:
        i.decision.kind === 'merge'
          ? {
              kind: 'existing',
              id: i.decision.into,
              aliases: [i.fields.name ?? '', ...(i.fields.aliases ?? [])].filter(Boolean),
            }
          : { kind: 'new', type: i.type, fields: i.fields },
      spans: i.evidence.map((e) => e.span),
    })),
    relations: review.relations.filter((r) => keptRefs.has(r.from) && keptRefs.has(r.to)),
  };
}
