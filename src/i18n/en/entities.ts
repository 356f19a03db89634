// Messages of the entities screens and the modules beneath them.
export const entities = {} as const;
