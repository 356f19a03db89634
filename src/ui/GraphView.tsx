// Hosts the Cytoscape canvas for the open workspace; the adapter does the work.
import { createEffect, For, onCleanup, onMount } from 'solid-js';
import { createGraphAdapter, type GraphAdapter, type GraphAdapterOptions } from '../graph/adapter';
import { ENTITY_LOOK } from '../graph/style';
import { ENTITY_TYPES } from '../model';
import { createColourScheme } from './colourScheme';

export function GraphView(
  props: Omit<GraphAdapterOptions, 'container'> & { onReady(adapter: GraphAdapter | null): void },
) {
  let container!: HTMLDivElement;
  const scheme = createColourScheme();
  onMount(() => {
    // The adapter is built once per mounted workspace; its callbacks are fixed for its lifetime.
    const adapter = createGraphAdapter({ ...props, container, theme: scheme() });
    props.onReady(adapter);
    createEffect(() => adapter.setTheme(scheme()));
    // The first frame that shows the graph, on the page's timeline (bench/graphOpen.ts).
    adapter.cy.one('render', () =>
      requestAnimationFrame(() => performance.mark('concord:graph-drawn')),
    );
    // The details panel opening or closing changes the canvas size: Cytoscape must be told.
    const resizes = new ResizeObserver(() => adapter.cy.resize());
    resizes.observe(container);
    onCleanup(() => {
      resizes.disconnect();
      props.onReady(null);
      adapter.destroy();
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
        aria-label="Graph"
        aria-describedby="graph-hint"
      />
      <div class="canvas-hint" id="graph-hint">
        Drag to move · Shift+drag from a node to link · Delete removes the selection
      </div>
      <div class="legend" role="group" aria-label="Legend">
        <For each={ENTITY_TYPES}>
          {(type) => (
            <span>
              <span class="swatch" style={{ background: ENTITY_LOOK[type].colour }} />
              {ENTITY_LOOK[type].label}
            </span>
          )}
        </For>
      </div>
    </div>
  );
}
