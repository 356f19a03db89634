// New entities created one after another at the same view land apart, not on top of each other.
import cytoscape from 'cytoscape';
import { expect, test } from 'vitest';
import { freeSpotNear } from '../../../src/graph/placement';

test('a new node goes to the centre when it is free, else to the nearest free spot', () => {
  const cy = cytoscape({ headless: true });
  const centre = { x: 100, y: 50 };
  expect(freeSpotNear(cy, centre)).toEqual(centre);
  const spots = [];
  for (let i = 0; i < 12; i++) {
    const spot = freeSpotNear(cy, centre, 80);
    spots.push(spot);
    cy.add({ data: { id: `n${i}` }, position: { ...spot } });
  }
  for (const [i, a] of spots.entries())
    for (const b of spots.slice(i + 1))
      expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(80);
  // The first ones stay close to where the user is looking.
  expect(Math.hypot(spots[1].x - centre.x, spots[1].y - centre.y)).toBeLessThan(200);
  cy.destroy();
});
