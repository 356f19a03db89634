// No words for a person outside the message catalogues: every label, message and error goes
// through src/i18n, so switching language switches all of it.
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { findHardCodedText } from './hardCodedText';

test('UI text lives in the catalogues, not in the code', () => {
  const found = findHardCodedText(resolve(__dirname, '../../..'));
  expect(found.map((text) => `${text.file}:${text.line} ${text.text}`)).toEqual([]);
});

test('the scanner finds each kind of hard-coded text and leaves code strings alone', () => {
  const found = findHardCodedText(resolve(__dirname, '../../fixtures/hardCodedText'));
  expect(found.map((text) => `${text.line} ${text.text}`)).toEqual([
    '3 Delete',
    '4 Imported  …  entities.',
    '11 title="Open the panel"',
    '12 Hello there',
  ]);
});
