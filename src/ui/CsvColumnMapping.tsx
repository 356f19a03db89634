// The CSV column-mapping step of a workspace import: which column of the nodes table and of the
// edges table holds which field, and what type rows without one become.
import { For, Show } from 'solid-js';
import {
  ALL_FIELDS,
  type CsvEdgeMapping,
  type CsvImportFile,
  type CsvNodeMapping,
  type CsvRole,
} from '../exchange';
import { t } from '../i18n';
import { ENTITY_TYPES, type EntityType } from '../model';

export function TypeChoice(props: {
  label: string;
  testId: string;
  value: EntityType;
  onChange(type: EntityType): void;
}) {
  return (
    <label class="exchange-field">
      <span>{props.label}</span>
      <select
        data-testid={`exchange.mapping.${props.testId}`}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value as EntityType)}
      >
        <For each={ENTITY_TYPES}>
          {(type) => <option value={type}>{t(`common.type.${type}`)}</option>}
        </For>
      </select>
    </label>
  );
}

/** A select of the table's columns for one field; the empty choice is "not in the file". */
function ColumnChoice(props: {
  label: string;
  testId: string;
  columns: string[];
  value: string | undefined;
  required?: boolean;
  onChange(column: string | undefined): void;
}) {
  return (
    <label class="exchange-field">
      <span>{props.label}</span>
      <select
        data-testid={`exchange.mapping.${props.testId}`}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.currentTarget.value || undefined)}
      >
        <Show when={!props.required}>
          <option value="">{t('exchange.mapping.notInFile')}</option>
        </Show>
        <For each={props.columns}>{(column) => <option value={column}>{column}</option>}</For>
      </select>
    </label>
  );
}

/**
 * Node columns shown first; the other fields wait behind "More columns", named as Concord's own
 * CSV names its columns (rank, periodFrom…): the words of the file format, in every language.
 */
const MAIN_NODE_COLUMNS = ['id', 'type', 'aliases', 'notes'] as const;
const MORE_NODE_COLUMNS = [
  ...ALL_FIELDS.filter((f) => f !== 'name' && f !== 'aliases' && f !== 'notes'),
  'x',
  'y',
  'pinned',
] as (keyof CsvNodeMapping)[];

export function CsvMapping(props: {
  files: CsvImportFile[];
  nodeMapping: CsvNodeMapping;
  edgeMapping: CsvEdgeMapping;
  onNodeMapping(mapping: CsvNodeMapping): void;
  onEdgeMapping(mapping: CsvEdgeMapping): void;
  onSwap(): void;
}) {
  const file = (role: CsvRole) => props.files.find((f) => f.role === role);
  const setNode = (key: keyof CsvNodeMapping, column: string | undefined) =>
    props.onNodeMapping({ ...props.nodeMapping, [key]: column });
  const setEdge = (key: keyof CsvEdgeMapping, column: string | undefined) =>
    props.onEdgeMapping({ ...props.edgeMapping, [key]: column });
  return (
    <div class="exchange-mapping" data-testid="exchange.mapping">
      <Show when={file('nodes')}>
        {(nodes) => (
          <fieldset>
            <legend>{t('exchange.mapping.nodes', { name: nodes().name })}</legend>
            <ColumnChoice
              label={t('exchange.mapping.name')}
              testId="name"
              required
              columns={nodes().columns}
              value={props.nodeMapping.name}
              onChange={(c) => setNode('name', c)}
            />
            <For each={MAIN_NODE_COLUMNS}>
              {(key) => (
                <ColumnChoice
                  label={t(`exchange.mapping.${key}`)}
                  testId={key}
                  columns={nodes().columns}
                  value={props.nodeMapping[key]}
                  onChange={(c) => setNode(key, c)}
                />
              )}
            </For>
            <TypeChoice
              label={t('exchange.mapping.defaultType')}
              testId="default-type"
              value={props.nodeMapping.defaultType}
              onChange={(type) => props.onNodeMapping({ ...props.nodeMapping, defaultType: type })}
            />
            <details>
              <summary>{t('exchange.mapping.moreColumns')}</summary>
              <For each={MORE_NODE_COLUMNS}>
                {(key) => (
                  <ColumnChoice
                    label={key}
                    testId={key}
                    columns={nodes().columns}
                    value={props.nodeMapping[key] as string | undefined}
                    onChange={(c) => setNode(key, c)}
                  />
                )}
              </For>
            </details>
          </fieldset>
        )}
      </Show>
      <Show when={file('edges')}>
        {(edges) => (
          <fieldset>
            <legend>{t('exchange.mapping.edges', { name: edges().name })}</legend>
            <For each={['source', 'target', 'type', 'label', 'id', 'provenance'] as const}>
              {(key) => (
                <ColumnChoice
                  label={t(`exchange.mapping.${key}`)}
                  testId={`edge-${key}`}
                  required={key === 'source' || key === 'target'}
                  columns={edges().columns}
                  value={props.edgeMapping[key]}
                  onChange={(c) => setEdge(key, c)}
                />
              )}
            </For>
            <Show when={!file('nodes')}>
              <TypeChoice
                label={t('exchange.mapping.endType')}
                testId="end-type"
                value={props.edgeMapping.endType ?? 'org'}
                onChange={(type) => props.onEdgeMapping({ ...props.edgeMapping, endType: type })}
              />
              <p class="muted">{t('exchange.mapping.endsHint')}</p>
            </Show>
          </fieldset>
        )}
      </Show>
      <Show when={props.files.length === 2}>
        <button type="button" data-testid="exchange.swap-tables" onClick={() => props.onSwap()}>
          {t('exchange.mapping.swap')}
        </button>
      </Show>
    </div>
  );
}
