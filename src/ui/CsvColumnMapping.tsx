// The CSV column-mapping step of a workspace import: which column of the nodes table and of the
// edges table holds which field, and what type rows without one become.
import { For, Show } from 'solid-js';
import {
  ALL_FIELDS,
  TYPE_NAMES,
  type CsvEdgeMapping,
  type CsvImportFile,
  type CsvNodeMapping,
  type CsvRole,
} from '../exchange';
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
          {(type) => <option value={type}>{TYPE_NAMES[type].one}</option>}
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
          <option value="">— not in the file —</option>
        </Show>
        <For each={props.columns}>{(column) => <option value={column}>{column}</option>}</For>
      </select>
    </label>
  );
}

/** Node columns shown first; the other fields wait behind "More columns". */
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
            <legend>Nodes: {nodes().name}</legend>
            <ColumnChoice
              label="Name"
              testId="name"
              required
              columns={nodes().columns}
              value={props.nodeMapping.name}
              onChange={(c) => setNode('name', c)}
            />
            <For each={MAIN_NODE_COLUMNS}>
              {(key) => (
                <ColumnChoice
                  label={key === 'id' ? 'Id' : key[0].toUpperCase() + key.slice(1)}
                  testId={key}
                  columns={nodes().columns}
                  value={props.nodeMapping[key]}
                  onChange={(c) => setNode(key, c)}
                />
              )}
            </For>
            <TypeChoice
              label="Rows without a type become"
              testId="default-type"
              value={props.nodeMapping.defaultType}
              onChange={(type) => props.onNodeMapping({ ...props.nodeMapping, defaultType: type })}
            />
            <details>
              <summary>More columns</summary>
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
            <legend>Edges: {edges().name}</legend>
            <For each={['source', 'target', 'type', 'label', 'id', 'provenance'] as const}>
              {(key) => (
                <ColumnChoice
                  label={key[0].toUpperCase() + key.slice(1)}
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
                label="The ends become"
                testId="end-type"
                value={props.edgeMapping.endType ?? 'org'}
                onChange={(type) => props.onEdgeMapping({ ...props.edgeMapping, endType: type })}
              />
              <p class="muted">Each name at an end of an edge becomes one entity.</p>
            </Show>
          </fieldset>
        )}
      </Show>
      <Show when={props.files.length === 2}>
        <button type="button" data-testid="exchange.swap-tables" onClick={() => props.onSwap()}>
          Swap nodes and edges tables
        </button>
      </Show>
    </div>
  );
}
