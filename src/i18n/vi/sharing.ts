// Messages of the sharing screens and the modules beneath them.
import type { Translations } from '../catalogue';
import type { sharing as english } from '../en/sharing';

export const sharing: Translations<typeof english> = {};
