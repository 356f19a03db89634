// Messages of the exchange screens and the modules beneath them.
import type { Translations } from '../catalogue';
import type { exchange as english } from '../en/exchange';

export const exchange: Translations<typeof english> = {};
