// The import flow with a fake extractor whose answers the test releases one by one: progress is
// reported per article, and Cancel stops the batch, keeping what was already read for review.
import { describe, expect, it } from 'vitest';
import { createRoot } from 'solid-js';
import { message, translate } from '../../../src/i18n';
import { CancelledError, type Extractor } from '../../../src/ingest/extractClient';
import type { Extraction } from '../../../src/extract/types';
import { createImportFlow } from '../../../src/ui/importFlow';

const EMPTY: Extraction = {
  title: null,
  published: null,
  people: [],
  organisations: [],
  agreements: [],
  themes: [],
};

function controllableExtractor() {
  const waiting: { resolve(e: Extraction): void; reject(e: Error): void }[] = [];
  const extractor: Extractor = {
    extract: () => new Promise((resolve, reject) => waiting.push({ resolve, reject })),
    cancel: () => waiting.splice(0).forEach((w) => w.reject(new CancelledError())),
    destroy: () => undefined,
  };
  return { extractor, release: () => waiting.shift()!.resolve(EMPTY) };
}

const file = (name: string, text: string) => new File([text], name, { type: 'text/plain' });
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('import flow', () => {
  it('reports progress per article and cancels the rest of the batch', async () => {
    const { extractor, release } = controllableExtractor();
    await createRoot(async (dispose) => {
      const flow = createImportFlow(
        () => null,
        () => extractor,
        () => () => null,
      );
      const done = flow.fromFiles([
        file('a.txt', 'Một'),
        file('b.txt', 'Hai'),
        file('c.txt', 'Ba'),
      ]);
      while (flow.state().step !== 'extracting') await tick();
      expect(flow.state()).toMatchObject({
        step: 'extracting',
        done: 0,
        total: 3,
        current: 'a.txt',
      });
      release();
      await tick();
      expect(flow.state()).toMatchObject({
        step: 'extracting',
        done: 1,
        total: 3,
        current: 'b.txt',
      });
      flow.cancelExtraction();
      await done;
      expect(flow.state()).toMatchObject({ step: 'review', index: 0 });
      const state = flow.state();
      expect(state.step === 'review' && state.queue.map((r) => r.text)).toEqual(['Một']);
      dispose();
    });
  });

  it('says what was refused and goes back to the input when nothing was read', async () => {
    const { extractor } = controllableExtractor();
    await createRoot(async (dispose) => {
      const flow = createImportFlow(
        () => null,
        () => extractor,
        () => () => null,
      );
      await flow.fromFiles([file('empty.txt', '')]);
      expect(flow.state()).toEqual({
        step: 'input',
        messages: [message('ingest.read.empty', { name: 'empty.txt' })],
      });
      const state = flow.state();
      expect(state.step === 'input' && state.messages.map((m) => translate('en', m))).toEqual([
        'empty.txt has no text.',
      ]);
      dispose();
    });
  });
});
