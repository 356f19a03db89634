// From what a reader found in a file to a preview: every node and edge checked, all-or-nothing.
// Each format's reader only says what the file holds; the rules live here, once.
import { message, type Message } from '../i18n/message';
import { normalizeLine, type EntityType } from '../model';
import { assembleEdges } from './assembleEdges';
import { assembleNodes } from './assembleNodes';
import type { RawGraph } from './raw';
import { Report } from './report';
import {
  countsOf,
  failedPreview,
  MAX_IMPORT_ENTITIES,
  MAX_IMPORT_RELATIONS,
  type ImportFormat,
  type ImportPreview,
  type WorkspaceSnapshot,
} from './snapshot';

export interface AssembleOptions {
  format: ImportFormat;
  defaultType: EntityType;
  /** Concord's own format: nothing is assumed, every oddity is a problem. */
  strict?: boolean;
  /** CSV: an edge's end may name a node instead of giving its id. */
  endsByName?: boolean;
}

export function assemble(
  raw: RawGraph,
  options: AssembleOptions,
  report: Report = new Report(),
): ImportPreview {
  const tooLarge = checkSize(raw);
  if (tooLarge) report.problem(tooLarge);
  if (report.failed) return failedPreview(options.format, report.problems, report.warnings);
  const strict = options.strict ?? false;
  const nodes = assembleNodes(raw.nodes, { defaultType: options.defaultType, strict }, report);
  const endsByName = options.endsByName ?? false;
  const relations = assembleEdges(raw.edges, nodes, { strict, endsByName }, report);
  if (report.failed) return failedPreview(options.format, report.problems, report.warnings);
  if (raw.nodes.length === 0) report.warn(message('exchange.assemble.noEntities'));
  const snapshot: WorkspaceSnapshot = {
    name: normalizeLine(raw.name),
    entities: nodes.entities,
    relations,
    positions: nodes.positions,
  };
  return {
    ok: true,
    format: options.format,
    snapshot,
    problems: [],
    warnings: report.warnings,
    counts: countsOf(snapshot),
  };
}

function checkSize(raw: RawGraph): Message | null {
  return sizeProblem(raw.nodes.length, raw.edges.length);
}

/** Readers ask before turning elements into records, so that a huge file fails fast. */
export function sizeProblem(nodes: number, edges: number): Message | null {
  if (nodes > MAX_IMPORT_ENTITIES)
    return message('exchange.assemble.tooManyEntities', {
      count: nodes,
      most: MAX_IMPORT_ENTITIES,
    });
  if (edges > MAX_IMPORT_RELATIONS)
    return message('exchange.assemble.tooManyRelations', {
      count: edges,
      most: MAX_IMPORT_RELATIONS,
    });
  return null;
}
