// How each entity and relation type looks on the canvas. One shape and colour per type, so the type
// reads at a glance and survives a greyscale print; labels sit below nodes with room for stacked
// Vietnamese marks (Ệ, Ở, Ỹ) above the line.
import type { EntityType, RelationType } from '../model';
import type { StylesheetJson } from 'cytoscape';

/** Shape and colour per type; the type's name is in the catalogues (common.type.*). */
export const ENTITY_LOOK: Record<EntityType, { shape: string; colour: string }> = {
  person: { shape: 'ellipse', colour: '#2563eb' },
  org: { shape: 'round-rectangle', colour: '#059669' },
  agreement: { shape: 'diamond', colour: '#d97706' },
  theme: { shape: 'hexagon', colour: '#7c3aed' },
  source: { shape: 'round-tag', colour: '#64748b' },
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

export type GraphTheme = 'light' | 'dark';

/**
 * The canvas's own colours per scheme, matching src/ui/app.css: labels sit on a plate of the
 * canvas's colour, node borders cut edges away from nodes in that colour, and the marks of the
 * selection and of pins are the strongest ink on that background.
 */
const THEME_INK: Record<
  GraphTheme,
  { label: string; plate: string; edgeLabel: string; strong: string; pinned: string }
> = {
  light: {
    label: '#1e293b', // i18n-exempt: a colour
    plate: '#ffffff',
    edgeLabel: '#475569',
    strong: '#0f172a',
    pinned: '#334155',
  },
  dark: {
    label: '#e2e8f0', // i18n-exempt: a colour
    plate: '#0f172a',
    edgeLabel: '#cbd5e1',
    strong: '#f8fafc',
    pinned: '#cbd5e1',
  },
};

/** Relation colours too dark, or too loud, on the dark canvas. */
const DARK_RELATION_COLOUR: Partial<Record<RelationType, string>> = {
  signed: '#3b82f6',
  mentions: '#94a3b8',
  related_to: '#94a3b8',
};

export const LABEL_FONT =
  // i18n-exempt: a CSS font stack
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

export function graphStylesheet(
  options: { bulk?: boolean; theme?: GraphTheme } = {},
): StylesheetJson {
  const theme = options.theme ?? 'light';
  const ink = THEME_INK[theme];
  const relationColour = (type: RelationType) =>
    (theme === 'dark' && DARK_RELATION_COLOUR[type]) || RELATION_COLOUR[type];
  const byType = Object.entries(ENTITY_LOOK).map(([type, look]) => ({
    selector: `node[type = "${type}"]`,
    style: { shape: look.shape, 'background-color': look.colour },
  }));
  const edgesByType = (Object.keys(RELATION_COLOUR) as RelationType[]).map((type) => ({
    selector: `edge[type = "${type}"]`,
    style: { 'line-color': relationColour(type), 'target-arrow-color': relationColour(type) },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)', // i18n-exempt: a Cytoscape style mapping
        width: 30,
        height: 30,
        'font-family': LABEL_FONT,
        'font-size': 12,
        color: ink.label,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 6,
        'text-wrap': 'wrap',
        'text-max-width': '150px',
        'line-height': 1.45,
        'text-background-color': ink.plate,
        'text-background-opacity': 0.8,
        'text-background-padding': '3px',
        'text-background-shape': 'round-rectangle',
        'border-width': 2,
        'border-color': ink.plate,
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
        label: 'data(label)', // i18n-exempt: a Cytoscape style mapping
        'font-family': LABEL_FONT,
        'font-size': 9,
        color: ink.edgeLabel,
        'text-rotation': 'autorotate',
        'text-background-color': ink.plate,
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
      style: { 'border-color': ink.pinned, 'border-width': 3, 'border-style': 'double' },
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
    { selector: 'node:selected', style: { 'border-color': ink.strong, 'border-width': 4 } },
    {
      selector: 'edge:selected',
      style: { width: 3.5, 'line-color': ink.strong, 'target-arrow-color': ink.strong },
    },
    // Edge drawing (cytoscape-edgehandles): the preview edge and the node it would connect to.
    {
      selector: '.eh-ghost-edge, .eh-preview',
      style: {
        'line-color': ink.strong,
        'target-arrow-color': ink.strong,
        'line-style': 'dashed',
        label: '',
      },
    },
    {
      selector: '.eh-source, .eh-target',
      style: { 'border-color': ink.strong, 'border-width': 4 },
    },
    {
      selector: '.eh-handle',
      style: { width: 10, height: 10, 'background-color': ink.strong, label: '' },
    },
  ] as StylesheetJson;
}
