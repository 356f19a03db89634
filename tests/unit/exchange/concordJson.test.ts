// Concord JSON: an exact round trip, and a strict reader for which every oddity is a problem that
// stores nothing.
import { describe, expect, it } from 'vitest';
import { exportConcordJson, previewImport, type ImportPreview } from '../../../src/exchange';
import { IDS, richWorkspace } from '../../fixtures/exchange/workspace';
import { english, inEnglish } from '../../fixtures/exchange/english';

const exported = () => JSON.parse(exportConcordJson(richWorkspace())) as Record<string, unknown>;
const importJson = (value: unknown): ImportPreview =>
  previewImport('workspace.json', JSON.stringify(value));

function expectRefused(preview: ImportPreview, ...sentences: RegExp[]) {
  expect(preview.ok).toBe(false);
  expect(preview.snapshot.entities).toEqual([]);
  expect(preview.snapshot.relations).toEqual([]);
  for (const sentence of sentences)
    expect(
      english(preview.problems).some((p) => sentence.test(p)),
      english(preview.problems).join('\n'),
    ).toBe(true);
}

describe('Concord JSON', () => {
  it('writes the header, the name and every record', () => {
    const file = exported();
    expect(file).toMatchObject({
      format: 'concord-workspace',
      version: 1,
      name: 'Tân Bình — thử nghiệm',
    });
    expect(new Date(file.exportedAt as string).toString()).not.toBe('Invalid Date');
    expect(file.entities).toHaveLength(7);
    expect(file.relations).toHaveLength(9);
  });

  it('round-trips exactly: entities, relations with provenance, positions with pinned', () => {
    const workspace = richWorkspace();
    const preview = previewImport('x.json', exportConcordJson(workspace));
    expect(preview.problems).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview).toMatchObject({ ok: true, format: 'concord-json' });
    expect(preview.snapshot).toEqual(workspace);
    expect(preview.counts).toEqual({
      person: 2,
      org: 2,
      agreement: 1,
      theme: 1,
      source: 1,
      relations: 9,
    });
  });

  it('names the workspace after the file when the file has no name', () => {
    const preview = importJson({ ...exported(), name: '' });
    expect(preview.snapshot.name).toBe('workspace');
  });

  it('refuses an unknown entity type, naming the entity', () => {
    const file = exported();
    (file.entities as Record<string, unknown>[])[2].type = 'company';
    expectRefused(
      importJson(file),
      /^Entity 3 \(“Bộ đội Biên phòng”\): the type “company” is not one of/,
    );
  });

  it('refuses an invalid field instead of resetting it', () => {
    const file = exported();
    const agreement = (file.entities as Record<string, unknown>[]).find(
      (e) => e.id === IDS.agreement,
    )!;
    agreement.signed = '31/02';
    agreement.periodTo = 2001;
    expectRefused(
      importJson(file),
      /signed: Not a date that exists/,
      /periodTo: The period ends \(2001\) before it starts \(2022\)/,
    );
  });

  it('refuses malformed and duplicate ids and a type that contradicts its id', () => {
    const file = exported();
    const entities = file.entities as Record<string, unknown>[];
    entities.push({ ...entities[0] });
    entities.push({ ...entities[1], id: 'n0' });
    entities.push({ ...entities[2], id: 'org:zzzzzzzz9999', type: 'person', name: 'X' });
    expectRefused(
      importJson(file),
      /the id “person:aaaaaaaa0001” is used twice \(also Entity 1/,
      /“n0” is not a Concord id/,
      /the id “org:zzzzzzzz9999” belongs to an organisation, but its type is “person”/,
    );
  });

  it('refuses relations that break the rules or point outside the file', () => {
    const file = exported();
    const relations = file.relations as Record<string, unknown>[];
    relations[0].to = IDS.theme; // holds_title person → theme
    relations[1].to = 'agreement:missing00001';
    relations[2].type = 'likes';
    relations[3].provenance = [{ sourceId: 'person:aaaaaaaa0001', start: 0, end: 1, quote: 'C' }];
    relations[4].id = 'e4';
    expectRefused(
      importJson(file),
      /^Relation 1: a person cannot be linked to a theme as “holds a title at”/,
      /^Relation 2: its target “agreement:missing00001” is not a node of the file/,
      /^Relation 3: the type “likes” is unknown/,
      /^Relation 4: passage 1 of its provenance is malformed/,
      /^Relation 5: “e4” is not a Concord relation id/,
    );
  });

  it('refuses a wrong outline with one sentence each', () => {
    expectRefused(
      importJson({ ...exported(), version: 2 }),
      /saved by a newer Concord \(format version 2\)/,
    );
    expectRefused(importJson({ ...exported(), entities: {} }), /no list of entities/);
    expectRefused(importJson({ ...exported(), relations: 'x' }), /no list of relations/);
    expectRefused(importJson({ ...exported(), positions: [] }), /positions are not a map/);
    expectRefused(importJson({ ...exported(), entities: [1, null] }), /^Entity 1 is not a record/);
    const file = exported();
    (file.positions as Record<string, unknown>)[IDS.person] = { x: 'left', y: 3 };
    expectRefused(importJson(file), /“Nguyễn Văn A”\): its position is not two numbers/);
  });

  it('lists at most 50 problems and counts the rest', () => {
    const entities = Array.from({ length: 60 }, (_, i) => ({
      id: `person:aaaaaaaa${String(i).padStart(4, '0')}`,
      type: 'person',
      name: '',
    }));
    const preview = importJson({ ...exported(), entities, relations: [], positions: {} });
    expect(preview.problems).toHaveLength(51);
    expect(inEnglish(preview.problems[50])).toBe('…and 10 more problems.');
    expect(inEnglish(preview.problems[0])).toBe('Entity 1: name: The name cannot be empty.');
  });
});
