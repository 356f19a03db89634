// The drawn graph as a picture: PNG through Cytoscape's own renderer, SVG through cytoscape-svg
// (canvas2svg writes labels as text nodes, so a name full of markup stays text in the file).
import cytoscape, { type Core } from 'cytoscape';
import svg from 'cytoscape-svg';

let registered = false;

/** The whole drawing (not only what the viewport shows), on white, at twice the screen scale. */
export function exportPng(cy: Core): Promise<Blob> {
  return cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
}

export function exportSvg(cy: Core): string {
  if (!registered) {
    cytoscape.use(svg);
    registered = true;
  }
  return (cy as Core & { svg(options: object): string }).svg({
    full: true,
    scale: 1,
    bg: '#ffffff',
  });
}
