// Input typed as anything (an importer's row, a peer's record) meets the same checks as a form.
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n';
import {
  canLink,
  createId,
  restoreEntity,
  restoreRelation,
  validateEntity,
  type EntityDraft,
  type RelationType,
} from '../../../src/model';

describe('untrusted input', () => {
  it('refuses a name that is not text', () => {
    const checked = validateEntity('person', { name: 42 } as unknown as EntityDraft);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(translate('en', checked.errors.name)).toMatch(/text/);
  });

  it('drops fields the entity type does not have', () => {
    const checked = validateEntity('org', {
      name: 'UBND quận',
      rank: 'Đại tá',
      __proto__x: 1,
    } as unknown as EntityDraft);
    expect(checked.ok && Object.keys(checked.value).sort()).toEqual([
      'aliases',
      'kind',
      'name',
      'notes',
      'type',
    ]);
  });

  it('finds no relation rule on the prototype', () => {
    expect(canLink('toString' as RelationType, 'person', 'org')).toBe(false);
    const id = createId('rel');
    const restored = restoreRelation(id, {
      type: 'toString',
      from: createId('person'),
      to: createId('org'),
    });
    expect(restored.value).toBeNull();
  });

  it('resets an oversized field from a peer and keeps the rest, in NFC', () => {
    const id = createId('person');
    const nfdName = 'Nguyễn Quốc Ân'.normalize('NFD');
    const restored = restoreEntity(id, {
      name: nfdName,
      rank: 'x'.repeat(2_000_000),
      titles: ['Chính ủy'],
    });
    expect(restored.value).toMatchObject({
      id,
      name: 'Nguyễn Quốc Ân',
      rank: '',
      titles: ['Chính ủy'],
    });
    expect(restored.problems.map((problem) => translate('en', problem))).toEqual([
      `Reset the field "rank" of ${id}: it had the wrong type or size.`,
    ]);
  });

  it('reports NaN content items with the field’s own message', () => {
    const checked = validateEntity('agreement', { name: 'Quy chế', items: Number.NaN });
    expect(!checked.ok && translate('en', checked.errors.items)).toMatch(/whole number/);
  });
});
