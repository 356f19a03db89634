// The import flow of one workspace: text or files in, extraction in the worker with progress and
// cancel, then one review per article, each committed (one undo step) or skipped.
import { createSignal } from 'solid-js';
import type { WorkspaceSession } from '../app/workspaceSession';
import { textOf } from '../i18n';
import { CancelledError, type Extractor } from '../ingest/extractClient';
import { readArticleFile } from '../ingest/readArticleFile';
import { buildReview, toIngestionInput, type MergeFinder, type Review } from '../ingest/review';
import { commitIngestion, type IngestionResult } from '../store';

export type ImportStep =
  | { step: 'closed' }
  | { step: 'input'; message: string | null }
  | { step: 'extracting'; done: number; total: number; current: string }
  | { step: 'review'; queue: Review[]; index: number; problems: string[] };

export interface ImportFlow {
  state(): ImportStep;
  open(): void;
  close(): void;
  fromText(text: string): Promise<void>;
  fromFiles(files: File[]): Promise<void>;
  cancelExtraction(): void;
  /** Commits the current review; answers field errors keyed by candidate, or the result. */
  commit(review: Review): { errors: Record<string, string> } | { result: IngestionResult };
  skip(): void;
}

export function createImportFlow(
  session: () => WorkspaceSession | null,
  extractor: () => Extractor,
  findMerge: () => MergeFinder,
): ImportFlow {
  const [state, setState] = createSignal<ImportStep>({ step: 'closed' });
  let cancelled = false;

  const review = async (articles: { name: string; text: string }[], problems: string[]) => {
    cancelled = false;
    const queue: Review[] = [];
    for (const [i, article] of articles.entries()) {
      setState({ step: 'extracting', done: i, total: articles.length, current: article.name });
      try {
        queue.push(buildReview(await extractor().extract(article.text), article.text, findMerge()));
      } catch (error) {
        if (error instanceof CancelledError) break;
        problems.push(`${article.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (queue.length > 0) setState({ step: 'review', queue, index: 0, problems });
    else
      setState({
        step: 'input',
        message: cancelled ? 'Cancelled.' : problems.join('\n') || 'Nothing to import.',
      });
  };

  const next = () => {
    const current = state();
    if (current.step !== 'review') return;
    if (current.index + 1 < current.queue.length)
      setState({ ...current, index: current.index + 1, problems: [] });
    else setState({ step: 'closed' });
  };

  return {
    state,
    open: () => setState({ step: 'input', message: null }),
    close: () => {
      extractor().cancel();
      setState({ step: 'closed' });
    },
    async fromText(text) {
      if (text.trim() === '') {
        setState({ step: 'input', message: 'Paste the text of an article first.' });
        return;
      }
      await review([{ name: 'Pasted text', text: text.replace(/\r\n?/g, '\n') }], []);
    },
    async fromFiles(files) {
      const problems: string[] = [];
      const articles: { name: string; text: string }[] = [];
      for (const file of files) {
        const read = await readArticleFile(file);
        if (read.ok) articles.push(read);
        else problems.push(read.message);
      }
      if (articles.length === 0) {
        setState({ step: 'input', message: problems.join('\n') });
        return;
      }
      await review(articles, problems);
    },
    cancelExtraction() {
      cancelled = true;
      extractor().cancel();
    },
    commit(reviewed) {
      const current = session();
      if (!current) return { errors: { review: 'No workspace is open.' } };
      const committed = commitIngestion(current.doc, toIngestionInput(reviewed));
      if (!committed.ok) {
        const errors = Object.entries(committed.errors).map(([key, error]) => [key, textOf(error)]);
        return { errors: Object.fromEntries(errors) as Record<string, string> };
      }
      next();
      return { result: committed.value };
    },
    skip: next,
  };
}
