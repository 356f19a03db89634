// Messages of the sharing screens and the modules beneath them.
export const sharing = {} as const;
