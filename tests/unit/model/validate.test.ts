import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n';
import {
  entityDefaults,
  ENTITY_TYPES,
  MAX_LIST_ITEMS,
  MAX_NAME_LENGTH,
  validateEntity,
  type EntityFields,
  type Validation,
} from '../../../src/model';

function valueOf(result: Validation<EntityFields>): Record<string, unknown> {
  if (!result.ok) throw new Error(`expected a valid entity, got ${JSON.stringify(result.errors)}`);
  return result.value as unknown as Record<string, unknown>;
}

/** The errors, as an English reader sees them. */
function errorsOf(result: Validation<EntityFields>): Record<string, string> {
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);
  return Object.fromEntries(
    Object.entries(result.errors).map(([field, error]) => [field, translate('en', error)]),
  );
}

const NFD_NAME = 'Ủy ban nhân dân'.normalize('NFD');
const NFC_NAME = 'Ủy ban nhân dân'.normalize('NFC');

describe('validateEntity, for every type', () => {
  it.each(ENTITY_TYPES)('fills the defaults of a %s around its name', (type) => {
    const value = valueOf(validateEntity(type, { name: 'Tên' }));
    expect(value).toEqual({ ...entityDefaults(type), type, name: 'Tên' });
  });

  it.each(ENTITY_TYPES)('rejects an empty or white-space %s name', (type) => {
    expect(errorsOf(validateEntity(type, { name: '' })).name).toMatch(/cannot be empty/);
    expect(errorsOf(validateEntity(type, { name: ' \t\n ' })).name).toMatch(/cannot be empty/);
    expect(errorsOf(validateEntity(type, {})).name).toMatch(/cannot be empty/);
  });

  it.each(ENTITY_TYPES)('rejects a %s name longer than 500 characters', (type) => {
    expect(valueOf(validateEntity(type, { name: 'a'.repeat(MAX_NAME_LENGTH) })).name).toHaveLength(
      500,
    );
    const errors = errorsOf(validateEntity(type, { name: 'a'.repeat(MAX_NAME_LENGTH + 1) }));
    expect(errors.name).toMatch(/501 characters; at most 500/);
  });

  it.each(ENTITY_TYPES)('stores an NFD %s name as NFC, trimmed and with folded spaces', (type) => {
    const value = valueOf(validateEntity(type, { name: `  ${NFD_NAME.replace(/ /g, '   ')} ` }));
    expect(value.name).toBe(NFC_NAME);
    expect(value.name).not.toBe(NFD_NAME);
  });

  it.each(ENTITY_TYPES)('trims and de-duplicates the aliases of a %s', (type) => {
    const value = valueOf(
      validateEntity(type, {
        name: 'X',
        aliases: [' UBND ', 'UBND', '', '  ', 'Ủy ban', 'Ủy ban'.normalize('NFD')],
      }),
    );
    expect(value.aliases).toEqual(['UBND', 'Ủy ban']);
  });

  it('names the title of a source rather than its name', () => {
    expect(errorsOf(validateEntity('source', { name: '' })).name).toBe(
      'The title cannot be empty.',
    );
    expect(errorsOf(validateEntity('person', { name: '' })).name).toBe('The name cannot be empty.');
  });

  it('limits how many aliases and how long each may be', () => {
    const many = Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `alias ${i}`);
    expect(errorsOf(validateEntity('org', { name: 'X', aliases: many })).aliases).toMatch(
      /At most 200/,
    );
    const long = ['a'.repeat(MAX_NAME_LENGTH + 1)];
    expect(errorsOf(validateEntity('org', { name: 'X', aliases: long })).aliases).toMatch(
      /at most 500/,
    );
  });

  it('keeps line breaks in notes but stores them as NFC', () => {
    const notes = `Dòng một\n\n  Dòng hai  `.normalize('NFD');
    const value = valueOf(validateEntity('theme', { name: 'X', notes }));
    expect(value.notes).toBe(`Dòng một\n\n  Dòng hai  `.normalize('NFC'));
  });

  it('rejects notes over 100 000 characters', () => {
    const errors = errorsOf(validateEntity('theme', { name: 'X', notes: 'n'.repeat(100_001) }));
    expect(errors.notes).toMatch(/at most 100,000/);
  });

  it('treats a field given as undefined as left out', () => {
    const value = valueOf(
      validateEntity('person', { name: 'A', notes: undefined, rank: undefined }),
    );
    expect(value.notes).toBe('');
    expect(value.rank).toBe('');
    const agreement = valueOf(validateEntity('agreement', { name: 'A', periodFrom: undefined }));
    expect(agreement.periodFrom).toBeNull();
  });
});

describe('validateEntity, person', () => {
  it('cleans titles like aliases', () => {
    const value = valueOf(
      validateEntity('person', { name: 'A', rank: ' Đại tá ', titles: [' Bí thư ', 'Bí thư'] }),
    );
    expect(value.rank).toBe('Đại tá');
    expect(value.titles).toEqual(['Bí thư']);
  });

  it('rejects a rank over 100 characters', () => {
    expect(
      errorsOf(validateEntity('person', { name: 'A', rank: 'r'.repeat(101) })).rank,
    ).toBeDefined();
  });
});

