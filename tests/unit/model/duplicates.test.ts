// Which entities are probably one, and why: abbreviations against full forms, diacritics, aliases;
// different bodies and different types stay apart.
import { describe, expect, it } from 'vitest';
import { translate } from '../../../src/i18n';
import {
  findMergeMatch as findMergeMatchSaying,
  findMergeTarget,
  findPossibleDuplicates as findDuplicatesSaying,
  indexNames,
  validateEntity,
  type Entity,
  type EntityDraft,
  type EntityType,
} from '../../../src/model';

let counter = 0;
function entity(type: EntityType, name: string, aliases: string[] = []): Entity {
  const checked = validateEntity(type, { name, aliases } as EntityDraft);
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  counter += 1;
  return { ...checked.value, id: `${type}:test${String(counter).padStart(8, '0')}` } as Entity;
}

/** The groups, each with its reason as an English reader sees it. */
const findPossibleDuplicates = (entities: Record<string, Entity>) =>
  findDuplicatesSaying(entities).map((group) => ({
    ...group,
    reason: translate('en', group.reason),
  }));

function findMergeMatch(...args: Parameters<typeof findMergeMatchSaying>) {
  const match = findMergeMatchSaying(...args);
  return match && { ...match, reason: translate('en', match.reason) };
}

function recordOf(...entities: Entity[]): Record<string, Entity> {
  return Object.fromEntries(entities.map((e) => [e.id, e]));
}

describe('findPossibleDuplicates', () => {
  it.each([
    ['BĐBP tỉnh Kiên Giang', 'Bộ đội Biên phòng tỉnh Kiên Giang'],
    ['UBND quận Tân Bình', 'Ủy ban nhân dân quận Tân Bình'],
    ['Công an TPHCM', 'Công an Thành phố Hồ Chí Minh'],
    ['Công an TP.HCM', 'Công an Thành phố Hồ Chí Minh'],
    ['Ủy ban MTTQ tỉnh Long An', 'Ủy ban Mặt trận Tổ quốc tỉnh Long An'],
    ['HĐND huyện Củ Chi', 'Hội đồng nhân dân huyện Củ Chi'],
    ['BCHQS huyện Củ Chi', 'Ban Chỉ huy Quân sự huyện Củ Chi'],
    ['CA tỉnh Long An', 'Công an tỉnh Long An'],
    ['Hội LHPN quận 1', 'Hội Liên hiệp Phụ nữ quận 1'],
  ])('groups “%s” with “%s”', (short, long) => {
    const a = entity('org', long);
    const b = entity('org', short);
    expect(findPossibleDuplicates(recordOf(a, b))).toEqual([
      { ids: [a.id, b.id], reason: `“${short}” is an abbreviation of “${long}”` },
    ]);
  });

  it('groups the three spellings of Ho Chi Minh City in one group', () => {
    const spellings = ['UBND TPHCM', 'UBND TP.HCM', 'Ủy ban nhân dân Thành phố Hồ Chí Minh'];
    const entities = spellings.map((name) => entity('org', name));
    const groups = findPossibleDuplicates(recordOf(...entities));
    expect(groups.map((g) => g.ids)).toEqual([entities.map((e) => e.id)]);
    expect(groups[0].reason).toBe(
      '“UBND TPHCM” and “UBND TP.HCM” both abbreviate “Ủy ban nhân dân Thành phố Hồ Chí Minh”; ' +
        '“UBND TPHCM” is an abbreviation of “Ủy ban nhân dân Thành phố Hồ Chí Minh”',
    );
  });

  it('groups names that differ only in diacritics, case or punctuation, and says which', () => {
    const cases: Array<[string, string, string]> = [
      ['Nguyễn Văn Hùng', 'Nguyen Van Hung', 'same name ignoring diacritics'],
      ['Lê Văn Minh', 'LÊ VĂN MINH', 'same name ignoring case'],
      ['Ban Dân vận - Quận ủy Tân Bình', 'Ban Dân vận Quận ủy Tân Bình', 'ignoring punctuation'],
      ['Trần Thị Mai', 'Trần  Thị Mai', 'same name “Trần Thị Mai”'],
    ];
    for (const [first, second, reason] of cases) {
      const a = entity('person', first);
      const b = entity('person', second);
      const groups = findPossibleDuplicates(recordOf(a, b));
      expect(groups.map((g) => g.ids)).toEqual([[a.id, b.id]]);
      expect(groups[0].reason).toContain(reason);
    }
  });

  it('meets through aliases, and joins chains of matches into one group', () => {
    const a = entity('org', 'Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh');
    const b = entity('org', 'Biên phòng Thành phố', ['Bộ Chỉ huy BĐBP TPHCM']);
    const c = entity('org', 'Đồn Biên phòng Cần Giờ', ['Biên phòng TP']);
    const d = entity('org', 'Đồn Biên phòng Cần Giờ (cũ)');
    const groups = findPossibleDuplicates(recordOf(a, b, c, d));
    expect(groups.map((g) => g.ids)).toEqual([[a.id, b.id, c.id]]);
    expect(groups[0].reason).toContain(
      '“Bộ Chỉ huy BĐBP TPHCM” is an abbreviation of “Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh”',
    );
  });

  it('keeps different bodies apart', () => {
    const entities = [
      entity('org', 'Ban Dân vận Quận ủy Tân Bình'),
      entity('org', 'Ban Tuyên giáo Quận ủy Tân Bình'),
      entity('org', 'Công an quận 1'),
      entity('org', 'Công an quận 10'),
      entity('org', 'Ca tỉnh', ['Ca đoàn tỉnh']), // “Ca” is a word; only upper-case “CA” is Công an
      entity('org', 'Công an tỉnh'),
      entity('org', 'Ủy ban nhân dân huyện Củ Chi'),
      entity('org', 'HĐND huyện Củ Chi'),
    ];
    expect(findPossibleDuplicates(recordOf(...entities))).toEqual([]);
  });

  it('keeps entities of different types apart', () => {
    const theme = entity('theme', 'Dân vận khéo');
    const agreement = entity('agreement', 'Dân vận khéo');
    const org = entity('org', 'Công an tỉnh Long An');
    const person = entity('person', 'Công an tỉnh Long An');
    expect(findPossibleDuplicates(recordOf(theme, agreement, org, person))).toEqual([]);
  });

  it('does not pair an entity with itself when its name and alias share a key', () => {
    const org = entity('org', 'Ủy ban nhân dân quận 3', ['UBND quận 3', 'UBND Q3']);
    expect(findPossibleDuplicates(recordOf(org))).toEqual([]);
  });

  it('sums up a group with many reasons', () => {
    const entities = [
      entity('person', 'Nguyễn Văn An', ['An 1']),
      entity('person', 'Nguyen Van An', ['An 2']),
      entity('person', 'NGUYỄN VĂN AN', ['An-1', 'An 2']),
      entity('person', 'Nguyễn  Văn An', ['An.1']),
    ];
    const [group] = findPossibleDuplicates(recordOf(...entities));
    expect(group.ids).toHaveLength(4);
    expect(group.reason).toMatch(/; and \d+ more$/);
  });

  it('gives its reasons as messages, in the reader’s language', () => {
    const a = entity('org', 'Bộ đội Biên phòng tỉnh Kiên Giang');
    const b = entity('org', 'BĐBP tỉnh Kiên Giang');
    const [group] = findDuplicatesSaying(recordOf(a, b));
    expect(group.reason).toEqual({
      key: 'entities.duplicates.abbreviation',
      params: { short: 'BĐBP tỉnh Kiên Giang', long: 'Bộ đội Biên phòng tỉnh Kiên Giang' },
    });
    expect(translate('vi', group.reason)).toBe(
      '“BĐBP tỉnh Kiên Giang” là chữ viết tắt của “Bộ đội Biên phòng tỉnh Kiên Giang”',
    );
  });
});

