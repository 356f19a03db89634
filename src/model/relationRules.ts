// Which entity types each relation type may link, and how the UI names it.
import type { EntityType, RelationType } from './types';

interface RelationRule {
  from: readonly EntityType[];
  to: readonly EntityType[];
  /** What the label field means for this type, or null when it has none. */
  labelMeaning: string | null;
  verb: string;
}

const MENTIONABLE: readonly EntityType[] = ['person', 'org', 'agreement', 'theme'];
const ANY: readonly EntityType[] = ['person', 'org', 'agreement', 'theme', 'source'];

export const RELATION_RULES: Record<RelationType, RelationRule> = {
  holds_title: { from: ['person'], to: ['org'], labelMeaning: 'Title', verb: 'holds a title at' },
  party_to: { from: ['org'], to: ['agreement'], labelMeaning: null, verb: 'is party to' },
  covers: { from: ['agreement'], to: ['theme'], labelMeaning: null, verb: 'covers' },
  part_of: { from: ['org'], to: ['org'], labelMeaning: null, verb: 'is part of' },
  attended: { from: ['person'], to: ['agreement'], labelMeaning: null, verb: 'attended' },
  signed: { from: ['person'], to: ['agreement'], labelMeaning: null, verb: 'signed' },
  mentions: { from: ['source'], to: MENTIONABLE, labelMeaning: null, verb: 'mentions' },
  related_to: { from: ANY, to: ANY, labelMeaning: 'Label', verb: 'related to' },
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
