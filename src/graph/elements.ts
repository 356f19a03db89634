// Projection records → Cytoscape element data. Pure, so the adapter and its tests share it.
import { RELATION_RULES, type Entity, type Relation } from '../model';

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

/** An edge reads as its label when it has one ("Chính ủy"), else as its verb ("is party to"). */
export function edgeData(relation: Relation): EdgeData {
  return {
    id: relation.id,
    type: relation.type,
    source: relation.from,
    target: relation.to,
    label: relation.label || RELATION_RULES[relation.type].verb,
  };
}