describe('findMergeTarget', () => {
  const full = entity('org', 'Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh');
  const aliased = entity('org', 'Ban Dân vận Quận ủy Tân Bình', ['Bộ Chỉ huy BĐBP TP.HCM']);
  const person = entity('person', 'Nguyễn Quốc Ân');
  const entities = recordOf(aliased, full, person);

  it('proposes the entity of that type whose name or alias matches, with the reason', () => {
    expect(findMergeMatch(entities, 'org', ['Bộ Chỉ huy BĐBP TPHCM'])).toEqual({
      id: full.id,
      reason:
        '“Bộ Chỉ huy BĐBP TPHCM” is an abbreviation of “Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh”',
    });
    expect(findMergeTarget(entities, 'person', ['Nguyen Quoc An'])).toBe(person.id);
  });

  it('matches a candidate’s aliases too, earlier names first', () => {
    expect(findMergeTarget(entities, 'org', ['Ban Dân vận', 'ban dan van quan uy tan binh'])).toBe(
      aliased.id,
    );
    expect(findMergeTarget(entities, 'org', ['Ban Dân vận Quận ủy Tân Bình', 'BĐBP TP.HCM'])).toBe(
      aliased.id,
    );
  });

  it('answers null for another type or no match', () => {
    expect(findMergeTarget(entities, 'person', ['Bộ Chỉ huy BĐBP TPHCM'])).toBeNull();
    expect(findMergeTarget(entities, 'org', ['Công an quận 1', ''])).toBeNull();
    expect(findMergeTarget(entities, 'theme', ['Dân vận khéo'])).toBeNull();
  });

  it('answers the same from a prepared index', () => {
    const index = indexNames(entities);
    expect(findMergeTarget(index, 'org', ['Bộ Chỉ huy BĐBP TPHCM'])).toBe(full.id);
    expect(findMergeTarget(index, 'org', ['Công an quận 1'])).toBeNull();
  });
});
