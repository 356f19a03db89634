// Workspace import and export: Concord JSON (lossless), CSV, GEXF, GraphML and Cytoscape JSON.
// Pure: imports the model (and graphology, papaparse), never yjs or solid; storing is the store's.
// The dialog's preview runs in a worker through previewClient.ts, imported by itself.
export * from './snapshot';
export { exportConcordJson } from './concordJson';
export { ALL_FIELDS, type EntityField } from './fields';
export {
  exportNodesCsv,
  exportEdgesCsv,
  readCsv,
  NODE_COLUMNS,
  EDGE_COLUMNS,
  type CsvTable,
} from './csv';
export {
  guessNodeMapping,
  guessEdgeMapping,
  previewCsvImport,
  type CsvNodeColumn,
  type CsvNodeMapping,
  type CsvEdgeMapping,
} from './csvImport';
export { exportGexf } from './gexf';
export { exportGraphml } from './graphml';
export { exportCytoscapeJson } from './cytoscapeJson';
export { previewImport, refuseText, baseName, IMPORT_FILE_TYPES } from './parseImport';
export {
  readImportFile,
  readImportFiles,
  previewTables,
  type CsvImportFile,
  type CsvRole,
} from './importFiles';
export { summaryOf, type PreviewStep, type PreviewSummary } from './previewWork';
