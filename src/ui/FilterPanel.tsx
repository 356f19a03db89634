// The filters a user sets by hand: entity and relation types, themes and organisations, isolated
// nodes, and the agreements' years. Every change replaces the tab's ViewFilters; the chips above
// the graph show the result and take items off one by one.
import { createMemo, createSignal, For, Show } from 'solid-js';
import type { WorkspaceSession } from '../app/workspaceSession';
import { ENTITY_LOOK } from '../graph/style';
import { n, t } from '../i18n';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType } from '../model';
import { yearBounds, type TimeFilter, type ViewFilters } from '../view';

const vietnamese = new Intl.Collator('vi');

/**
 * Every entity, tracked: read from the projection's list rather than through the store, which
 * would make a signal for each of 50k records on the panel's first opening.
 */
function entitiesNow(session: WorkspaceSession) {
  session.projection.entityVersion();
  return session.projection.entityList();
}

const toggled = <T,>(items: readonly T[], item: T, on: boolean): T[] =>
  on ? [...items.filter((other) => other !== item), item] : items.filter((other) => other !== item);

/** Theme or organisation choices: the chosen ones first, then what the search box finds. */
function EntityChecklist(props: {
  session: WorkspaceSession;
  type: 'theme' | 'org';
  chosen: readonly string[];
  onChange(ids: string[]): void;
}) {
  const [query, setQuery] = createSignal('');
  const LIMIT = 40;
  const offered = createMemo(() => {
    const q = query().trim();
    const ids = q
      ? props.session.search
          .search(q, 400)
          .filter((hit) => hit.type === props.type)
          .map((hit) => hit.id)
      : entitiesNow(props.session)
          .filter((e) => e.type === props.type)
          .sort((a, b) => vietnamese.compare(a.name, b.name))
          .map((e) => e.id);
    return ids.filter((id) => !props.chosen.includes(id)).slice(0, LIMIT);
  });
  const find = () =>
    props.type === 'theme' ? t('explore.filters.findTheme') : t('explore.filters.findOrg');
  const Row = (row: { id: string }) => (
    <label class="check" data-testid={`filters.${props.type}`} data-id={row.id}>
      <input
        type="checkbox"
        checked={props.chosen.includes(row.id)}
        onChange={(e) => props.onChange(toggled(props.chosen, row.id, e.currentTarget.checked))}
      />
      <span>{props.session.projection.state.entities[row.id]?.name ?? row.id}</span>
    </label>
  );
  return (
    <>
      <input
        type="search"
        data-testid={`filters.${props.type}-search`}
        placeholder={`${find()}…`}
        aria-label={find()}
        value={query()}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <div class="checklist">
        <For each={[...props.chosen]}>{(id) => <Row id={id} />}</For>
        <For each={offered()}>{(id) => <Row id={id} />}</For>
        <Show when={offered().length === 0 && props.chosen.length === 0}>
          <div class="muted">{t('explore.filters.noneFound')}</div>
        </Show>
      </div>
    </>
  );
}

function TimeSection(props: {
  session: WorkspaceSession;
  time: TimeFilter | null;
  onChange(time: TimeFilter | null): void;
}) {
  const bounds = createMemo(() => yearBounds(entitiesNow(props.session)));
  const asOf = () => props.time !== null && props.time.from === props.time.to;
  const set = (patch: Partial<TimeFilter>) => props.onChange({ ...props.time!, ...patch });
  return (
    <Show when={bounds()} fallback={<div class="muted">{t('explore.filters.noYears')}</div>}>
      {(range) => (
        <>
          <label class="check">
            <input
              type="checkbox"
              data-testid="filters.time.enabled"
              checked={props.time !== null}
              onChange={(e) =>
                props.onChange(
                  e.currentTarget.checked
                    ? { from: range().min, to: range().max, includeUndated: true }
                    : null,
                )
              }
            />
            <span>{t('explore.filters.inForce')}</span>
          </label>
          <Show when={props.time}>
            {(time) => (
              <div class="time-filter">
                <div class="segmented" role="radiogroup" aria-label={t('explore.filters.timeMode')}>
                  <button
                    role="radio"
                    aria-checked={!asOf()}
                    data-testid="filters.time.mode-range"
                    onClick={() => set({ from: range().min, to: range().max })}
                  >
                    {t('explore.filters.years')}
                  </button>
                  <button
                    role="radio"
                    aria-checked={asOf()}
                    data-testid="filters.time.mode-asof"
                    onClick={() => set({ from: time().to, to: time().to })}
                  >
                    {t('explore.filters.asOfYear')}
                  </button>
                </div>
                <Show
                  when={!asOf()}
                  fallback={
                    <YearSlider
                      label={t('explore.filters.asOf')}
                      testId="filters.time.asof"
                      min={range().min}
                      max={range().max}
                      value={time().to}
                      onInput={(year) => set({ from: year, to: year })}
                    />
                  }
                >
                  <YearSlider
                    label={t('explore.filters.from')}
                    testId="filters.time.from"
                    min={range().min}
                    max={range().max}
                    value={time().from}
                    onInput={(year) => set({ from: year, to: Math.max(year, time().to) })}
                  />
                  <YearSlider
                    label={t('explore.filters.to')}
                    testId="filters.time.to"
                    min={range().min}
                    max={range().max}
                    value={time().to}
                    onInput={(year) => set({ to: year, from: Math.min(year, time().from) })}
                  />
                </Show>
                <label class="check">
                  <input
                    type="checkbox"
                    data-testid="filters.time.undated"
                    checked={time().includeUndated}
                    onChange={(e) => set({ includeUndated: e.currentTarget.checked })}
                  />
                  <span>{t('explore.filters.keepUndated')}</span>
                </label>
              </div>
            )}
          </Show>
        </>
      )}
    </Show>
  );
}

