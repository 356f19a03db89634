import { describe, expect, test } from 'vitest';
import {
  formatDate,
  formatNumber,
  message,
  missingText,
  translate,
  type MessageKey,
} from '../../../src/i18n';

describe('translate', () => {
  test('gives the text of a key in each language', () => {
    expect(translate('en', 'common.cancel')).toBe('Cancel');
    expect(translate('vi', 'common.cancel')).toBe('Hủy');
  });

  test('shows a key no catalogue has as a visible marker', () => {
    expect(translate('en', { key: 'nowhere.at.all' as MessageKey })).toBe(
      missingText('nowhere.at.all'),
    );
  });

  test('writes numbers the way each language groups thousands', () => {
    expect(formatNumber('en', 50000)).toBe('50,000');
    expect(formatNumber('vi', 50000)).toBe('50.000');
  });

  test('writes full dates day first in Vietnamese and with the month named in English', () => {
    expect(formatDate('vi', '2022-09-16')).toBe('16/09/2022');
    expect(formatDate('en', '2022-09-16')).toMatch(/^16 Sept? 2022$/);
    expect(formatDate('vi', '19/08')).toBe('19/08');
    expect(formatDate('en', '19/08')).toMatch(/^19 Aug$/);
    expect(formatDate('vi', '')).toBe('');
  });

  test('a message carries its key and parameters as plain data', () => {
    const built = message('common.type.person');
    expect(built).toEqual({ key: 'common.type.person' });
    expect(JSON.parse(JSON.stringify(built))).toEqual(built);
  });
});
