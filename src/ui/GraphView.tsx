// Hosts the Cytoscape canvas for the open workspace; the adapter does the work.
import { createEffect, For, onCleanup, onMount } from 'solid-js';
import { createGraphAdapter, type GraphAdapter, type GraphAdapterOptions } from '../graph/adapter';
import { ENTITY_LOOK } from '../graph/style';
import { locale, t } from '../i18n';
import { ENTITY_TYPES } from '../model';
import { handleCanvasKey } from './canvasKeys';
import { createColourScheme } from './colourScheme';

export function GraphView(
  props: Omit<GraphAdapterOptions, 'container'> & { onReady(adapter: GraphAdapter | null): void },
) {
  let container!: HTMLDivElement;
  let adapter: GraphAdapter | undefined;
  const scheme = createColourScheme();
  onMount(() => {
    // The adapter is built once per mounted workspace; its callbacks are fixed for its lifetime.
    const graph = createGraphAdapter({ ...props, container, theme: scheme(), locale: locale() });
    adapter = graph;
    props.onReady(graph);
    createEffect(() => graph.setTheme(scheme()));
    // Relations without a label read as their verb, in the reader's language.
    createEffect(() => graph.setLocale(locale()));
    // The first frame that shows the graph, on the page's timeline (bench/graphOpen.ts).
    graph.cy.one('render', () =>
      requestAnimationFrame(() => performance.mark('concord:graph-drawn')),
    );
    // The details panel opening or closing changes the canvas size: Cytoscape must be told. Only
    // a real change: a resize redraws every element, and the observer's first call (made for
    // every observed element) cost a second full render right after the first frame.
    const resizes = new ResizeObserver(([entry]) => {
      // Cytoscape keeps whole pixels (clientWidth); the observer reports fractions.
      const { width, height } = entry.contentRect;
      if (Math.abs(width - graph.cy.width()) >= 1 || Math.abs(height - graph.cy.height()) >= 1)
        graph.cy.resize();
    });
    resizes.observe(container);
    onCleanup(() => {
      resizes.disconnect();
      props.onReady(null);
      adapter = undefined;
      graph.destroy();
    });
  });
  return (
    <div class="canvas-wrap">
      <div
        class="canvas"
        ref={container}
        data-testid="graph.canvas"
        tabIndex={0}
        // A widget of its own that takes keys (Delete, arrows): not a region to read through.
        role="application"
        aria-label={t('explore.graph.label')}
        aria-describedby="graph-hint"
        onKeyDown={(e) => adapter && handleCanvasKey(e, adapter.cy, props.onMove)}
      />
      <div class="canvas-hint" id="graph-hint">
        {t('explore.graph.hint')}
      </div>
      <div class="legend" role="group" aria-label={t('explore.graph.legend')}>
        <For each={ENTITY_TYPES}>
          {(type) => (
            <span>
              <span class="swatch" style={{ background: ENTITY_LOOK[type].colour }} />
              {t(`common.type.${type}`)}
            </span>
          )}
        </For>
      </div>
    </div>
  );
}
