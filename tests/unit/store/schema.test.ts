// Pins the Yjs document schema (see src/store/schema.ts and the README's schema table): a change
// here changes what every stored workspace and every peer holds, and needs a migration.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addEntity,
  getRoots,
  initSchema,
  linkEntities,
  readEntity,
  readRelation,
  SCHEMA_VERSION,
  setWorkspaceName,
  SYSTEM_ORIGIN,
  updateEntity,
} from '../../../src/store';
import { createPeers, createWorkspace, must, syncPeers } from './helpers';

/** doc.toJSON() with every generated id replaced by a stable name. */
function pinned(doc: Y.Doc, names: Record<string, string>): unknown {
  let json = JSON.stringify(doc.toJSON());
  for (const [name, id] of Object.entries(names)) json = json.split(id).join(`<${name}>`);
  return JSON.parse(json);
}

describe('the workspace document', () => {
  it('has the pinned shape', () => {
    const doc = createWorkspace();
    setWorkspaceName(doc, 'Dân vận 2022');
    const person = must(
      addEntity(
        doc,
        'person',
        { name: 'Nguyễn Văn A', rank: 'Đại tá', titles: ['Bí thư'] },
        { position: { x: 10, y: 20 } },
      ),
    );
    const org = must(
      addEntity(doc, 'org', { name: 'Tỉnh ủy', kind: 'party committee', aliases: ['TU'] }),
    );
    const agreement = must(
      addEntity(doc, 'agreement', {
        name: 'Chương trình phối hợp',
        kind: 'chương trình phối hợp',
        signed: '19/08',
        periodFrom: 2021,
        periodTo: 2025,
        items: 5,
      }),
    );
    const theme = must(addEntity(doc, 'theme', { name: 'Dân vận khéo', campaign: true }));
    const source = must(
      addEntity(doc, 'source', {
        name: 'Bài báo',
        url: 'https://example.org/a',
        published: '2022-09-16',
        text: 'Chiều 19/8, ông A…',
      }),
    );
    const title = must(
      linkEntities(doc, { type: 'holds_title', from: person, to: org, label: 'Bí thư' }),
    );
    const party = must(linkEntities(doc, { type: 'party_to', from: org, to: agreement }));
    const covers = must(linkEntities(doc, { type: 'covers', from: agreement, to: theme }));
    const mention = must(
      linkEntities(doc, {
        type: 'mentions',
        from: source,
        to: person,
        provenance: [{ sourceId: source, start: 11, end: 16, quote: 'ông A' }],
      }),
    );

    expect(
      pinned(doc, { person, org, agreement, theme, source, title, party, covers, mention }),
    ).toEqual({
      meta: { schemaVersion: 1, name: 'Dân vận 2022' },
      entities: {
        '<person>': {
          name: 'Nguyễn Văn A',
          rank: 'Đại tá',
          titles: ['Bí thư'],
        },
        '<org>': {
          name: 'Tỉnh ủy',
          aliases: ['TU'],
          kind: 'party committee',
        },
        '<agreement>': {
          name: 'Chương trình phối hợp',
          kind: 'chương trình phối hợp',
          signed: '19/08',
          periodFrom: 2021,
          periodTo: 2025,
          items: 5,
        },
        '<theme>': { name: 'Dân vận khéo', campaign: true },
        '<source>': {
          name: 'Bài báo',
          url: 'https://example.org/a',
          published: '2022-09-16',
          text: 'Chiều 19/8, ông A…',
        },
      },
      relations: {
        '<title>': {
          type: 'holds_title',
          from: '<person>',
          to: '<org>',
          label: 'Bí thư',
        },
        '<party>': {
          type: 'party_to',
          from: '<org>',
          to: '<agreement>',
        },
        '<covers>': {
          type: 'covers',
          from: '<agreement>',
          to: '<theme>',
        },
        '<mention>': {
          type: 'mentions',
          from: '<source>',
          to: '<person>',
          provenance: [{ sourceId: '<source>', start: 11, end: 16, quote: 'ông A' }],
        },
      },
      layout: { '<person>': { x: 10, y: 20 } },
    });
  });

  it('keeps each entity in its own nested map and each relation as a plain value', () => {
    const doc = createWorkspace();
    const person = must(addEntity(doc, 'person', { name: 'A' }));
    const org = must(addEntity(doc, 'org', { name: 'O' }));
    const rel = must(linkEntities(doc, { type: 'holds_title', from: person, to: org }));
    const { entities, relations } = getRoots(doc);
    expect(entities.get(person)).toBeInstanceOf(Y.Map);
    expect(relations.get(rel)).not.toBeInstanceOf(Y.AbstractType);
  });

  it('reads a workspace that stored every field, as earlier versions wrote it, the same way', () => {
    const doc = createWorkspace();
    const { entities, relations } = getRoots(doc);
    const person = 'person:aaaaaaaaaaaa';
    const org = 'org:bbbbbbbbbbbb';
    const relation = {
      id: 'rel:cccccccccccc',
      type: 'related_to',
      from: person,
      to: org,
      label: '',
      provenance: [],
    };
    doc.transact(() => {
      const fields = new Y.Map<unknown>();
      for (const [key, value] of Object.entries({
        type: 'person',
        name: 'A',
        aliases: [],
        notes: '',
        rank: '',
        titles: [],
      }))
        fields.set(key, value);
      entities.set(person, fields);
      const orgFields = new Y.Map<unknown>();
      orgFields.set('type', 'org');
      orgFields.set('name', 'O');
      entities.set(org, orgFields);
      relations.set(relation.id, relation);
    });
    const written = createWorkspace();
    const writtenPerson = must(addEntity(written, 'person', { name: 'A' }));
    expect(readEntity(doc, person)).toEqual({ ...readEntity(written, writtenPerson), id: person });
    // Stored whole, id and empty parts included, it reads back as it was.
    expect(readRelation(doc, relation.id)).toEqual(relation);
  });

  it('deletes a field set back to its default, and a peer who set it meanwhile keeps it', () => {
    const [one, two] = createPeers(2);
    const person = must(addEntity(one, 'person', { name: 'A', notes: 'first' }));
    syncPeers(one, two);
    must(updateEntity(one, person, { notes: '' }));
    expect(getRoots(one).entities.get(person)?.has('notes')).toBe(false);
    must(updateEntity(two, person, { notes: 'kept' }));
    syncPeers(one, two);
    for (const peer of [one, two]) expect(readEntity(peer, person)?.notes).toBe('kept');
  });

  it('is stamped with the schema version once, outside the undo history', () => {
    expect(SCHEMA_VERSION).toBe(1);
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    initSchema(doc);
    initSchema(doc);
    expect(getRoots(doc).meta.get('schemaVersion')).toBe(1);
    expect(origins).toEqual([SYSTEM_ORIGIN]);
  });

  it('does not overwrite the version a loaded workspace already has', () => {
    const doc = new Y.Doc();
    getRoots(doc).meta.set('schemaVersion', 2);
    initSchema(doc);
    expect(getRoots(doc).meta.get('schemaVersion')).toBe(2);
  });
});
