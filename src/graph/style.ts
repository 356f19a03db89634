// How each entity and relation type looks on the canvas. One shape and colour per type, so the type
// reads at a glance and survives a greyscale print; labels sit below nodes with room for stacked
// Vietnamese marks (Ệ, Ở, Ỹ) above the line.
import type { EntityType, RelationType } from '../model';
import type { StylesheetJson } from 'cytoscape';

export const ENTITY_LOOK: Record<
  EntityType,
  { shape: string; colour: string; label: string; plural: string }
> = {
  person: { shape: 'ellipse', colour: '#2563eb', label: 'Person', plural: 'People' },
  org: {
    shape: 'round-rectangle',
    colour: '#059669',
    label: 'Organisation',
    plural: 'Organisations',
  },
  agreement: { shape: 'diamond', colour: '#d97706', label: 'Agreement', plural: 'Agreements' },
  theme: { shape: 'hexagon', colour: '#7c3aed', label: 'Theme', plural: 'Themes' },
  source: { shape: 'round-tag', colour: '#64748b', label: 'Source', plural: 'Sources' },
};

export const RELATION_COLOUR: Record<RelationType, string> = {
  holds_title: '#60a5fa',
  party_to: '#f59e0b',
  covers: '#a78bfa',
  part_of: '#34d399',
  attended: '#93c5fd',
  signed: '#1d4ed8',
  mentions: '#cbd5e1',
  related_to: '#94a3b8',
};

export const LABEL_FONT =
  '"Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';

/**
 * Cheaper looks for a drawing of thousands of elements ("Show everything" on a large workspace):
 * straight haystack edges without arrows or labels and nodes without label backgrounds. Drawing
 * each frame costs several times less; at that scale arrows and edge labels are not readable
 * anyway, and zooming into a few nodes is what focus and the overview are for.
 */
const BULK_OVERRIDES = [
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'target-arrow-shape': 'none',
      label: '',
    },
  },
  { selector: 'node', style: { 'text-background-opacity': 0, 'border-width': 0 } },
];

export function graphStylesheet(options: { bulk?: boolean } = {}): StylesheetJson {
  const byType = Object.entries(ENTITY_LOOK).map(([type, look]) => ({
    selector: `node[type = "${type}"]`,
    style: { shape: look.shape, 'background-color': look.colour },
  }));
  const edgesByType = Object.entries(RELATION_COLOUR).map(([type, colour]) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': colour, 'target-arrow-color': colour },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 30,
        height: 30,
        'font-family': LABEL_FONT,
        'font-size': 12,
        color: '#1e293b',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 6,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'line-height': 1.45,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '3px',
        'text-background-shape': 'round-rectangle',
        'border-width': 2,
        'border-color': '#ffffff',
        'min-zoomed-font-size': 6,
      },
    },
    ...byType,
    { selector: 'node[type = "agreement"]', style: { width: 36, height: 36 } },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        label: 'data(label)',
        'font-family': LABEL_FONT,
        'font-size': 9,
        color: '#475569',
        'text-rotation': 'autorotate',
        'text-background-color': '#f8fafc',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        // Edge labels appear once the user zooms in, so an overview stays readable.
        'min-zoomed-font-size': 10,
      },
    },
    ...edgesByType,
    {
      selector: 'edge[type = "mentions"]',
      style: { 'line-style': 'dashed', opacity: 0.55, label: '' },
    },
    { selector: 'edge[type = "related_to"]', style: { 'line-style': 'dotted' } },
    // Before the state rules below, so that selection, pins and paths still show in bulk.
    ...(options.bulk ? BULK_OVERRIDES : []),
    // Metrics mapped by the user: size 0..1 from a centrality, colour from a community.
    {
      selector: 'node[size]',
      style: { width: 'mapData(size, 0, 1, 22, 84)', height: 'mapData(size, 0, 1, 22, 84)' },
    },
    { selector: 'node[colour]', style: { 'background-color': 'data(colour)' } },
    // A pinned node wears a dark ring, so the user sees why a layout left it in place.
    {
      selector: 'node.pinned',
      style: { 'border-color': '#334155', 'border-width': 3, 'border-style': 'double' },
    },
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    {
      selector: 'node.on-path',
      style: { 'border-color': '#dc2626', 'border-width': 5, 'z-index': 10 },
    },
    {
      selector: 'edge.on-path',
      style: {
        width: 5,
        'line-color': '#dc2626',
        'target-arrow-color': '#dc2626',
        opacity: 1,
        'z-index': 10,
        // The chain reads along the path even before the user zooms in.
        'min-zoomed-font-size': 0,
      },
    },
    // What someone else in a shared workspace has selected: a halo in their colour.
    {
      selector: 'node[peerColour]',
      style: {
        'underlay-color': 'data(peerColour)',
        'underlay-opacity': 0.45,
        'underlay-padding': 8,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge[peerColour]',
      style: {
        'underlay-color': 'data(peerColour)',
        'underlay-opacity': 0.45,
        'underlay-padding': 5,
      },
    },
    { selector: 'node:selected', style: { 'border-color': '#0f172a', 'border-width': 4 } },
    {
      selector: 'edge:selected',
      style: { width: 3.5, 'line-color': '#0f172a', 'target-arrow-color': '#0f172a' },
    },
    // Edge drawing (cytoscape-edgehandles): the preview edge and the node it would connect to.
    {
      selector: '.eh-ghost-edge, .eh-preview',
      style: {
        'line-color': '#0f172a',
        'target-arrow-color': '#0f172a',
        'line-style': 'dashed',
        label: '',
      },
    },
    { selector: '.eh-source, .eh-target', style: { 'border-color': '#0f172a', 'border-width': 4 } },
    {
      selector: '.eh-handle',
      style: { width: 10, height: 10, 'background-color': '#0f172a', label: '' },
    },
  ] as StylesheetJson;
}
