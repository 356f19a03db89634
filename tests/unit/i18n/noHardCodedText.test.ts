// No words for a person outside the message catalogues: every label, message and error goes
// through src/i18n, so switching language switches all of it.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findHardCodedText } from './hardCodedText';

/** Files still being moved to the catalogues. This list only shrinks; it must end empty. */
const PENDING = new Set([
  'src/analysis/jobRunner.ts',
  'src/analysis/metricsClient.ts',
  'src/app/appController.ts',
  'src/app/sharing.ts',
  'src/exchange/assemble.ts',
  'src/exchange/assembleEdges.ts',
  'src/exchange/assembleNodes.ts',
  'src/exchange/attributes.ts',
  'src/exchange/concordJson.ts',
  'src/exchange/csv.ts',
  'src/exchange/csvImport.ts',
  'src/exchange/cytoscapeJson.ts',
  'src/exchange/fields.ts',
  'src/exchange/graphml.ts',
  'src/exchange/importFiles.ts',
  'src/exchange/parseImport.ts',
  'src/exchange/previewClient.ts',
  'src/exchange/previewWork.ts',
  'src/exchange/provenanceText.ts',
  'src/exchange/report.ts',
  'src/exchange/xml.ts',
  'src/graph/adapter.ts',
  'src/graph/gestures.ts',
  'src/graph/style.ts',
  'src/ingest/extractClient.ts',
  'src/ingest/htmlToText.ts',
  'src/ingest/readArticleFile.ts',
  'src/ingest/review.ts',
  'src/main.tsx',
  'src/persist/indexedDbPersistence.ts',
  'src/sync/changeFiles.ts',
  'src/sync/invite.ts',
  'src/sync/peerUpdates.ts',
  'src/sync/presence.ts',
  'src/sync/transports.ts',
  'src/ui/App.tsx',
  'src/ui/BackupReminder.tsx',
  'src/ui/CandidateCard.tsx',
  'src/ui/CsvColumnMapping.tsx',
  'src/ui/EmptyState.tsx',
  'src/ui/ExploreActions.tsx',
  'src/ui/FilterChips.tsx',
  'src/ui/FilterPanel.tsx',
  'src/ui/GraphView.tsx',
  'src/ui/ImportDialog.tsx',
  'src/ui/JoinDialog.tsx',
  'src/ui/MetricsPanel.tsx',
  'src/ui/PathPanel.tsx',
  'src/ui/ProblemsBanner.tsx',
  'src/ui/ReviewScreen.tsx',
  'src/ui/SaveStatus.tsx',
  'src/ui/SearchBox.tsx',
  'src/ui/ShareDialog.tsx',
  'src/ui/ShareFiles.tsx',
  'src/ui/SharedWorkspace.tsx',
  'src/ui/ShortcutSheet.tsx',
  'src/ui/SyncIndicator.tsx',
  'src/ui/Toolbar.tsx',
  'src/ui/TransportForm.tsx',
  'src/ui/UpdateNotice.tsx',
  'src/ui/WorkspaceImportDialog.tsx',
  'src/ui/WorkspaceImportLayer.tsx',
  'src/ui/WorkspaceMenu.tsx',
  'src/ui/explorationCommands.ts',
  'src/ui/graphActions.ts',
  'src/ui/importFlow.ts',
  'src/ui/shortcuts.ts',
  'src/ui/workspaceImport.ts',
  'src/view/chips.ts',
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
