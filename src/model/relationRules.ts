// Which entity types each relation type may link, and how files name it. The UI names a relation
// type with common.relation.<type> and its label with common.relationLabel.<type>.
import { message, type Message } from '../i18n/message';
import type { EntityType, RelationType } from './types';

interface RelationRule {
  from: readonly EntityType[];
  to: readonly EntityType[];
  /** What the label field means for this type (its name in the UI), or null when it has none. */
  labelMeaning: Message | null;
  /**
   * The type in words as exported files write it (and src/exchange/raw.ts reads it back): a
   * file-format word, the same in every language. The UI shows common.relation.<type>.
   */
  verb: string;
}

const MENTIONABLE: readonly EntityType[] = ['person', 'org', 'agreement', 'theme'];
const ANY: readonly EntityType[] = ['person', 'org', 'agreement', 'theme', 'source'];

// File-format words (see RelationRule.verb): written into exports the same in every language.
const FILE_VERBS: Record<RelationType, string> = {
  holds_title: 'holds a title at', // i18n-exempt: file-format word
  party_to: 'is party to', // i18n-exempt: file-format word
  covers: 'covers',
  part_of: 'is part of', // i18n-exempt: file-format word
  attended: 'attended',
  signed: 'signed',
  mentions: 'mentions',
  related_to: 'related to', // i18n-exempt: file-format word
};

const rule = (
  type: RelationType,
  from: readonly EntityType[],
  to: readonly EntityType[],
  labelMeaning: Message | null = null,
): RelationRule => ({ from, to, labelMeaning, verb: FILE_VERBS[type] });

export const RELATION_RULES: Record<RelationType, RelationRule> = {
  holds_title: rule(
    'holds_title',
    ['person'],
    ['org'],
    message('common.relationLabel.holds_title'),
  ),
  party_to: rule('party_to', ['org'], ['agreement']),
  covers: rule('covers', ['agreement'], ['theme']),
  part_of: rule('part_of', ['org'], ['org']),
  attended: rule('attended', ['person'], ['agreement']),
  signed: rule('signed', ['person'], ['agreement']),
  mentions: rule('mentions', ['source'], MENTIONABLE),
  related_to: rule('related_to', ANY, ANY, message('common.relationLabel.related_to')),
};

export function isRelationType(value: unknown): value is RelationType {
  // Own keys only: "toString" must not find a rule on the prototype.
  return typeof value === 'string' && Object.hasOwn(RELATION_RULES, value);
}

export function canLink(type: RelationType, fromType: EntityType, toType: EntityType): boolean {
  if (!isRelationType(type)) return false;
  const rule = RELATION_RULES[type];
  return rule.from.includes(fromType) && rule.to.includes(toType);
}

/** Relation types that may link these two entity types in this direction. */
export function relationTypesBetween(fromType: EntityType, toType: EntityType): RelationType[] {
  return (Object.keys(RELATION_RULES) as RelationType[]).filter((type) =>
    canLink(type, fromType, toType),
  );
}

/**
 * The relation a user most likely means when dragging from one entity to another. A drag in the
 * "wrong" direction (organisation → person) is read as the typed relation with its ends swapped.
 */
export function suggestRelation(
  fromType: EntityType,
  toType: EntityType,
): { type: RelationType; swap: boolean } {
  const forward = relationTypesBetween(fromType, toType).filter((t) => t !== 'related_to');
  if (forward.length > 0) return { type: forward[0], swap: false };
  const backward = relationTypesBetween(toType, fromType).filter((t) => t !== 'related_to');
  if (backward.length > 0) return { type: backward[0], swap: true };
  return { type: 'related_to', swap: false };
}
