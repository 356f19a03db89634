// Projection records → Cytoscape element data. Pure, so the adapter and its tests share it.
import { translate, type Locale } from '../i18n/translate';
import type { Entity, Relation } from '../model';

export interface NodeData {
  id: string;
  type: Entity['type'];
  label: string;
}

export interface EdgeData {
  id: string;
  type: Relation['type'];
  source: string;
  target: string;
  label: string;
}

/** Long names (a source's headline) are cut on the canvas; the panel shows them whole. */
const MAX_LABEL_LENGTH = 60;

export function nodeData(entity: Entity): NodeData {
  const full =
    entity.type === 'person' && entity.rank ? `${entity.rank} ${entity.name}` : entity.name;
  const label =
    full.length > MAX_LABEL_LENGTH ? `${full.slice(0, MAX_LABEL_LENGTH - 1).trimEnd()}…` : full;
  return { id: entity.id, type: entity.type, label };
}

/**
 * An edge reads as its label when it has one ("Chính ủy"), else as its verb in the reader's
 * language ("is party to", "là bên tham gia").
 */
export function edgeData(relation: Relation, locale: Locale): EdgeData {
  return {
    id: relation.id,
    type: relation.type,
    source: relation.from,
    target: relation.to,
    label: edgeLabel(relation, locale),
  };
}

export function edgeLabel(relation: Relation, locale: Locale): string {
  return relation.label || translate(locale, `common.relation.${relation.type}`);
}
