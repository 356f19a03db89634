// The store layer: the Yjs schema, the write commands and the read-only projection.
export * from './schema';
export * from './result';
export * from './commands';
export * from './mergeEntities';
export * from './projection';
export * from './history';
export * from './workspaceRegistry';
export * from './commitIngestion';
export * from './importSnapshot';
