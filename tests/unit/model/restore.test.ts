import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n';
import {
  entityDefaults,
  ENTITY_TYPES,
  restoreEntity as restoreEntityReporting,
  restorePosition,
  restoreRelation as restoreRelationReporting,
  type Restored,
} from '../../../src/model';

/** The restored record, with its problems as an English reader sees them. */
const inEnglish = <T>({ value, problems }: Restored<T>) => ({
  value,
  problems: problems.map((problem) => translate('en', problem)),
});
const restoreEntity = (id: string, raw: unknown) => inEnglish(restoreEntityReporting(id, raw));
const restoreRelation = (id: string, raw: unknown) => inEnglish(restoreRelationReporting(id, raw));

const P = 'person:aaaaaaaa1111';
const O = 'org:bbbbbbbb2222';
const A = 'agreement:cccccccc3333';
const S = 'source:dddddddd4444';
const R = 'rel:eeeeeeee5555';

describe('restore problems', () => {
  it('are messages, plain data put into words in the reader’s language', () => {
    const [problem] = restoreEntityReporting(P, null).problems;
    expect(problem).toEqual({ key: 'entities.restore.notRecord', params: { id: P } });
    expect(JSON.parse(JSON.stringify(problem))).toEqual(problem);
    expect(translate('vi', problem)).toBe(`Đã bỏ ${P}: đây không phải là một bản ghi.`);
  });
});

describe('restoreEntity', () => {
  it.each(ENTITY_TYPES)('restores a %s with only a name, filling every default', (type) => {
    const id = `${type}:abcdefgh1234`;
    expect(restoreEntity(id, { name: ' Tên ' })).toEqual({
      value: { ...entityDefaults(type), id, type, name: 'Tên' },
      problems: [],
    });
  });

  it('keeps well-typed fields as they are', () => {
    const raw = {
      type: 'agreement',
      name: 'CT',
      signed: '19/08',
      periodFrom: 2021,
      periodTo: null,
      items: 5,
      aliases: ['x'],
    };
    const { value, problems } = restoreEntity(A, raw);
    expect(problems).toEqual([]);
    expect(value).toMatchObject({
      id: A,
      type: 'agreement',
      signed: '19/08',
      periodFrom: 2021,
      periodTo: null,
      items: 5,
      aliases: ['x'],
    });
  });

  it('does not share arrays with the raw record', () => {
    const aliases = ['x'];
    const value = restoreEntity(P, { name: 'A', aliases }).value;
    aliases.push('y');
    expect(value?.aliases).toEqual(['x']);
  });

  it.each([
    '',
    'person',
    'person:',
    'person:SHOUT123',
    'robot:abcdefgh',
    'rel:abcdefgh1234',
    'ws:abcdefgh1234',
  ])('drops a record with the bad entity id %j', (id) => {
    const { value, problems } = restoreEntity(id, { name: 'A' });
    expect(value).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/malformed id/);
  });

  it('cuts a very long bad id in its report', () => {
    const { problems } = restoreEntity('x'.repeat(10_000), { name: 'A' });
    expect(problems[0].length).toBeLessThan(200);
  });

  it.each([null, 'A', 42, ['A'], undefined])('drops %j, which is not a record', (raw) => {
    const { value, problems } = restoreEntity(P, raw);
    expect(value).toBeNull();
    expect(problems).toEqual([`Dropped ${P}: it is not a record.`]);
  });

  it.each([
    ['missing', {}],
    ['empty', { name: '' }],
    ['white space', { name: '   ' }],
    ['not a string', { name: 42 }],
    ['too long', { name: 'a'.repeat(501) }],
  ])('drops an entity whose name is %s', (_label, raw) => {
    const { value, problems } = restoreEntity(P, raw);
    expect(value).toBeNull();
    expect(problems).toEqual([`Dropped ${P}: its name is missing, empty or too long.`]);
  });

  it('drops an entity whose type contradicts its id', () => {
    const { value, problems } = restoreEntity(P, { type: 'org', name: 'A' });
    expect(value).toBeNull();
    expect(problems[0]).toMatch(/its type "org" does not match its id/);
  });

  it.each([
    ['notes', 42, ''],
    ['aliases', 'not a list', []],
    ['aliases', ['ok', 7], []],
    ['titles', [null], []],
    ['rank', { a: 1 }, ''],
  ])('resets the person field %s given as %j and reports it', (field, bad, fallback) => {
    const { value, problems } = restoreEntity(P, {
      name: 'A',
      [field]: bad,
      notes: field === 'notes' ? bad : 'kept',
    });
    expect(value).not.toBeNull();
    expect((value as unknown as Record<string, unknown>)[field]).toEqual(fallback);
    if (field !== 'notes') expect(value?.notes).toBe('kept');
    expect(problems).toEqual([
      `Reset the field "${field}" of ${P}: it had the wrong type or size.`,
    ]);
  });

  it.each([
    ['periodFrom', '2021'],
    ['periodTo', Number.NaN],
    ['items', Number.POSITIVE_INFINITY],
  ])('resets the agreement number %s given as %j to null', (field, bad) => {
    const { value, problems } = restoreEntity(A, { name: 'CT', [field]: bad });
    expect((value as unknown as Record<string, unknown>)[field]).toBeNull();
    expect(problems).toHaveLength(1);
  });

  it('resets a theme campaign that is not a boolean', () => {
    const { value, problems } = restoreEntity('theme:abcdefgh1234', { name: 'T', campaign: 'yes' });
    expect(value).toMatchObject({ campaign: false });
    expect(problems).toHaveLength(1);
  });

  it('resets a source text over 2 000 000 characters', () => {
    const { value, problems } = restoreEntity(S, { name: 'Bài', text: 't'.repeat(2_000_001) });
    expect(value).toMatchObject({ text: '' });
    expect(problems).toHaveLength(1);
  });

  it('leaves out fields no entity type has', () => {
    const value = restoreEntity(O, {
      name: 'X',
      evil: '<script>',
      __proto__: { polluted: true },
    }).value;
    expect(value).not.toHaveProperty('evil');
    expect(Object.keys(value ?? {}).sort()).toEqual([
      'aliases',
      'id',
      'kind',
      'name',
      'notes',
      'type',
    ]);
  });
});

