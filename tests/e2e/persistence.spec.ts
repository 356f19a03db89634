// What the save indicator called "Saved" survives a reload and a browser relaunch on the same
// profile, node positions included; two workspaces never see each other's data.
import { expect, test } from 'vitest';
import { screenshot } from './support/browser';
import { useAppSession } from './support/session';

const session = useAppSession();

test('the sample workspace and a dragged node survive reload and relaunch', async () => {
  let { app, concord } = await session.open();
  await concord.waitReady();
  await screenshot(app.page, 'empty-state');
  await concord.loadSample();
  await concord.waitSaved();
  await screenshot(app.page, 'sample-workspace');
  const entities = await concord.entities();
  const relations = await concord.relations();
  expect(entities.length).toBe(2 + 7 + 10 + 4 + 9);

  // Drag one node 120px towards the middle of the canvas, so it stays on screen.
  const node = (await concord.readGraph()).nodes.find((n) => n.label === 'Ngô Văn Luận')!;
  const canvas = (await app.page.getByTestId('graph.canvas').boundingBox())!;
  const step = node.renderedX < canvas.width / 2 ? 60 : -60;
  const start = { x: canvas.x + node.renderedX, y: canvas.y + node.renderedY };
  await app.page.mouse.move(start.x, start.y);
  await app.page.mouse.down();
  await app.page.mouse.move(start.x + step, start.y, { steps: 5 });
  await app.page.mouse.move(start.x + 2 * step, start.y, { steps: 5 });
  await app.page.mouse.up();
  await expect
    .poll(async () =>
      Math.abs((await concord.readGraph()).nodes.find((n) => n.id === node.id)!.x - node.x),
    )
    .toBeGreaterThan(40);
  const moved = (await concord.readGraph()).nodes.find((n) => n.id === node.id)!;
  await concord.waitSaved();

  await concord.reload();
  await concord.waitReady();
  await expect.poll(async () => (await concord.entities()).length).toBe(entities.length);
  expect((await concord.relations()).length).toBe(relations.length);

  ({ app, concord } = await session.relaunch(app));
  await concord.waitReady();
  await expect.poll(async () => (await concord.entities()).length).toBe(entities.length);
  const drawn = await concord.readGraph();
  expect(drawn.nodes.length).toBe(entities.length);
  expect(drawn.edges.length).toBe(relations.length);
  const after = drawn.nodes.find((n) => n.id === node.id)!;
  expect(after.x).toBeCloseTo(moved.x, 0);
  expect(after.y).toBeCloseTo(moved.y, 0);
  expect(app.errors).toEqual([]);
});

test('workspaces are separate, can be renamed, switched and deleted', async () => {
  const { concord } = await session.open();
  await concord.waitReady();
  await concord.loadSample();
  await concord.renameWorkspace('Tân Bình & TPHCM');
  await expect
    .poll(() => concord.id('workspace.current').textContent())
    .toContain('Tân Bình & TPHCM');

  await concord.newWorkspace('Lai Châu');
  await expect.poll(() => concord.id('workspace.current').textContent()).toContain('Lai Châu');
  await concord.id('empty').waitFor();
  expect(await concord.entities()).toEqual([]);
  await concord.addFirstPerson();
  await concord.editDetails({ name: 'Lò Văn Tiến' });
  await concord.waitSaved();

  await concord.switchWorkspace('Tân Bình & TPHCM');
  await expect.poll(async () => (await concord.entities()).length).toBe(32);
  expect((await concord.entities()).some((e) => e.name === 'Lò Văn Tiến')).toBe(false);

  await concord.reload();
  await concord.waitReady();
  await expect
    .poll(() => concord.id('workspace.current').textContent())
    .toContain('Tân Bình & TPHCM');
  await concord.switchWorkspace('Lai Châu');
  await expect
    .poll(async () => (await concord.entities()).map((e) => e.name))
    .toEqual(['Lò Văn Tiến']);

  // Cancelling the confirmation keeps the workspace; confirming deletes it.
  await concord.openWorkspaceMenu();
  await concord.id('workspace.delete').click();
  await concord.cancelDialog();
  expect(await concord.entities()).toHaveLength(1);
  await concord.deleteWorkspace();
  await expect
    .poll(() => concord.id('workspace.current').textContent())
    .toContain('Tân Bình & TPHCM');
  await concord.openWorkspaceMenu();
  expect(await concord.workspaceItems().allTextContents()).toEqual(['✓ Tân Bình & TPHCM']);
});
