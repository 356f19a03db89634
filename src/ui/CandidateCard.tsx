// One candidate in the review: its decision (new, merge into an existing entity, reject), its main
// fields, and the sentence it was read from.
import { For, Show, type JSX } from 'solid-js';
import { ENTITY_LOOK } from '../graph/style';
import { t, textOf, type MessageArgs, type MessageKey, type Text } from '../i18n';
import type { Decision, ReviewItem } from '../ingest/review';
import { AGREEMENT_KINDS, type Entity, type EntityDraft } from '../model';

const MAX_MERGE_OPTIONS = 300;

/** A catalogue key whose text takes no parameters: a field's label. */
type LabelKey = { [Key in MessageKey]: MessageArgs<Key> extends [] ? Key : never }[MessageKey];

const decisionValue = (d: Decision) => (d.kind === 'merge' ? `merge:${d.into}` : d.kind);
const parseDecision = (value: string): Decision =>
  value.startsWith('merge:')
    ? { kind: 'merge', into: value.slice(6) }
    : { kind: value as 'new' | 'reject' };

const list = (value: string) =>
  value
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean);
const number = (value: string) => (value.trim() === '' ? null : Number(value));

export function CandidateCard(props: {
  item: ReviewItem;
  existing: Entity[];
  quote: string;
  focused: boolean;
  error?: Text;
  onFocus(): void;
  onDecision(decision: Decision): void;
  onField(patch: EntityDraft): void;
  /** For an agreement: the organisations of the article that may be its parties. */
  parties?: {
    options: string[];
    nameOf(ref: string): string;
    chosen: string[];
    onToggle(ref: string): void;
  };
}) {
  const fields = () => props.item.fields as Record<string, unknown>;
  const mergeOptions = () => {
    const proposed = props.existing.filter((e) => e.id === props.item.proposedMerge);
    const others = props.existing
      .filter((e) => e.id !== props.item.proposedMerge)
      .slice(0, MAX_MERGE_OPTIONS);
    return [...proposed, ...others];
  };
  const input = (
    key: string,
    label: LabelKey,
    parse: (v: string) => unknown,
    extra: JSX.InputHTMLAttributes<HTMLInputElement> = {},
  ) => (
    <label class={`mini ${extra.class ?? ''}`}>
      <span>{t(label)}</span>
      <input
        {...extra}
        class={undefined}
        title={t(label)}
        data-testid={`review.field.${key}`}
        value={
          Array.isArray(fields()[key])
            ? (fields()[key] as string[]).join('; ')
            : String(fields()[key] ?? '')
        }
        onChange={(e) => props.onField({ [key]: parse(e.currentTarget.value) } as EntityDraft)}
      />
    </label>
  );
  return (
    <div
      class="candidate"
      classList={{ focused: props.focused, rejected: props.item.decision.kind === 'reject' }}
      data-testid="review.item"
      data-ref={props.item.ref}
      onFocusIn={() => props.onFocus()}
      onClick={() => props.onFocus()}
    >
      <div class="row">
        <span
          class="swatch narrow"
          style={{ background: ENTITY_LOOK[props.item.type].colour, flex: '0 0 10px' }}
        />
        {input('name', 'ingest.candidate.name', (v) => v)}
        <select
          data-testid="review.decision"
          aria-label={t('ingest.candidate.decision')}
          value={decisionValue(props.item.decision)}
          onChange={(e) => props.onDecision(parseDecision(e.currentTarget.value))}
        >
          <option value="new">{t('ingest.candidate.addAsNew')}</option>
          <For each={mergeOptions()}>
            {(entity) => (
              <option value={`merge:${entity.id}`}>
                {entity.id === props.item.proposedMerge ? '★ ' : ''}
                {t('ingest.candidate.mergeInto', { name: entity.name })}
              </option>
            )}
          </For>
          <option value="reject">{t('ingest.candidate.reject')}</option>
        </select>
      </div>
      <Show when={props.item.type === 'person'}>
        <div class="row">
          {input('rank', 'ingest.candidate.rank', (v) => v, { class: 'narrow' })}
          {input('titles', 'ingest.candidate.titles', list)}
        </div>
      </Show>
      <Show when={props.item.type === 'org'}>
        <div class="row">{input('aliases', 'ingest.candidate.aliases', list)}</div>
      </Show>
      <Show when={props.item.type === 'agreement'}>
        <div class="row">
          {input('kind', 'ingest.candidate.kind', (v) => v, { list: 'agreement-kinds' })}
          {input('signed', 'ingest.candidate.signed', (v) => v, { class: 'narrow' })}
        </div>
        <div class="row">
          {input('periodFrom', 'ingest.candidate.periodFrom', number, {
            inputMode: 'numeric',
          })}
          {input('periodTo', 'ingest.candidate.periodTo', number, {
            inputMode: 'numeric',
          })}
          {input('items', 'ingest.candidate.items', number, { inputMode: 'numeric' })}
        </div>
        <Show when={props.parties}>
          {(parties) => (
            <fieldset class="parties" data-testid="review.parties">
              <legend>{t('ingest.candidate.parties')}</legend>
              <For
                each={parties().options}
                fallback={<span class="muted">{t('ingest.candidate.noOrganisation')}</span>}
              >
                {(ref) => (
                  <label>
                    <input
                      type="checkbox"
                      data-testid="review.party"
                      checked={parties().chosen.includes(ref)}
                      onChange={() => parties().onToggle(ref)}
                    />
                    {parties().nameOf(ref)}
                  </label>
                )}
              </For>
            </fieldset>
          )}
        </Show>
        <datalist id="agreement-kinds">
          <For each={AGREEMENT_KINDS}>{(kind) => <option value={kind} />}</For>
        </datalist>
      </Show>
      <Show when={props.item.type === 'theme'}>
        <label class="row" style={{ gap: '6px' }}>
          <input
            type="checkbox"
            style={{ flex: '0 0 auto' }}
            checked={fields().campaign === true}
            onChange={(e) => props.onField({ campaign: e.currentTarget.checked })}
          />
          <span>{t('ingest.candidate.campaign')}</span>
        </label>
      </Show>
      <div class="quote">“{props.quote}”</div>
      <Show when={props.error}>
        {(error) => (
          <div class="error" role="alert" data-testid="review.error">
            {textOf(error())}
          </div>
        )}
      </Show>
    </div>
  );
}
