// graphology-gexf's writer by itself. The package's browser entry also loads its parser, which
// reads DOMParser as it loads, and the import preview's worker has no DOMParser.
declare module 'graphology-gexf/browser/writer.js' {
  import { write } from 'graphology-gexf/browser';
  export default write;
}
