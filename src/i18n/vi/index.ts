// The Vietnamese catalogue: one text for every English key, area by area.
import { app } from './app';
import { common } from './common';
import { entities } from './entities';
import { exchange } from './exchange';
import { explore } from './explore';
import { ingest } from './ingest';
import { sharing } from './sharing';

export const AREAS = { app, common, entities, exchange, explore, ingest, sharing } as const;

export const vi = {
  ...app,
  ...common,
  ...entities,
  ...exchange,
  ...explore,
  ...ingest,
  ...sharing,
};
