// Concord's own lossless format: the workspace as JSON, every field, relation and passage of
// provenance as the store holds it. Read strictly: nothing in it is guessed or defaulted.
import { message } from '../i18n/message';
import { sizeProblem } from './assemble';
import type { RawEdge, RawGraph, RawNode } from './raw';
import type { Report } from './report';
import type { WorkspaceSnapshot } from './snapshot';
import { clip } from './fields';

export const CONCORD_FORMAT = 'concord-workspace';
export const CONCORD_VERSION = 1;

export function exportConcordJson(s: WorkspaceSnapshot, exportedAt: Date = new Date()): string {
  const file = {
    format: CONCORD_FORMAT,
    version: CONCORD_VERSION,
    exportedAt: exportedAt.toISOString(),
    name: s.name,
    entities: s.entities,
    relations: s.relations,
    positions: s.positions,
  };
  return JSON.stringify(file, null, 2);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether parsed JSON claims to be a Concord workspace (then it is read as one, strictly). */
export function isConcordJson(value: unknown): boolean {
  return isRecord(value) && value.format === CONCORD_FORMAT;
}

/** The file's records for the assembler; null when its outline is wrong (reported). */
export function readConcordJson(value: unknown, report: Report): RawGraph | null {
  if (!isRecord(value)) return null;
  const { version, entities, relations } = value;
  if (typeof version === 'number' && version > CONCORD_VERSION) {
    report.problem(
      message('exchange.concordJson.newer', {
        version: String(version),
        current: String(CONCORD_VERSION),
      }),
    );
    return null;
  }
  if (version !== CONCORD_VERSION) report.problem(message('exchange.concordJson.noVersion'));
  if (!Array.isArray(entities)) report.problem(message('exchange.concordJson.noEntities'));
  if (!Array.isArray(relations)) report.problem(message('exchange.concordJson.noRelations'));
  const positions = value.positions ?? {};
  if (!isRecord(positions)) report.problem(message('exchange.concordJson.badPositions'));
  const tooLarge = report.failed
    ? null
    : sizeProblem((entities as unknown[]).length, (relations as unknown[]).length);
  if (tooLarge) report.problem(tooLarge);
  if (report.failed) return null;
  checkRecords(entities as unknown[], 'exchange.concordJson.entityNotRecord', report);
  checkRecords(relations as unknown[], 'exchange.concordJson.relationNotRecord', report);
  for (const [id, position] of Object.entries(positions as Positions)) {
    // i18n-exempt: JSON notation for the shape a position must have
    const shape = '{x, y}';
    if (!isRecord(position))
      report.problem(message('exchange.concordJson.badPosition', { id: clip(id), shape }));
  }
  if (report.failed) return null;
  const nodes = (entities as Record<string, unknown>[]).map((raw, i) =>
    toNode(raw, i, positions as Positions),
  );
  const edges = (relations as Record<string, unknown>[]).map(toEdge);
  const known = new Set(nodes.map((n) => n.id));
  const stray = Object.keys(positions as Positions).filter((id) => !known.has(id));
  if (stray.length > 0)
    report.warn(message('exchange.concordJson.strayPositions', { count: stray.length }));
  const name = typeof value.name === 'string' ? value.name : '';
  return { name, nodes, edges };
}

type NotRecord = 'exchange.concordJson.entityNotRecord' | 'exchange.concordJson.relationNotRecord';

function checkRecords(list: unknown[], said: NotRecord, report: Report) {
  list.forEach(
    (raw, i) => isRecord(raw) || report.problem(message(said, { index: String(i + 1) })),
  );
}

type Positions = Record<string, unknown>;

function toNode(record: Record<string, unknown>, index: number, positions: Positions): RawNode {
  const { id, type, ...fields } = record;
  const given = typeof record.name === 'string' ? record.name.trim() : '';
  const number = String(index + 1);
  const key = typeof id === 'string' ? id : '';
  const position = Object.hasOwn(positions, key) ? positions[key] : undefined;
  return {
    where:
      given === ''
        ? message('exchange.where.entity', { index: number })
        : message('exchange.where.entityNamed', { index: number, name: clip(given, 40) }),
    id: key,
    type,
    fields,
    position: position as RawNode['position'],
  };
}

function toEdge(record: Record<string, unknown>, index: number): RawEdge {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    where: message('exchange.where.relation', { index: String(index + 1) }),
    id: text(record.id),
    type: record.type,
    source: text(record.from),
    target: text(record.to),
    label: record.label,
    provenance: record.provenance ?? [],
  };
}
