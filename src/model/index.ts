// The model layer: pure types, ids, validation and restore. Imports neither yjs nor solid.
export * from './types';
export * from './ids';
export * from './dates';
export * from './limits';
export * from './text';
export * from './relationRules';
export * from './validate';
export * from './restore';
export * from './search';
export * from './abbreviations';
export * from './duplicates';
export * from './searchIndex';
export * from './provenance';
export * from './fileNames';