describe('restoreRelation', () => {
  const good = { type: 'holds_title', from: P, to: O, label: 'Bí thư', provenance: [] };

  it('restores a well-formed relation', () => {
    expect(restoreRelation(R, good)).toEqual({ value: { id: R, ...good }, problems: [] });
  });

  it('fills a missing label and provenance', () => {
    expect(restoreRelation(R, { type: 'signed', from: P, to: A })).toEqual({
      value: { id: R, type: 'signed', from: P, to: A, label: '', provenance: [] },
      problems: [],
    });
  });

  it.each(['', 'rel:', 'rel:short', 'person:abcdefgh1234', 'relation:abcdefgh1234'])(
    'drops a relation with the bad id %j',
    (id) => {
      const { value, problems } = restoreRelation(id, good);
      expect(value).toBeNull();
      expect(problems[0]).toMatch(/malformed id/);
    },
  );

  it.each([null, 'holds_title', [good]])('drops %j, which is not a record', (raw) => {
    expect(restoreRelation(R, raw)).toEqual({
      value: null,
      problems: [`Dropped ${R}: it is not a record.`],
    });
  });

  it.each(['likes', '', 42, 'toString'])('drops a relation of unknown type %j', (type) => {
    expect(restoreRelation(R, { ...good, type })).toEqual({
      value: null,
      problems: [`Dropped ${R}: unknown relation type.`],
    });
  });

  it.each([
    ['types that may not be linked', { type: 'holds_title', from: O, to: P }],
    ['a self-link', { type: 'related_to', from: P, to: P }],
    ['a missing end', { type: 'signed', from: P }],
    ['a malformed end', { type: 'signed', from: 'person:!!', to: A }],
    ['a relation as an end', { type: 'related_to', from: P, to: R }],
    ['a non-string end', { type: 'signed', from: 7, to: A }],
  ])('drops %s', (_label, raw) => {
    expect(restoreRelation(R, raw)).toEqual({
      value: null,
      problems: [`Dropped ${R}: it does not link two entities that may be linked.`],
    });
  });

  it.each([42, 'x'.repeat(501)])('resets the bad label %j and reports it', (label) => {
    const { value, problems } = restoreRelation(R, { ...good, label });
    expect(value?.label).toBe('');
    expect(problems).toEqual([`Reset the label of ${R}.`]);
  });

  it('keeps good provenance and drops malformed provenance with one report', () => {
    const kept = { sourceId: S, start: 3, end: 10, quote: 'Bí thư' };
    const provenance = [
      kept,
      { sourceId: P, start: 0, end: 1, quote: 'x' }, // not a source
      { sourceId: S, start: -1, end: 1, quote: 'x' }, // negative start
      { sourceId: S, start: 5, end: 4, quote: 'x' }, // ends before it starts
      { sourceId: S, start: 0.5, end: 4, quote: 'x' }, // not a character index
      { sourceId: S, start: 0, end: 4 }, // no quote
      'a string',
      null,
    ];
    const { value, problems } = restoreRelation(R, { ...good, provenance });
    expect(value?.provenance).toEqual([kept]);
    expect(problems).toEqual([`Dropped malformed provenance of ${R}.`]);
  });

  it('copies provenance rather than sharing it', () => {
    const item = { sourceId: S, start: 0, end: 1, quote: 'x', extra: 'dropped' };
    const value = restoreRelation(R, { ...good, provenance: [item] }).value;
    item.quote = 'changed';
    expect(value?.provenance).toEqual([{ sourceId: S, start: 0, end: 1, quote: 'x' }]);
  });
});

describe('restorePosition', () => {
  it('keeps finite coordinates only', () => {
    expect(restorePosition({ x: 1.5, y: -2 })).toEqual({ x: 1.5, y: -2 });
    expect(restorePosition({ x: 1, y: 2, z: 3 })).toEqual({ x: 1, y: 2 });
  });

  it('keeps a pin only when it is exactly true', () => {
    expect(restorePosition({ x: 1, y: 2, pinned: true })).toEqual({ x: 1, y: 2, pinned: true });
    expect(restorePosition({ x: 1, y: 2, pinned: 'yes' })).toEqual({ x: 1, y: 2 });
    expect(restorePosition({ x: 1, y: 2, pinned: false })).toEqual({ x: 1, y: 2 });
  });

  it.each([
    null,
    undefined,
    'x',
    [1, 2],
    { x: 1 },
    { x: '1', y: 2 },
    { x: Number.NaN, y: 2 },
    { x: 1, y: Number.POSITIVE_INFINITY },
  ])('drops the position %j', (raw) => {
    expect(restorePosition(raw)).toBeNull();
  });
});
