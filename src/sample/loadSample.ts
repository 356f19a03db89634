// Builds the sample workspace from the two shipped articles: sources, entities and relations with
// provenance spans, as one undo step. Uses the same commands as the UI, so the sample is held to
// the same checks as anything a person enters.
import type * as Y from 'yjs';
import type { Provenance } from '../model';
import { addEntity, linkEntities, runAsOneStep } from '../store';
import tanBinhText from './articles/seed_000.txt?raw';
import hcmcText from './articles/seed_003.txt?raw';
import { SAMPLE_ENTITIES, SAMPLE_RELATIONS } from './sampleFacts';

// The first article runs its headline into its lead on one line, so titles are given here.
const ARTICLES = {
  tanBinh: {
    title:
      'Ban Tuyên giáo Quận ủy và Ban Chỉ huy Quân sự quận Tân Bình ký kết Chương trình phối hợp giai đoạn 2022 - 2025',
    text: tanBinhText,
  },
  hcmc: {
    title: 'Ký kết chương trình phối hợp giữa Ban Dân vận Thành ủy TPHCM và Bộ Chỉ huy BĐBP TPHCM',
    text: hcmcText,
  },
};

/** The provenance of the first of `quotes` that occurs verbatim in the text. */
export function locateQuote(sourceId: string, text: string, quotes: readonly string[]): Provenance {
  for (const quote of quotes) {
    const start = text.indexOf(quote);
    if (start >= 0) return { sourceId, start, end: start + quote.length, quote };
  }
  throw new Error(`Sample data: none of ${JSON.stringify(quotes)} occurs in the article.`);
}

function must<T>(
  result: { ok: true; value: T } | { ok: false; errors: Record<string, unknown> },
  what: string,
): T {
  if (!result.ok)
    throw new Error(`Sample data is invalid at ${what}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

export function loadSampleWorkspace(doc: Y.Doc): void {
  runAsOneStep(doc, () => {
    const sourceIds = {} as Record<keyof typeof ARTICLES, string>;
    for (const [key, article] of Object.entries(ARTICLES) as [
      keyof typeof ARTICLES,
      (typeof ARTICLES)['hcmc'],
    ][]) {
      sourceIds[key] = must(
        addEntity(doc, 'source', { name: article.title, text: article.text }),
        key,
      );
    }
    const ids = new Map<string, string>();
    for (const entity of SAMPLE_ENTITIES) {
      const id = must(addEntity(doc, entity.type, entity.fields), entity.key);
      ids.set(entity.key, id);
      for (const source of entity.in) {
        const forms = [entity.fields.name ?? '', ...(entity.fields.aliases ?? [])];
        const provenance = locateQuote(sourceIds[source], ARTICLES[source].text, forms);
        must(
          linkEntities(doc, {
            type: 'mentions',
            from: sourceIds[source],
            to: id,
            provenance: [provenance],
          }),
          `mentions ${entity.key}`,
        );
      }
    }
    for (const relation of SAMPLE_RELATIONS) {
      const sourceId = sourceIds[relation.source];
      must(
        linkEntities(doc, {
          type: relation.type,
          from: ids.get(relation.from)!,
          to: ids.get(relation.to)!,
          label: relation.label,
          provenance: [locateQuote(sourceId, ARTICLES[relation.source].text, [relation.quote])],
        }),
        `${relation.from} ${relation.type} ${relation.to}`,
      );
    }
  });
}
