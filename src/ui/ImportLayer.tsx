// Everything the import flow puts on screen: the import dialog while text or files come in, then
// the review of each article. The worker starts on the first import and lives as long as the app.
import { onCleanup, Show } from 'solid-js';
import type { WorkspaceSession } from '../app/workspaceSession';
import { createWorkerExtractor, type Extractor } from '../ingest/extractClient';
import { findMergeTarget, indexNames } from '../model/duplicates';
import type { IngestionResult } from '../store';
import { ImportDialog } from './ImportDialog';
import { createImportFlow, type ImportFlow } from './importFlow';
import { ReviewScreen } from './ReviewScreen';

export function createAppImportFlow(session: () => WorkspaceSession | null): ImportFlow {
  let extractor: Extractor | null = null;
  onCleanup(() => extractor?.destroy());
  return createImportFlow(
    session,
    () => (extractor ??= createWorkerExtractor()),
    () => {
      // Indexed once per article, then asked once per candidate.
      const index = indexNames(session()?.projection.state.entities ?? {});
      return (type, names) => findMergeTarget(index, type, names);
    },
  );
}

export function ImportLayer(props: {
  flow: ImportFlow;
  session: WorkspaceSession | null;
  onCommitted(title: string, result: IngestionResult): void;
}) {
  const reviewing = () => {
    const state = props.flow.state();
    return state.step === 'review' ? state : null;
  };
  const dialogOpen = () => ['input', 'extracting'].includes(props.flow.state().step);
  return (
    <>
      <Show when={dialogOpen()}>
        <ImportDialog flow={props.flow} />
      </Show>
      <Show when={reviewing()?.queue[reviewing()!.index]} keyed>
        {(review) => (
          <ReviewScreen
            review={review}
            position={{ index: reviewing()!.index, total: reviewing()!.queue.length }}
            problems={reviewing()!.problems}
            entities={props.session?.projection.state.entities ?? {}}
            onCommit={(reviewed) => {
              const outcome = props.flow.commit(reviewed);
              if ('errors' in outcome) return outcome.errors;
              props.onCommitted(reviewed.title, outcome.result);
              return null;
            }}
            onSkip={() => props.flow.skip()}
            onClose={() => props.flow.close()}
          />
        )}
      </Show>
    </>
  );
}
