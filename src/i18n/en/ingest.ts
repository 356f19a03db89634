// Messages of the ingest screens and the modules beneath them.
export const ingest = {} as const;
