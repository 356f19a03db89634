// Messages of the app screens and the modules beneath them.
export const app = {} as const;
