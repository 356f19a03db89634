// The English catalogue, the reference every other language follows. Each area's keys start with
// the area's name, so areas cannot overwrite each other (a unit test checks).
import { app } from './app';
import { common } from './common';
import { entities } from './entities';
import { exchange } from './exchange';
import { explore } from './explore';
import { ingest } from './ingest';
import { sharing } from './sharing';

export const AREAS = { app, common, entities, exchange, explore, ingest, sharing } as const;

export const en = {
  ...app,
  ...common,
  ...entities,
  ...exchange,
  ...explore,
  ...ingest,
  ...sharing,
} as const;
