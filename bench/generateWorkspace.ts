// A seeded, realistic workspace: entities of the five types with Vietnamese names and fields,
// relations that the model's rules allow (so no read path drops them), some with provenance quoting
// a source's text, and one layout position per entity. Entities pass the real validateEntity, so
// what the bench stores is exactly what addEntity would store, only with reproducible ids.
import {
  AGREEMENT_KINDS,
  RELATION_RULES,
  validateEntity,
  type EntityDraft,
  type EntityFields,
  type EntityType,
  type Position,
  type Provenance,
  type Relation,
  type RelationType,
} from '../src/model';
import { createSeededRandom, type SeededRandom } from '../tests/fixtures/seededRandom';
import * as W from './vietnameseWords';

export interface GeneratedEntity {
  id: string;
  fields: EntityFields;
}

export interface Workspace {
  entities: GeneratedEntity[];
  relations: Relation[];
  positions: Array<[string, Position]>;
}

/** Roughly the mix of an imported news corpus: mostly people and organisations. */
const ENTITY_MIX: Array<[EntityType, number]> = [
  ['person', 0.45],
  ['org', 0.25],
  ['agreement', 0.15],
  ['theme', 0.1],
  ['source', 0.05],
];

const RELATION_MIX: Array<[RelationType, number]> = [
  ['holds_title', 0.28],
  ['mentions', 0.2],
  ['attended', 0.12],
  ['signed', 0.08],
  ['party_to', 0.12],
  ['covers', 0.08],
  ['part_of', 0.06],
  ['related_to', 0.06],
];

function weighted<T>(rng: SeededRandom, mix: Array<[T, number]>): T {
  let roll = rng.next();
  for (const [value, weight] of mix) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return mix[mix.length - 1][0];
}

const personName = (rng: SeededRandom) =>
  `${rng.pick(W.FAMILY_NAMES)} ${rng.pick(W.MIDDLE_NAMES)} ${rng.pick(W.GIVEN_NAMES)}`;
const placeName = (rng: SeededRandom) => `${rng.pick(W.LEVELS)} ${rng.pick(W.PLACES)}`;

function sentence(rng: SeededRandom): string {
  const fill: Record<string, () => string> = {
    org: () => `${rng.pick(W.ORGANISATIONS)[0]} ${placeName(rng)}`,
    person: () => personName(rng),
    place: () => placeName(rng),
    topic: () => rng.pick(W.TOPICS),
    day: () => String(rng.int(1, 28)),
    month: () => String(rng.int(1, 12)),
    count: () => String(rng.int(2, 40)),
  };
  return rng.pick(W.SENTENCES).replace(/\{(\w+)\}/g, (_, key: string) => fill[key]());
}

function paragraph(rng: SeededRandom, minSentences: number, maxSentences: number): string {
  const count = rng.int(minSentences, maxSentences);
  return Array.from({ length: count }, () => sentence(rng)).join(' ');
}