function YearSlider(props: {
  label: string;
  testId: string;
  min: number;
  max: number;
  value: number;
  onInput(year: number): void;
}) {
  return (
    <label class="year-slider">
      <span>{props.label}</span>
      <input
        type="range"
        data-testid={props.testId}
        min={props.min}
        max={props.max}
        step={1}
        value={props.value}
        onInput={(e) => props.onInput(Number(e.currentTarget.value))}
      />
      <output>{props.value}</output>
    </label>
  );
}

export function FilterPanel(props: {
  session: WorkspaceSession;
  filters: ViewFilters;
  onChange(filters: ViewFilters): void;
  onClose(): void;
}) {
  const set = (patch: Partial<ViewFilters>) => props.onChange({ ...props.filters, ...patch });
  const countOf = createMemo(() => {
    const counts = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<
      EntityType,
      number
    >;
    for (const entity of entitiesNow(props.session)) counts[entity.type]++;
    return counts;
  });
  return (
    <section
      class="filter-panel"
      data-testid="filters.panel"
      aria-label={t('explore.filters.title')}
    >
      <header>
        <h3>{t('explore.filters.title')}</h3>
        <button
          class="icon"
          data-testid="filters.close"
          title={t('common.close')}
          aria-label={t('explore.filters.close')}
          onClick={() => props.onClose()}
        >
          ×
        </button>
      </header>
      <div class="filter-body">
        <fieldset>
          <legend>{t('explore.filters.entityTypes')}</legend>
          <For each={ENTITY_TYPES}>
            {(type) => (
              <label class="check">
                <input
                  type="checkbox"
                  data-testid={`filters.type.${type}`}
                  checked={!props.filters.hiddenEntityTypes.includes(type)}
                  onChange={(e) =>
                    set({
                      hiddenEntityTypes: toggled(
                        props.filters.hiddenEntityTypes,
                        type,
                        !e.currentTarget.checked,
                      ),
                    })
                  }
                />
                <span class="swatch" style={{ background: ENTITY_LOOK[type].colour }} />
                <span>{t(`common.types.${type}`)}</span>
                <span class="count">{n(countOf()[type])}</span>
              </label>
            )}
          </For>
        </fieldset>
        <fieldset>
          <legend>{t('explore.filters.relationTypes')}</legend>
          <For each={RELATION_TYPES}>
            {(type) => (
              <label class="check">
                <input
                  type="checkbox"
                  data-testid={`filters.relation.${type}`}
                  checked={!props.filters.hiddenRelationTypes.includes(type)}
                  onChange={(e) =>
                    set({
                      hiddenRelationTypes: toggled(
                        props.filters.hiddenRelationTypes,
                        type,
                        !e.currentTarget.checked,
                      ),
                    })
                  }
                />
                <span>{t(`common.relation.${type}`)}</span>
              </label>
            )}
          </For>
        </fieldset>
        <fieldset>
          <legend>{t('common.types.theme')}</legend>
          <EntityChecklist
            session={props.session}
            type="theme"
            chosen={props.filters.themes}
            onChange={(themes) => set({ themes })}
          />
        </fieldset>
        <fieldset>
          <legend>{t('common.types.org')}</legend>
          <EntityChecklist
            session={props.session}
            type="org"
            chosen={props.filters.organisations}
            onChange={(organisations) => set({ organisations })}
          />
        </fieldset>
        <fieldset>
          <legend>{t('explore.filters.time')}</legend>
          <TimeSection
            session={props.session}
            time={props.filters.time}
            onChange={(time) => set({ time })}
          />
        </fieldset>
        <label class="check">
          <input
            type="checkbox"
            data-testid="filters.hide-isolated"
            checked={props.filters.hideIsolated}
            onChange={(e) => set({ hideIsolated: e.currentTarget.checked })}
          />
          <span>{t('explore.filters.hideIsolated')}</span>
        </label>
      </div>
    </section>
  );
}
