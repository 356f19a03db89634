// Messages of the ingest screens and the modules beneath them.
import type { Translations } from '../catalogue';
import type { ingest as english } from '../en/ingest';

export const ingest: Translations<typeof english> = {};
