// The right-hand panel: a new entity's form, the selected entity (fields, relations, link picker),
// the selected relation, or a summary of a multiple selection.
import { createEffect, createMemo, createSignal, Match, on, Show, Switch } from 'solid-js';
import type { WorkspaceSession } from '../app/workspaceSession';
import { ENTITY_LOOK } from '../graph/style';
import { t, type Text } from '../i18n';
import type { EntityDraft, EntityType, Position } from '../model';
import {
  addEntity,
  deleteElements,
  linkEntities,
  updateEntity,
  updateRelation,
  type CommandErrors,
} from '../store';
import { EntityForm } from './EntityForm';
import { ExploreActions, type EntityExplorer } from './ExploreActions';
import { MultipleSelection } from './MultipleSelection';
import { RelationDetails } from './RelationDetails';
import { RelationList } from './RelationList';
import { RelationPicker } from './RelationPicker';
import { SourceList } from './SourceList';
import type { SourceView } from './SourceViewer';

export function DetailsPanel(props: {
  session: WorkspaceSession;
  selection: string[];
  creating: EntityType | null;
  newEntityPosition(): Position | undefined;
  onCreated(id: string): void;
  onCancelCreate(): void;
  onSelect(id: string): void;
  onDelete(ids: string[]): void;
  onOpenSource(view: SourceView): void;
  onMerge(keepId: string, mergedIds: string[]): Text | null;
  explorer: EntityExplorer;
  onPath(from: string, to: string): void;
}) {
  const state = () => props.session.projection.state;
  const doc = () => props.session.doc;
  const [picking, setPicking] = createSignal(false);
  const only = () => (props.selection.length === 1 ? props.selection[0] : null);
  const entity = () => (only() ? state().entities[only()!] : undefined);
  const relation = () => (only() ? state().relations[only()!] : undefined);
  // The selected entity's relations from the projection's index: O(degree), and not re-read when
  // the entity's own fields change (a rename filtered all 30k relations at 10k, twice).
  const entityId = createMemo(() => (entity() ? only() : null));
  const entityRelations = createMemo(() => {
    const id = entityId();
    return id ? props.session.projection.relationsOf(id) : [];
  });
  createEffect(on(only, () => setPicking(false)));
  let panel: HTMLElement | undefined;
  let linkButton: HTMLButtonElement | undefined;
  /** After the form it was in is replaced, the focus lands on the panel's title, not nowhere. */
  const focusTitle = () =>
    queueMicrotask(() =>
      panel?.querySelector<HTMLElement>('[data-testid="details.title"]')?.focus(),
    );

  const create = (type: EntityType, draft: EntityDraft): CommandErrors | null => {
    const created = addEntity(doc(), type, draft, { position: props.newEntityPosition() });
    if (!created.ok) return created.errors;
    props.onCreated(created.value);
    focusTitle();
    return null;
  };

  const Head = (p: { type: EntityType | 'relation'; title: string }) => (
    <div class="details-head">
      <div style={{ flex: 1 }}>
        <span
          class="type-badge"
          style={{ '--badge': p.type === 'relation' ? '#64748b' : ENTITY_LOOK[p.type].colour }}
        >
          {p.type === 'relation' ? t('entities.details.relationBadge') : t(`common.type.${p.type}`)}
        </span>
        <h2 data-testid="details.title" tabIndex={-1}>
          {p.title}
        </h2>
      </div>
    </div>
  );

  return (
    <Show when={props.creating || props.selection.length > 0}>
      <aside
        class="details"
        data-testid="details.panel"
        aria-label={t('entities.details.label')}
        ref={panel}
      >
        <Switch>
          <Match when={props.creating}>
            {(type) => (
              <>
                <Head type={type()} title={t(`entities.details.new.${type()}`)} />
                <EntityForm
                  type={type()}
                  entity={null}
                  submitLabel={t('entities.details.create')}
                  onSubmit={(draft) => create(type(), draft)}
                  onCancel={props.onCancelCreate}
                />
              </>
            )}
          </Match>
          <Match when={entity()}>
            {(current) => (
              <>
                <Head type={current().type} title={current().name} />
                <ExploreActions
                  entityId={current().id}
                  explorer={props.explorer}
                  startName={state().entities[props.explorer.pathStart() ?? '']?.name ?? ''}
                />
                <EntityForm
                  type={current().type}
                  entity={current()}
                  submitLabel={t('common.save')}
                  onSubmit={(draft) => {
                    const updated = updateEntity(doc(), current().id, draft);
                    return updated.ok ? null : updated.errors;
                  }}
                  onDelete={() => props.onDelete([current().id])}
                />
                <div class="details-body" style={{ 'padding-top': 0 }}>
                  <div class="section-title">
                    {t('entities.details.relations')}
                    <button
                      type="button"
                      data-testid="details.add-relation"
                      aria-expanded={picking()}
                      ref={linkButton}
                      onClick={() => setPicking(!picking())}
                    >
                      {t('entities.details.link')}
                    </button>
                  </div>
                  <Show when={picking()}>
                    <RelationPicker
                      entity={current()}
                      entities={state().entities}
                      onLink={(draft) => {
                        const linked = linkEntities(doc(), draft);
                        return linked.ok ? null : linked.errors;
                      }}
                      onClose={() => {
                        setPicking(false);
                        linkButton?.focus();
                      }}
                    />
                  </Show>
                  <RelationList
                    entityId={current().id}
                    entities={state().entities}
                    relations={entityRelations()}
                    onSelect={props.onSelect}
                    onRemove={(id) => deleteElements(doc(), [id])}
                  />
                  <div class="section-title">{t('entities.details.sources')}</div>
                  <SourceList
                    relations={entityRelations()}
                    entities={state().entities}
                    onOpen={props.onOpenSource}
                  />
                </div>
              </>
            )}
          </Match>
          <Match when={relation()}>
            {(current) => (
              <>
                <Head
                  type="relation"
                  title={`${state().entities[current().from]?.name} → ${state().entities[current().to]?.name}`}
                />
                <RelationDetails
                  relation={current()}
                  entities={state().entities}
                  onSave={(patch) => {
                    const updated = updateRelation(doc(), current().id, patch);
                    return updated.ok ? null : updated.errors;
                  }}
                  onDelete={() => props.onDelete([current().id])}
                  onSelect={props.onSelect}
                  onOpenSource={props.onOpenSource}
                />
              </>
            )}
          </Match>
          <Match when={props.selection.length > 1}>
            <MultipleSelection
              ids={props.selection}
              entities={state().entities}
              onDelete={props.onDelete}
              onMerge={props.onMerge}
              onPath={props.onPath}
            />
          </Match>
        </Switch>
      </aside>
    </Show>
  );
}