describe('validateEntity, organisation', () => {
  it('rejects a kind over 200 characters', () => {
    expect(valueOf(validateEntity('org', { name: 'A', kind: 'mass organisation' })).kind).toBe(
      'mass organisation',
    );
    expect(
      errorsOf(validateEntity('org', { name: 'A', kind: 'k'.repeat(201) })).kind,
    ).toBeDefined();
  });
});

describe('validateEntity, agreement', () => {
  const agreement = (draft: Record<string, unknown>) =>
    validateEntity('agreement', { name: 'Chương trình', ...draft });

  it('accepts a full agreement', () => {
    const value = valueOf(
      agreement({
        kind: 'quy chế phối hợp',
        signed: '29/02',
        periodFrom: 2021,
        periodTo: 2025,
        items: 5,
        summary: 'S',
      }),
    );
    expect(value).toMatchObject({ signed: '29/02', periodFrom: 2021, periodTo: 2025, items: 5 });
  });

  it('rejects a period that ends before it starts', () => {
    expect(errorsOf(agreement({ periodFrom: 2025, periodTo: 2021 })).periodTo).toBe(
      'The period ends (2021) before it starts (2025).',
    );
    expect(valueOf(agreement({ periodFrom: 2025, periodTo: 2025 })).periodTo).toBe(2025);
    expect(valueOf(agreement({ periodFrom: 2025, periodTo: null })).periodTo).toBeNull();
  });

  it('rejects years outside 1900–2200 and fractional years', () => {
    expect(errorsOf(agreement({ periodFrom: 1899 })).periodFrom).toMatch(/between 1900 and 2200/);
    expect(errorsOf(agreement({ periodTo: 2201 })).periodTo).toMatch(/between 1900 and 2200/);
    expect(errorsOf(agreement({ periodFrom: 2020.5 })).periodFrom).toBeDefined();
    expect(errorsOf(agreement({ periodFrom: Number.NaN })).periodFrom).toBeDefined();
  });

  it.each(['31/04', '30/02', '2023-02-29', '16/9/2022', 'soon'])(
    'rejects the signed date %j',
    (signed) => {
      expect(errorsOf(agreement({ signed })).signed).toMatch(/Not a date that exists/);
    },
  );

  it.each([2.5, -1, 10_001, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects %d content items',
    (items) => {
      expect(errorsOf(agreement({ items })).items).toMatch(/whole number/);
    },
  );

  it('accepts 0 content items', () => {
    expect(valueOf(agreement({ items: 0 })).items).toBe(0);
  });

  it('reports every wrong field at once', () => {
    const errors = errorsOf(agreement({ name: '', signed: '31/04', items: 1.5 }));
    expect(Object.keys(errors).sort()).toEqual(['items', 'name', 'signed']);
  });
});

describe('validateEntity, theme', () => {
  it('requires campaign to be a boolean', () => {
    expect(
      valueOf(validateEntity('theme', { name: 'Dân vận khéo', campaign: true })).campaign,
    ).toBe(true);
    const draft = { name: 'X', campaign: 'yes' as unknown as boolean };
    expect(errorsOf(validateEntity('theme', draft)).campaign).toBeDefined();
  });
});

describe('validateEntity, source', () => {
  it.each(['https://baochinhphu.vn/a', 'http://example.org/x?y=1'])(
    'accepts the address %j',
    (url) => {
      expect(valueOf(validateEntity('source', { name: 'Bài', url })).url).toBe(url);
    },
  );

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'ftp://example.org',
    'example.org/article',
    'not a url',
  ])('rejects the address %j', (url) => {
    expect(errorsOf(validateEntity('source', { name: 'Bài', url })).url).toMatch(
      /http:\/\/ or https:\/\//,
    );
  });

  it('rejects an address over 2 000 characters', () => {
    const url = `https://example.org/${'a'.repeat(2_000)}`;
    expect(errorsOf(validateEntity('source', { name: 'Bài', url })).url).toBeDefined();
  });

  it('accepts only a full date as published date', () => {
    expect(
      valueOf(validateEntity('source', { name: 'Bài', published: '2022-09-16' })).published,
    ).toBe('2022-09-16');
    expect(
      errorsOf(validateEntity('source', { name: 'Bài', published: '16/09' })).published,
    ).toBeDefined();
    expect(
      errorsOf(validateEntity('source', { name: 'Bài', published: '2022-02-30' })).published,
    ).toBeDefined();
  });

  it('keeps the text as given, in NFC', () => {
    const text = '  Chiều 19/8,\n Ủy ban  '.normalize('NFD');
    expect(valueOf(validateEntity('source', { name: 'Bài', text })).text).toBe(
      text.normalize('NFC'),
    );
  });
});
