// Messages of the app screens and the modules beneath them.
import type { Translations } from '../catalogue';
import type { app as english } from '../en/app';

export const app: Translations<typeof english> = {};
