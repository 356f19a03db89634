// The import preview's client, with the worker's own code served in-process: only a summary
// crosses back, the records come when asked for and only for the preview the user saw, XML is
// read on the page, and Cancel stops the worker.
import { describe, expect, it } from 'vitest';
import { exportConcordJson, exportGexf, type PreviewStep } from '../../../src/exchange';
import { createImportPreviewer, ImportPreviewError } from '../../../src/exchange/previewClient';
import { createPreviewWork } from '../../../src/exchange/previewWork';
import { CancelledError } from '../../../src/ingest/extractClient';
import { richWorkspace } from '../../fixtures/exchange/workspace';
import { inEnglish } from '../../fixtures/exchange/english';
import { spawner } from '../../fixtures/fakeWorker';

const noSteps = () => undefined;

function setUp() {
  const workers = spawner(createPreviewWork);
  return { previewer: createImportPreviewer(workers.spawn), spawned: workers.spawned };
}

const backup = () => new File([exportConcordJson(richWorkspace())], 'backup.concord.json');

describe('createImportPreviewer', () => {
  it('previews a Concord JSON in the worker and hands over its records only when asked', async () => {
    const { previewer, spawned } = setUp();
    const steps: PreviewStep[] = [];
    const opened = await previewer.open([backup()], 'org', (step) => steps.push(step));
    expect(opened).toMatchObject({
      kind: 'file',
      name: 'backup.concord.json',
      preview: { ok: true, format: 'concord-json', problems: [] },
    });
    expect(opened.kind === 'file' && 'snapshot' in opened.preview).toBe(false);
    expect(steps).toEqual(['reading', 'checking']);
    expect(await previewer.snapshot()).toEqual(richWorkspace());
    expect(spawned).toHaveLength(1);
    previewer.destroy();
    expect(spawned[0].terminated).toBe(true);
  });

  it('answers the columns of CSV tables, then previews them under the mapping given', async () => {
    const { previewer } = setUp();
    const nodes = new File(['Tên,Loại\nLê Văn D,person\nCông an phường,org\n'], 'can-bo.csv');
    const edges = new File(
      ['Từ,Đến,Quan hệ\nLê Văn D,Công an phường,holds_title\n'],
      'quan-he.csv',
    );
    const opened = await previewer.open([nodes, edges], 'org', noSteps);
    expect(opened).toMatchObject({
      kind: 'csv',
      files: [
        { name: 'can-bo.csv', columns: ['Tên', 'Loại'], role: 'nodes' },
        { name: 'quan-he.csv', columns: ['Từ', 'Đến', 'Quan hệ'], role: 'edges' },
      ],
    });
    const summary = await previewer.previewTables(
      { file: nodes, mapping: { name: 'Tên', type: 'Loại', defaultType: 'org' } },
      { file: edges, mapping: { source: 'Từ', target: 'Đến', type: 'Quan hệ' } },
      noSteps,
    );
    expect(summary).toMatchObject({ ok: true, counts: { person: 1, org: 1, relations: 1 } });
    expect((await previewer.snapshot()).relations[0]).toMatchObject({ type: 'holds_title' });
  });

  it('reads GEXF on the page, where DOMParser is', async () => {
    const { previewer } = setUp();
    const file = new File([exportGexf(richWorkspace())], 'graph.gexf');
    const opened = await previewer.open([file], 'org', noSteps);
    expect(opened).toMatchObject({ kind: 'file', preview: { ok: true, format: 'gexf' } });
    expect((await previewer.snapshot()).relations).toHaveLength(9);
  });

  it('refuses with a sentence what cannot be a graph file', async () => {
    const { previewer } = setUp();
    const opened = await previewer.open([new File([' \n'], 'blank.json')], 'org', noSteps);
    expect(opened).toMatchObject({ kind: 'refused' });
    expect(opened.kind === 'refused' && inEnglish(opened.message)).toBe('blank.json is empty.');
  });

  it('stops on Cancel, and gives no records of a preview that a cancelled one replaced', async () => {
    const { previewer, spawned } = setUp();
    await previewer.open([backup()], 'org', noSteps);
    const replaced = previewer.open([backup()], 'person', noSteps);
    previewer.cancel();
    await expect(replaced).rejects.toBeInstanceOf(CancelledError);
    expect(spawned[0].terminated).toBe(true);
    const lost = await previewer.snapshot().catch((error: unknown) => error);
    expect(lost).toBeInstanceOf(ImportPreviewError);
    expect(inEnglish((lost as ImportPreviewError).reason)).toBe(
      'The check of the file failed: the file was not checked; choose it again.',
    );
  });
});
