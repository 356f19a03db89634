// Messages of the explore screens and the modules beneath them.
export const explore = {} as const;
