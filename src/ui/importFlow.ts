// The import flow of one workspace: text or files in, extraction in the worker with progress and
// cancel, then one review per article, each committed (one undo step) or skipped.
import { createSignal } from 'solid-js';
import type { WorkspaceSession } from '../app/workspaceSession';
import { message, t, type Message, type Text } from '../i18n';
import { CancelledError, ExtractionError, type Extractor } from '../ingest/extractClient';
import { readArticleFile } from '../ingest/readArticleFile';
import { buildReview, toIngestionInput, type MergeFinder, type Review } from '../ingest/review';
import { commitIngestion, type IngestionResult } from '../store';

export type ImportStep =
  | { step: 'closed' }
  /** Back at the input, with what went wrong (one message a line), or nothing. */
  | { step: 'input'; messages: Message[] }
  | { step: 'extracting'; done: number; total: number; current: Text }
  | { step: 'review'; queue: Review[]; index: number; problems: Message[] };

/** An article to read: a file's name, or words for pasted text. */
interface Article {
  name: Text;
  text: string;
}

export interface ImportFlow {
  state(): ImportStep;
  open(): void;
  close(): void;
  fromText(text: string): Promise<void>;
  fromFiles(files: File[]): Promise<void>;
  cancelExtraction(): void;
  /** Commits the current review; answers field errors keyed by candidate, or the result. */
  commit(review: Review): { errors: Record<string, Text> } | { result: IngestionResult };
  skip(): void;
}

/** Why an article could not be read, in words for the person. */
const failure = (error: unknown): Text =>
  error instanceof ExtractionError
    ? error.reason
    : error instanceof Error
      ? error.message
      : String(error);

export function createImportFlow(
  session: () => WorkspaceSession | null,
  extractor: () => Extractor,
  findMerge: () => MergeFinder,
): ImportFlow {
  const [state, setState] = createSignal<ImportStep>({ step: 'closed' });
  let cancelled = false;

  const review = async (articles: Article[], problems: Message[]) => {
    cancelled = false;
    const queue: Review[] = [];
    for (const [i, article] of articles.entries()) {
      setState({ step: 'extracting', done: i, total: articles.length, current: article.name });
      try {
        const extraction = await extractor().extract(article.text);
        // The title of an article without one is stored: it is written in the reader's language.
        const untitled = t('ingest.review.untitled');
        queue.push(buildReview(extraction, article.text, findMerge(), untitled));
      } catch (error) {
        if (error instanceof CancelledError) break;
        const problem = failure(error);
        problems.push(message('ingest.flow.articleProblem', { name: article.name, problem }));
      }
    }
    if (queue.length > 0) setState({ step: 'review', queue, index: 0, problems });
    else if (cancelled) setState({ step: 'input', messages: [message('ingest.flow.cancelled')] });
    else
      setState({
        step: 'input',
        messages: problems.length > 0 ? problems : [message('ingest.flow.nothingToImport')],
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
    open: () => setState({ step: 'input', messages: [] }),
    close: () => {
      extractor().cancel();
      setState({ step: 'closed' });
    },
    async fromText(text) {
      if (text.trim() === '') {
        setState({ step: 'input', messages: [message('ingest.flow.pasteFirst')] });
        return;
      }
      const name = message('ingest.flow.pastedText');
      await review([{ name, text: text.replace(/\r\n?/g, '\n') }], []);
    },
    async fromFiles(files) {
      const problems: Message[] = [];
      const articles: Article[] = [];
      for (const file of files) {
        const read = await readArticleFile(file);
        if (read.ok) articles.push(read);
        else problems.push(read.message);
      }
      if (articles.length === 0) {
        setState({ step: 'input', messages: problems });
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
      if (!current) return { errors: { review: message('ingest.flow.noWorkspace') } };
      const committed = commitIngestion(current.doc, toIngestionInput(reviewed));
      if (!committed.ok) return { errors: committed.errors };
      next();
      return { result: committed.value };
    },
    skip: next,
  };
}
