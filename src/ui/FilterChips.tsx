// The bar above the graph: one removable chip per active filter, what is hidden, and Clear all.
// Shown whenever something is filtered or a large workspace is drawn as an overview, so a user
// never wonders why an entity is missing, nor how to bring it back.
import { For, Show } from 'solid-js';
import { t } from '../i18n';
import { filterChips, NO_FILTERS, type ViewFilters, type Visibility } from '../view';

export function FilterChips(props: {
  filters: ViewFilters;
  visibility: Visibility | null;
  total: number;
  /** Larger than the drawing budget and drawn whole: the user chose "Show everything". */
  showingAll: boolean;
  names(id: string): string;
  onChange(filters: ViewFilters): void;
  onShowAll(on: boolean): void;
}) {
  const chips = () => filterChips(props.filters, props.names);
  const overview = () => props.visibility?.overview ?? null;
  return (
    <Show when={chips().length > 0 || overview() || props.showingAll}>
      <div class="chips" data-testid="filters.chips" aria-label={t('explore.chips.active')}>
        <span class="chips-summary" data-testid="filters.summary">
          {t('explore.chips.showing', {
            shown: props.visibility?.entities.size ?? props.total,
            total: props.total,
          })}
        </span>
        <Show when={overview()}>
          {(cut) => (
            <span
              class="chip overview"
              data-testid="filters.overview"
              title={t('explore.chips.overviewTitle')}
            >
              <span class="chip-label">
                {t('explore.chips.overview', { shown: cut().shown, total: cut().of })}
              </span>
              <button
                class="link"
                data-testid="filters.show-all"
                onClick={() => props.onShowAll(true)}
              >
                {t('explore.chips.showAll')}
              </button>
            </span>
          )}
        </Show>
        <Show when={overview()}>
          <span class="chips-hint">{t('explore.chips.overviewHint')}</span>
        </Show>
        <Show when={props.showingAll}>
          <span class="chip" data-testid="filters.chip" data-key="show-all">
            <span class="chip-label">{t('explore.chips.everythingDrawn')}</span>
            <button
              class="chip-remove"
              data-testid="filters.overview-back"
              title={t('explore.chips.backToOverview')}
              aria-label={t('explore.chips.backToOverview')}
              onClick={() => props.onShowAll(false)}
            >
              ×
            </button>
          </span>
        </Show>
        <For each={chips()}>
          {(chip) => (
            <span class="chip" data-testid="filters.chip" data-key={chip.key} title={t(chip.label)}>
              <span class="chip-label">{t(chip.label)}</span>
              <button
                class="chip-remove"
                data-testid="filters.chip.remove"
                title={t('explore.chips.remove', { label: chip.label })}
                aria-label={t('explore.chips.removeFilter', { label: chip.label })}
                onClick={() => props.onChange(chip.remove(props.filters))}
              >
                ×
              </button>
            </span>
          )}
        </For>
        <Show when={chips().length > 0}>
          <button
            class="link"
            data-testid="filters.clear"
            onClick={() => props.onChange(NO_FILTERS)}
          >
            {t('explore.chips.clearAll')}
          </button>
        </Show>
      </div>
    </Show>
  );
}
