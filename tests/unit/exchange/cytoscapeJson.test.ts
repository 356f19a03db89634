// Cytoscape JSON: the shape cytoscape.js and Cytoscape desktop load, and an exact round trip.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { exportCytoscapeJson, previewImport } from '../../../src/exchange';
import { IDS, richWorkspace } from '../../fixtures/exchange/workspace';

describe('Cytoscape JSON', () => {
  const workspace = richWorkspace();
  const text = exportCytoscapeJson(workspace);

  it('loads into cytoscape.js with labels, types, fields, positions and locks', () => {
    const { elements } = JSON.parse(text);
    const cy = cytoscape({ headless: true, elements, layout: { name: 'preset' } });
    expect(cy.nodes()).toHaveLength(7);
    expect(cy.edges()).toHaveLength(9);
    const person = cy.getElementById(IDS.person);
    expect(person.data()).toMatchObject({ label: 'Nguyễn Văn A', type: 'person', rank: 'Đại tá' });
    expect(person.data('titles')).toEqual(['Chính ủy', 'Phó Chỉ huy trưởng']);
    expect(person.position()).toEqual({ x: 120.5, y: 0 });
    expect(cy.getElementById(IDS.org).locked()).toBe(true);
    const edge = cy.getElementById('rel:ffffffff0001');
    expect(edge.data()).toMatchObject({
      source: IDS.person,
      target: IDS.org,
      type: 'holds_title',
      label: 'Chính ủy',
    });
    expect(JSON.parse(edge.data('provenance'))).toEqual(workspace.relations[0].provenance);
    cy.destroy();
  });

  it('round-trips every entity, relation, passage of provenance and position', () => {
    const preview = previewImport('graph.cyjs', text);
    expect(preview.problems).toEqual([]);
    expect(preview.warnings).toEqual([]);
    expect(preview.format).toBe('cytoscape-json');
    expect(preview.snapshot).toEqual(workspace);
  });

  it('reads elements given as one list, and Cytoscape desktop’s “interaction” as the type', () => {
    const elements = [
      {
        group: 'nodes',
        data: { id: 'a', label: 'Phạm Văn E', type: 'person' },
        position: { x: 1, y: 2 },
      },
      { group: 'nodes', data: { id: 'b', name: 'Quận ủy', type: 'org' } },
      {
        data: { id: 'ab', source: 'a', target: 'b', interaction: 'holds_title', label: 'Bí thư' },
      },
    ];
    const preview = previewImport('cy.json', JSON.stringify({ elements }));
    expect(preview.problems).toEqual([]);
    expect(preview.warnings).toEqual([]);
    const [person, org] = preview.snapshot.entities;
    expect(preview.snapshot.relations).toEqual([
      expect.objectContaining({
        type: 'holds_title',
        from: person.id,
        to: org.id,
        label: 'Bí thư',
      }),
    ]);
    expect(preview.snapshot.positions[person.id]).toEqual({ x: 1, y: 2 });
  });
});
