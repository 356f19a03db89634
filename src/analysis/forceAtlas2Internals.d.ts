// Types for the two modules of graphology-layout-forceatlas2 that the layout worker uses directly:
// one iteration over the library's flat matrices, and its default settings. The library's own
// web worker drives `iterate` the same way; the public API rebuilds the matrices on every call,
// which would forget each node's speed and convergence between our chunks of iterations.
declare module 'graphology-layout-forceatlas2/iterate.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  export default function iterate(
    settings: Required<ForceAtlas2Settings>,
    nodes: Float32Array,
    edges: Float32Array,
  ): void;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  import type { ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
  const defaults: Required<ForceAtlas2Settings>;
  export default defaults;
}
