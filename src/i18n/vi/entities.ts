// Messages of the entities screens and the modules beneath them.
import type { Translations } from '../catalogue';
import type { entities as english } from '../en/entities';

export const entities: Translations<typeof english> = {};
