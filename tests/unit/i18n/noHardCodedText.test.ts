// No words for a person outside the message catalogues: every label, message and error goes
// through src/i18n, so switching language switches all of it.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findHardCodedText } from './hardCodedText';

/** Files still being moved to the catalogues. This list only shrinks; it must end empty. */
const PENDING = new Set([
  'src/model/duplicates.ts',
  'src/model/relationRules.ts',
  'src/model/restore.ts',
  'src/model/types.ts',
  'src/model/validate.ts',
  'src/store/commands.ts',
  'src/store/commitIngestion.ts',
  'src/store/importSnapshot.ts',
  'src/store/mergeEntities.ts',
  'src/store/workspaceRegistry.ts',
  'src/ui/ArticleText.tsx',
  'src/ui/CopyableText.tsx',
  'src/ui/DetailsPanel.tsx',
  'src/ui/DuplicatesDialog.tsx',
  'src/ui/EntityForm.tsx',
  'src/ui/EntityList.tsx',
  'src/ui/MultipleSelection.tsx',
  'src/ui/RelationDetails.tsx',
  'src/ui/RelationList.tsx',
  'src/ui/RelationPicker.tsx',
  'src/ui/SourceList.tsx',
  'src/ui/SourceViewer.tsx',
  'src/ui/entityFields.ts',
]);

const ROOT = resolve(__dirname, '../../..');

describe('UI text', () => {
  const found = findHardCodedText(ROOT);

  test('lives in the catalogues, not in the code', () => {
    const outside = found
      .filter((text) => !PENDING.has(text.file))
      .map((text) => `${text.file}:${text.line} ${text.text}`);
    expect(outside).toEqual([]);
  });

  test('the scanner sees words in JSX, in text attributes and in prose strings', () => {
    // The pending files still hold English: the scanner must find it, or it finds nothing at all.
    for (const file of PENDING)
      expect(
        found.some((text) => text.file === file),
        file,
      ).toBe(true);
  });
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
