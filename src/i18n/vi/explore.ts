// Messages of the explore screens and the modules beneath them.
import type { Translations } from '../catalogue';
import type { explore as english } from '../en/explore';

export const explore: Translations<typeof english> = {};
