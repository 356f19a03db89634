// Review one extracted article before anything is stored: accept, edit, merge or reject each
// candidate, then commit (one undo step) or skip the article.
import { createMemo, createSignal, For, Show } from 'solid-js';
import { createStore, produce, unwrap } from 'solid-js/store';
import { ENTITY_LOOK } from '../graph/style';
import { t, type Message, type Text } from '../i18n';
import type { Decision, Review, ReviewItem } from '../ingest/review';
import type { Entity, EntityDraft } from '../model';
import { ArticleText } from './ArticleText';
import { CandidateCard } from './CandidateCard';
import { keepTabInside } from './Modal';

const GROUPS: ReviewItem['type'][] = ['person', 'org', 'agreement', 'theme'];
const MAX_QUOTE = 220;

export function ReviewScreen(props: {
  review: Review;
  position: { index: number; total: number };
  problems: Message[];
  entities: Record<string, Entity>;
  onCommit(review: Review): Record<string, Text> | null;
  onSkip(): void;
  onClose(): void;
}) {
  // The screen edits its own copy; the store sees it only on commit.
  // eslint-disable-next-line solid/reactivity
  const [draft, setDraft] = createStore<Review>(structuredClone(props.review));
  const [focusedRef, setFocusedRef] = createSignal<string | null>(null);
  const [errors, setErrors] = createSignal<Record<string, Text>>({});

  const existingByType = createMemo(() => {
    const byType = new Map<string, Entity[]>();
    for (const entity of Object.values(props.entities)) {
      byType.set(entity.type, [...(byType.get(entity.type) ?? []), entity]);
    }
    byType.forEach((list) => list.sort((a, b) => a.name.localeCompare(b.name, 'vi')));
    return byType;
  });
  const kept = () => draft.items.filter((i) => i.decision.kind !== 'reject');
  const allSpans = createMemo(() => kept().flatMap((i) => i.evidence.map((e) => e.span)));
  const focusedSpans = createMemo(
    () => draft.items.find((i) => i.ref === focusedRef())?.evidence.map((e) => e.span) ?? [],
  );
  const quoteOf = (item: ReviewItem) => {
    const sentence = item.evidence[0]?.sentence;
    const text = sentence ? draft.text.slice(sentence.start, sentence.end).trim() : '';
    return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
  };
  const update = (ref: string, change: (item: ReviewItem) => void) =>
    setDraft('items', (i) => i.ref === ref, produce(change));
  /** Every rejected candidate back in: merged where Concord proposed a merge, else new. */
  const acceptAll = () =>
    setDraft(
      'items',
      produce((items) => {
        for (const item of items) {
          if (item.decision.kind !== 'reject') continue;
          item.decision = item.proposedMerge
            ? { kind: 'merge', into: item.proposedMerge }
            : { kind: 'new' };
        }
      }),
    );
  // Refs, not objects: the party checkboxes keep their elements while the review changes.
  const organisations = createMemo(() =>
    kept()
      .filter((i) => i.type === 'org')
      .map((i) => i.ref),
  );
  const nameOf = (ref: string) => draft.items.find((i) => i.ref === ref)?.fields.name ?? '';
  const partiesOf = (agreementRef: string) =>
    draft.relations
      .filter((r) => r.type === 'party_to' && r.to === agreementRef)
      .map((r) => r.from);
  /** Adds or removes one organisation as a party, with the agreement's sentence as evidence. */
  const toggleParty = (agreement: ReviewItem, orgRef: string) =>
    setDraft(
      'relations',
      produce((relations) => {
        const at = relations.findIndex(
          (r) => r.type === 'party_to' && r.from === orgRef && r.to === agreement.ref,
        );
        if (at >= 0) relations.splice(at, 1);
        else {
          const spans = agreement.evidence.slice(0, 1).map((e) => e.sentence);
          relations.push({ type: 'party_to', from: orgRef, to: agreement.ref, label: '', spans });
        }
      }),
    );
  const commit = () => setErrors(props.onCommit(structuredClone(unwrap(draft))) ?? {});

  return (
    <div
      class="review"
      role="dialog"
      aria-modal="true"
      aria-label={t('ingest.review.label')}
      data-testid="review.screen"
      onKeyDown={(e) => keepTabInside(e, e.currentTarget)}
    >
      <header class="review-head">
        <input
          aria-label={t('ingest.review.sourceTitle')}
          data-testid="review.title"
          value={draft.title}
          onChange={(e) => setDraft('title', e.currentTarget.value)}
        />
        <span class="muted">
          {t('ingest.review.position', {
            index: props.position.index + 1,
            total: props.position.total,
            kept: kept().length,
            count: draft.items.length,
          })}
        </span>
        <div class="spacer" style={{ flex: 1 }} />
        <button type="button" data-testid="review.accept-all" onClick={acceptAll}>
          {t('ingest.review.acceptAll')}
        </button>
        <button type="button" data-testid="review.skip" onClick={() => props.onSkip()}>
          {t('ingest.review.skip')}
        </button>
        <button type="button" data-testid="review.close" onClick={() => props.onClose()}>
          {t('common.close')}
        </button>
        <button type="button" class="primary" data-testid="review.commit" onClick={commit}>
          {draft.items.length === 0
            ? t('ingest.review.addSourceOnly')
            : t('ingest.review.add', { count: kept().length })}
        </button>
      </header>
      <Show when={props.problems.length > 0 || Object.keys(errors()).length > 0}>
        <div class="banner" role="alert" data-testid="review.problems">
          {[
            ...props.problems.map((problem) => t(problem)),
            ...Object.values(errors()).map((error) => t('ingest.review.notAdded', { error })),
          ].join(' · ')}
        </div>
      </Show>
      <div class="review-body">
        <ArticleText
          text={draft.text}
          spans={allSpans()}
          focused={focusedSpans()}
          testId="review.article"
        />
        <div class="candidates" data-testid="review.candidates">
          <Show when={draft.items.length === 0}>
            <p class="muted" data-testid="review.empty">
              {t('ingest.review.nothingFound')}
            </p>
          </Show>
          <For each={GROUPS}>
            {(type) => (
              <Show when={draft.items.some((i) => i.type === type)}>
                <div class="group-title">
                  <span class="swatch" style={{ background: ENTITY_LOOK[type].colour }} />
                  {t(`common.types.${type}`)}
                  <span class="count">{draft.items.filter((i) => i.type === type).length}</span>
                </div>
                <For each={draft.items.filter((i) => i.type === type)}>
                  {(item) => (
                    <CandidateCard
                      item={item}
                      existing={existingByType().get(type) ?? []}
                      quote={quoteOf(item)}
                      focused={focusedRef() === item.ref}
                      error={errors()[item.ref]}
                      onFocus={() => setFocusedRef(item.ref)}
                      onDecision={(decision: Decision) =>
                        update(item.ref, (i) => (i.decision = decision))
                      }
                      onField={(patch: EntityDraft) =>
                        update(item.ref, (i) => Object.assign(i.fields, patch))
                      }
                      parties={
                        item.type === 'agreement'
                          ? {
                              options: organisations(),
                              nameOf,
                              chosen: partiesOf(item.ref),
                              onToggle: (ref) => toggleParty(item, ref),
                            }
                          : undefined
                      }
                    />
                  )}
                </For>
              </Show>
            )}
          </For>
        </div>
      </div>
    </div>
  );
}
