// Gathers organisation mentions into bodies. Mentions that name a body in full, or in a person's
// post, found bodies, most specific first; short and aside mentions ("Ban Dân vận", "tại Hội
// trường Công an tỉnh", "BĐBP") only join a body already found, as other spellings of it.
import type { Identity } from './orgIdentity';
import {
  addPlace,
  compatible,
  identityOf,
  mergeIdentity,
  sameBody,
  specificity,
} from './orgIdentity';
import type { ArticlePlaces } from './orgIdentity';
import type { OrgMention } from './orgMentions';
import type { ScannedOrg, SentenceScan } from './scan';
import type { Span } from './types';

export interface OrgEntity {
  key: string;
  identity: Identity;
  /** Where the body was read (normalised offsets); `written` spans are spellings of its name. */
  mentions: { span: Span; sentence: Span; written: boolean }[];
  /** Offset of the first mention, for output order. */
  order: number;
}

export interface OrgRegistry {
  entities: OrgEntity[];
  places: ArticlePlaces;
  entityOf(mention: OrgMention): OrgEntity | undefined;
  /** The body a mention names, founding it if no body fits (a party named only as "BĐBP"). */
  promote(mention: OrgMention): OrgEntity;
  /** The body with this identity, founded when missing (a post's "Tỉnh ủy" never written). */
  ensure(identity: Identity, evidence: { span: Span; sentence: Span }): OrgEntity;
}

interface Item {
  scanned: ScannedOrg;
  scan: SentenceScan;
  identity: Identity;
}

const DOCUMENT_WORDS = new Set(['số', 'quyết', 'luận', 'thị', 'định', 'tri', 'dẫn', 'án']);

/** A national body counts when the text cites its decision: "Kết luận số 01-KL/TW của Bộ…". */
function citesDecision(item: Item): boolean {
  const { tokens } = item.scan;
  const start = item.scanned.mention.start;
  if (tokens[start - 1]?.key !== 'của') return false;
  return tokens.slice(Math.max(0, start - 12), start).some((t) => DOCUMENT_WORDS.has(t.key));
}

function founds(item: Item): boolean {
  const { mention, role } = item.scanned;
  if (role === 'aside') return false;
  if (mention.head.kind === 'committee' && mention.bare) return false;
  if (role === 'post') return true;
  if (mention.head.kind === 'national') return citesDecision(item);
  return !mention.bare;
}

function collectPlaces(scans: readonly SentenceScan[]): ArticlePlaces {
  const places: ArticlePlaces = new Map();
  for (const scan of scans) {
    for (const { level, place } of scan.places) addPlace(places, level, place);
    for (const { mention } of scan.orgs) {
      if (!mention.ownName) {
        addPlace(places, mention.level, mention.place);
      }
      addPlace(places, mention.parent?.level ?? null, mention.parent?.place ?? null);
    }
  }
  return places;
}

class Registry implements OrgRegistry {
  readonly entities: OrgEntity[] = [];
  private readonly byMention = new Map<OrgMention, OrgEntity>();

  constructor(
    readonly places: ArticlePlaces,
    private readonly items: readonly Item[],
  ) {}

  entityOf(mention: OrgMention): OrgEntity | undefined {
    return this.byMention.get(mention);
  }

  promote(mention: OrgMention): OrgEntity {
    const known = this.byMention.get(mention);
    if (known) return known;
    const item = this.items.find((i) => i.scanned.mention === mention);
    if (!item) throw new Error('promote: a mention the registry never saw');
    const entity = this.fitting(item.identity) ?? this.found(item.identity, mention.textStart);
    this.attach(entity, item);
    return entity;
  }

  ensure(identity: Identity, evidence: { span: Span; sentence: Span }): OrgEntity {
    const entity = this.fitting(identity) ?? this.found(identity, evidence.span.start);
    if (entity.mentions.length === 0) entity.mentions.push({ ...evidence, written: false });
    return entity;
  }

  /** Founders found bodies, most specific first; the other mentions only join them. */
  gather() {
    const founders = this.items.filter(founds);
    founders.sort(
      (a, b) =>
        specificity(b.identity) - specificity(a.identity) ||
        a.scanned.mention.textStart - b.scanned.mention.textStart,
    );
    for (const item of founders) {
      const entity = this.fitting(item.identity);
      this.attach(entity ?? this.found(item.identity, item.scanned.mention.textStart), item);
    }
    for (const item of this.items) {
      if (this.byMention.has(item.scanned.mention)) continue;
      const entity = this.fitting(item.identity);
      if (entity) this.attach(entity, item);
    }
  }

  /** The same body, else the first-named body the identity fits. */
  private fitting(identity: Identity): OrgEntity | undefined {
    return (
      this.entities.find((e) => sameBody(e.identity, identity)) ??
      [...this.entities]
        .sort((a, b) => a.order - b.order)
        .find((e) => compatible(e.identity, identity))
    );
  }

  private found(identity: Identity, order: number): OrgEntity {
    const key = `org${this.entities.length + 1}`;
    const entity: OrgEntity = { key, identity, mentions: [], order };
    this.entities.push(entity);
    return entity;
  }

  private attach(entity: OrgEntity, item: Item) {
    const { mention } = item.scanned;
    entity.identity = mergeIdentity(entity.identity, item.identity);
    entity.mentions.push({
      span: { start: mention.textStart, end: mention.textEnd },
      sentence: { start: item.scan.sentence.start, end: item.scan.sentence.end },
      written: true,
    });
    entity.order = Math.min(entity.order, mention.textStart);
    this.byMention.set(mention, entity);
  }
}

export function buildOrganisations(text: string, scans: readonly SentenceScan[]): OrgRegistry {
  const places = collectPlaces(scans);
  const items: Item[] = scans.flatMap((scan) =>
    scan.orgs.map((scanned) => ({
      scanned,
      scan,
      identity: identityOf(text, scanned.mention, places),
    })),
  );
  const registry = new Registry(places, items);
  registry.gather();
  return registry;
}

/** Bodies in the order the article first names them. */
export function orderedEntities(registry: OrgRegistry): OrgEntity[] {
  return registry.entities.filter((e) => e.mentions.length > 0).sort((a, b) => a.order - b.order);
}
