// Messages of the exchange screens and the modules beneath them.
export const exchange = {} as const;
