// Provenance in formats whose attributes are text (CSV, GEXF, GraphML, Cytoscape JSON): a JSON
// list of { sourceId, start, end, quote }, read back with the same rules as restore.
import { message, type Message } from '../i18n/message';
import { entityTypeOfId, MAX_SOURCE_TEXT_LENGTH, type Provenance } from '../model';

/** "" for none, so that a relation made by hand leaves an empty cell. */
export function writeProvenance(provenance: readonly Provenance[]): string {
  return provenance.length === 0 ? '' : JSON.stringify(provenance);
}

/** The list, from a list or its JSON text; a message saying what is wrong otherwise. */
export function readProvenance(value: unknown): Provenance[] | Message {
  if (value === undefined || value === null) return [];
  let list = value;
  if (typeof value === 'string') {
    if (value.trim() === '') return [];
    try {
      list = JSON.parse(value);
    } catch {
      return message('exchange.provenance.notJson');
    }
  }
  if (!Array.isArray(list)) return message('exchange.provenance.notList');
  const result: Provenance[] = [];
  for (const [index, item] of list.entries()) {
    const passage = readPassage(item);
    if (!passage) return message('exchange.provenance.badPassage', { index: String(index + 1) });
    result.push(passage);
  }
  return result;
}

/** Exactly the fields restore keeps: anything else would be dropped silently there. */
function readPassage(raw: unknown): Provenance | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { sourceId, start, end, quote } = raw as Record<string, unknown>;
  if (typeof sourceId !== 'string' || entityTypeOfId(sourceId) !== 'source') return null;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
  if ((start as number) < 0 || (end as number) < (start as number)) return null;
  if (typeof quote !== 'string' || quote.length > MAX_SOURCE_TEXT_LENGTH) return null;
  return { sourceId, start: start as number, end: end as number, quote };
}
