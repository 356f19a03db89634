// The graph canvas from the keyboard: what a mouse does there by dragging and scrolling. The
// arrows move the selected nodes (stored like a drag) or, with nothing selected, pan the view;
// + and - zoom about the middle. Selecting is done in the list or the search box.
import type { Core } from 'cytoscape';
import type { Position } from '../model';

/** On screen, in pixels: the same distance at any zoom. */
const STEP = 20;
const BIG_STEP = 100;
const ZOOM_FACTOR = 1.25;

const DIRECTIONS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

export function handleCanvasKey(
  event: KeyboardEvent,
  cy: Core,
  onMove: ((positions: Record<string, Position>) => void) | undefined,
): void {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const direction = DIRECTIONS[event.key];
  if (direction) {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const [dx, dy] = [direction[0] * step, direction[1] * step];
    const nodes = cy.nodes(':selected');
    if (nodes.empty()) cy.panBy({ x: -dx, y: -dy });
    else {
      const zoom = cy.zoom();
      const positions: Record<string, Position> = {};
      nodes.forEach((node) => {
        const { x, y } = node.position();
        positions[node.id()] = { x: x + dx / zoom, y: y + dy / zoom };
      });
      onMove?.(positions);
    }
  } else if (event.key === '+' || event.key === '=' || event.key === '-') {
    const factor = event.key === '-' ? 1 / ZOOM_FACTOR : ZOOM_FACTOR;
    // A centring animation still running (a pick in the list) would overwrite this zoom.
    cy.stop(true);
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
  } else return;
  event.preventDefault();
}
