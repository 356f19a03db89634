// The sources behind an entity or a relation: each source once, with the quotes it supports.
// Clicking a quote opens the article with that evidence highlighted.
import { createMemo, For } from 'solid-js';
import { t } from '../i18n';
import type { Entity, Provenance, Relation } from '../model';
import type { SourceView } from './SourceViewer';

interface SourceGroup {
  sourceId: string;
  /** The source's title, or null when the source is no longer in the workspace. */
  title: string | null;
  provenance: Provenance[];
}

/** Provenance of these relations, grouped by source, quotes de-duplicated. */
export function groupBySource(
  relations: Relation[],
  entities: Record<string, Entity>,
): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const relation of relations) {
    for (const p of relation.provenance) {
      const group = groups.get(p.sourceId) ?? {
        sourceId: p.sourceId,
        title: entities[p.sourceId]?.name ?? null,
        provenance: [],
      };
      if (!group.provenance.some((q) => q.start === p.start && q.end === p.end))
        group.provenance.push(p);
      groups.set(p.sourceId, group);
    }
  }
  return [...groups.values()];
}

export function SourceList(props: {
  relations: Relation[];
  entities: Record<string, Entity>;
  onOpen(view: SourceView): void;
}) {
  const groups = createMemo(() => groupBySource(props.relations, props.entities));
  return (
    <div data-testid="details.sources">
      <For
        each={groups()}
        fallback={
          <p class="muted" style={{ margin: 0 }}>
            {t('entities.sources.byHand')}
          </p>
        }
      >
        {(group) => (
          <div data-testid="details.source">
            <div class="muted" style={{ 'font-size': '12px', 'font-weight': 600 }}>
              {group.title ?? t('entities.sources.gone')}
            </div>
            <For each={group.provenance.filter((p) => p.quote)}>
              {(p) => (
                <button
                  type="button"
                  class="quote source-link"
                  data-testid="details.source.quote"
                  title={t('entities.sources.openQuote')}
                  onClick={() =>
                    props.onOpen({
                      sourceId: group.sourceId,
                      spans: [{ start: p.start, end: p.end }],
                    })
                  }
                >
                  “{p.quote}”
                </button>
              )}
            </For>
          </div>
        )}
      </For>
    </div>
  );
}
