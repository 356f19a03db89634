// Colours for communities on the graph, one per community from the largest down; the rest share a
// neutral grey. Chosen from the Okabe–Ito, Paul Tol and ColorBrewer palettes so that every pair
// stays apart for readers with red–green colour blindness (CIE76 ΔE ≥ 13 under simulated
// protanopia and deuteranopia), and each is dark enough (≥ 3:1 against white) to show the nodes'
// white outline and sit under the white label backing. A unit test holds the palette to this.
export const COMMUNITY_COLOURS: string[] = [
  '#332288', // indigo
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#661100', // brown
  '#882255', // wine
  '#AA4499', // purple
  '#009E73', // bluish green
  '#117733', // green
  '#EE6677', // rose
  '#6699CC', // steel blue
  '#6A3D9A', // violet
  '#999933', // olive
];

/** For the communities beyond the palette: small ones, where telling them apart matters least. */
export const OTHER_COMMUNITY_COLOUR = '#8A94A6';

export function communityColour(community: number): string {
  return COMMUNITY_COLOURS[community] ?? OTHER_COMMUNITY_COLOUR;
}