const isoDate = (rng: SeededRandom) =>
  `${rng.int(2015, 2025)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

function draftOf(rng: SeededRandom, type: EntityType): EntityDraft {
  const notes = rng.chance(0.3) ? paragraph(rng, 1, 3) : '';
  switch (type) {
    case 'person': {
      const titles = Array.from(
        { length: rng.int(0, 2) },
        () => `${rng.pick(W.TITLES)} ${placeName(rng)}`,
      );
      return { name: personName(rng), rank: rng.pick(W.RANKS), titles, notes };
    }
    case 'org': {
      const [prefix, kind] = rng.pick(W.ORGANISATIONS);
      return { name: `${prefix} ${placeName(rng)}`, kind, notes };
    }
    case 'agreement': {
      const from = rng.int(2018, 2025);
      const name = `Chương trình phối hợp số ${rng.int(1, 99)}/${rng.pick(W.AGREEMENT_ABBREVIATIONS)} về ${rng.pick(W.TOPICS)}`;
      return {
        name,
        kind: rng.pick(AGREEMENT_KINDS),
        signed: rng.chance(0.7) ? isoDate(rng) : `${rng.int(10, 28)}/0${rng.int(1, 9)}`,
        periodFrom: from,
        periodTo: rng.chance(0.8) ? from + rng.int(1, 5) : null,
        items: rng.chance(0.6) ? rng.int(3, 12) : null,
        summary: paragraph(rng, 2, 5),
        notes,
      };
    }
    case 'theme': {
      const campaign = rng.chance(0.3);
      const base = campaign ? rng.pick(W.CAMPAIGNS) : rng.pick(W.TOPICS);
      return {
        name: `${base} tại ${placeName(rng)}`,
        campaign,
        aliases: rng.chance(0.3) ? [base] : [],
        notes,
      };
    }
    case 'source':
      return {
        name: sentence(rng).slice(0, 120),
        url: `${rng.pick(W.SOURCE_SITES)}/${rng.token(10)}-${rng.int(100000, 999999)}.html`,
        published: isoDate(rng),
        text: paragraph(rng, 6, 16),
        notes,
      };
  }
}

function generateEntities(rng: SeededRandom, count: number): GeneratedEntity[] {
  const entities: GeneratedEntity[] = [];
  for (let i = 0; i < count; i++) {
    const type = weighted(rng, ENTITY_MIX);
    const checked = validateEntity(type, draftOf(rng, type));
    if (!checked.ok)
      throw new Error(`Generated an invalid ${type}: ${JSON.stringify(checked.errors)}`);
    entities.push({ id: `${type}:${rng.token(12)}`, fields: checked.value });
  }
  return entities;
}

function provenanceFrom(rng: SeededRandom, sourceId: string, text: string): Provenance {
  const start = rng.int(0, Math.max(0, text.length - 200));
  const end = Math.min(text.length, start + rng.int(40, 160));
  return { sourceId, start, end, quote: text.slice(start, end) };
}

function generateRelations(
  rng: SeededRandom,
  entities: GeneratedEntity[],
  count: number,
): Relation[] {
  const idsByType = new Map<EntityType, string[]>();
  const sourceTexts = new Map<string, string>();
  for (const { id, fields } of entities) {
    const ids = idsByType.get(fields.type) ?? [];
    ids.push(id);
    idsByType.set(fields.type, ids);
    if (fields.type === 'source') sourceTexts.set(id, fields.text);
  }
  const sourceIds = [...sourceTexts.keys()];
  const anyOf = (types: readonly EntityType[]) => rng.pick(idsByType.get(rng.pick(types)) ?? []);
  const relations: Relation[] = [];
  while (relations.length < count) {
    const type = weighted(rng, RELATION_MIX);
    const from = anyOf(RELATION_RULES[type].from);
    const to = anyOf(RELATION_RULES[type].to);
    if (from === to) continue;
    const label =
      type === 'holds_title'
        ? rng.pick(W.TITLES)
        : type === 'related_to'
          ? rng.pick(W.RELATED_LABELS)
          : '';
    const quoted = type === 'mentions' ? from : rng.chance(0.35) ? rng.pick(sourceIds) : null;
    const provenance = quoted ? [provenanceFrom(rng, quoted, sourceTexts.get(quoted) ?? '')] : [];
    relations.push({ id: `rel:${rng.token(12)}`, type, from, to, label, provenance });
  }
  return relations;
}

/** Positions as writePositions stores them: rounded to a tenth of a pixel. */
const coordinate = (rng: SeededRandom) => Math.round((rng.next() - 0.5) * 80_000) / 10;

export function generateWorkspace(options: {
  entities: number;
  relations: number;
  seed: number;
}): Workspace {
  const rng = createSeededRandom(options.seed);
  const entities = generateEntities(rng, options.entities);
  const relations = generateRelations(rng, entities, options.relations);
  const positions = entities.map(({ id }): [string, Position] => [
    id,
    { x: coordinate(rng), y: coordinate(rng) },
  ]);
  return { entities, relations, positions };
}
