// Who a mention of an instrument binds: the bodies after "giữa" or "với" in its phrase, and the
// bodies that are the subject of the clause it stands in ("Ban Dân vận Tỉnh ủy và Công an tỉnh
// đã tổ chức Hội nghị ký kết Chương trình…"). "hai đơn vị", "2 đồn biên phòng" point back to
// bodies already named, after "với" and as the subject ("Dịp này, hai bên sơ kết chương trình…").
import type { AgreementMention } from './agreementMentions';
import { AGREEMENT_WORDS, HEADS } from './lexicon';
import type { OrgEntity, OrgRegistry } from './organisations';
import { PhraseTable } from './phrases';
import type { ScannedOrg } from './scan';
import type { Token } from './tokens';

const NUMBER_WORDS = AGREEMENT_WORDS.numberWords as Record<string, number>;
const COLLECTIVE = new Set(AGREEMENT_WORDS.collectiveNouns.map((n) => n.split(' ')[0]));
const COLLECTIVES = new PhraseTable(AGREEMENT_WORDS.collectiveNouns.map((n) => [n, n]));
// "các đơn vị", "các bên" without a count; "các ngành", "các lực lượng" are boilerplate.
const EVERY = new Set(['đơn vị', 'bên']);

const countOf = (key: string) =>
  /^\d{1,2}$/u.test(key) ? Number(key) : (NUMBER_WORDS[key] ?? null);

/** "2 đồn biên phòng" → the bodies of that kind named earlier; "hai đơn vị" → `previous`. */
function collectiveAt(
  tokens: readonly Token[],
  i: number,
  registry: OrgRegistry,
  previous: readonly OrgEntity[],
): OrgEntity[] | null {
  const count = countOf(tokens[i].key);
  if (count === null || count < 2 || !tokens[i + 1]) return null;
  const head = HEADS.match(tokens, i + 1);
  if (head && !tokens[i + 1].cap) {
    const kind = registry.entities
      .filter((e) => e.identity.coreKey === head.value.key)
      .sort((a, b) => a.order - b.order);
    return kind.length >= count ? kind.slice(0, count) : null;
  }
  if (COLLECTIVE.has(tokens[i + 1].key)) return previous.length === count ? [...previous] : null;
  return null;
}

function entityOf(scanned: ScannedOrg, registry: OrgRegistry): OrgEntity | null {
  const known = registry.entityOf(scanned.mention);
  if (known) return known;
  // A party named only by a short form ("giữa BĐBP và…") still signs.
  return scanned.role === 'post' ? null : registry.promote(scanned.mention);
}

function inRanges(mention: AgreementMention, start: number): boolean {
  return mention.partyRanges.some((r) => start >= r.start && start < r.end);
}

/**
 * Where a mention's subjects may stand: after the last ";" and after an earlier instrument's
 * phrase, unless the two are joined by "và" ("ký kết Chương trình… và Kế hoạch…" share them).
 */
function clauseStart(mention: AgreementMention, others: readonly AgreementMention[]): number {
  let start = 0;
  for (let i = mention.start - 1; i >= 0; i--) {
    if (mention.scan.tokens[i].key === ';') {
      start = i + 1;
      break;
    }
  }
  const before = others.filter((o) => o.start < mention.start).at(-1);
  const joined =
    before && mention.scan.tokens.slice(before.end, mention.start).every((t) => t.key === 'và');
  if (before && !joined) return Math.max(start, before.end);
  return before && joined ? clauseStart(before, others) : start;
}

function namedIn(
  mention: AgreementMention,
  range: { start: number; end: number },
  registry: OrgRegistry,
): OrgEntity[] {
  const found = mention.scan.orgs
    .filter(
      (o) => o.role !== 'post' && o.mention.start >= range.start && o.mention.start < range.end,
    )
    .map((o) => entityOf(o, registry));
  return [...new Set(found.filter((e): e is OrgEntity => e !== null))];
}

/** "hai đơn vị", "các bên" before the mention: the last instrument's bodies, if they fit. */
function backReference(
  mention: AgreementMention,
  from: number,
  previous: readonly OrgEntity[],
): OrgEntity[] {
  const { tokens } = mention.scan;
  if (previous.length < 2) return [];
  for (let i = from; i < mention.start - 1; i++) {
    const noun = COLLECTIVES.match(tokens, i + 1);
    if (!noun || noun.end > mention.start) continue;
    const key = tokens[i].key;
    if (countOf(key) === previous.length || (key === 'các' && EVERY.has(noun.value))) {
      return [...previous];
    }
  }
  return [];
}

/**
 * The subjects of the clause before the mention, outside other mentions' phrases; a subject
 * that only points back ("hai đơn vị") stands for the bodies of the last instrument.
 */
function subjectsOf(
  mention: AgreementMention,
  others: readonly AgreementMention[],
  registry: OrgRegistry,
  previous: readonly OrgEntity[],
): OrgEntity[] {
  const from = clauseStart(mention, others);
  const found = mention.scan.orgs
    .filter((o) => {
      const at = o.mention.start;
      return (
        o.role === 'text' &&
        at >= from &&
        at < mention.start &&
        !others.some((m) => inRanges(m, at))
      );
    })
    .map((o) => entityOf(o, registry));
  const named = [...new Set(found.filter((e): e is OrgEntity => e !== null))];
  return named.length > 0 ? named : backReference(mention, from, previous);
}

export interface MentionParties {
  parties: OrgEntity[];
  /** Named after "giữa": the phrase itself says who the parties are. */
  explicit: boolean;
}

export function partiesOf(
  mention: AgreementMention,
  others: readonly AgreementMention[],
  registry: OrgRegistry,
  previous: readonly OrgEntity[],
): MentionParties {
  const between = mention.partyRanges.find((r) => r.link === 'giữa');
  const named = between ? namedIn(mention, between, registry) : [];
  // "giữa A và B" names every party; otherwise the subjects sign, with those after "với".
  const explicit = named.length >= 2;
  const parties = explicit ? named : subjectsOf(mention, others, registry, previous);
  const add = (entity: OrgEntity) => {
    if (!parties.includes(entity)) parties.push(entity);
  };
  for (const range of mention.partyRanges) {
    namedIn(mention, range, registry).forEach(add);
    for (let i = range.start; i < range.end; i++) {
      const group = collectiveAt(
        mention.scan.tokens,
        i,
        registry,
        parties.length ? parties : previous,
      );
      group?.forEach(add);
    }
  }
  return { parties, explicit };
}
