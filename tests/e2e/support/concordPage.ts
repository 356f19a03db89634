// Page object for Concord: every spec talks to the UI through these dotted data-testids and to
// the canvas through the test-only window.__concord API, so a renamed id is fixed in one place.
import type { Locator, Page } from 'playwright-core';
import type { Entity, EntityType, Relation, RelationType } from '../../../src/model/types';
import type { DrawnGraph, TestWindow } from './concordApi';

export interface RelationChoice {
  type: RelationType;
  /** Text typed into the search box; the first matching option is taken. */
  search: string;
  label?: string;
  /** 'out' (default): the selected entity is the relation's start. */
  direction?: 'out' | 'in';
}

export class ConcordPage {
  constructor(readonly page: Page) {}

  id(testId: string): Locator {
    return this.page.getByTestId(testId);
  }

  // --- workspace lifecycle ---

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitReady();
  }

  async waitReady(timeout = 15_000): Promise<void> {
    await this.id('app.ready').waitFor({ state: 'attached', timeout });
  }

  /** Resolves once the page has drawn its first frame of the graph since it was loaded. */
  async waitGraphDrawn(timeout = 60_000): Promise<void> {
    await this.page.waitForFunction(
      () => performance.getEntriesByName('concord:graph-drawn').length > 0,
      undefined,
      { timeout, polling: 50 },
    );
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitReady();
  }

  saveStatus(): Locator {
    return this.id('status.save');
  }

  /** Resolves once the save indicator reads "Saved", i.e. the write reached IndexedDB. */
  async waitSaved(timeout = 10_000): Promise<void> {
    await this.saveStatus()
      .filter({ hasText: /^\s*Saved\s*$/ })
      .waitFor({ timeout });
  }

  // --- empty state ---

  async loadSample(): Promise<void> {
    await this.id('empty.load-sample').click();
  }

  async addFirstPerson(): Promise<void> {
    await this.id('empty.add-person').click();
  }

  // --- toolbar ---

  async addEntity(type: EntityType): Promise<void> {
    await this.id('toolbar.add-entity').click();
    await this.id(`toolbar.add.${type}`).click();
  }

  /** Opens the article import dialog (Import ▾ → Articles…). */
  async openArticleImport(): Promise<void> {
    await this.id('toolbar.import-menu').click();
    await this.id('toolbar.import').click();
  }

  async openWorkspaceImport(): Promise<void> {
    await this.id('toolbar.import-menu').click();
    await this.id('toolbar.import-file').click();
  }

  /** Chooses an item of a toolbar menu: menu is e.g. 'layout-menu', item 'layout.grid'. */
  async toolbarMenu(menu: string, item: string): Promise<void> {
    await this.id(`toolbar.${menu}`).click();
    await this.id(`toolbar.${item}`).click();
  }

  async undo(): Promise<void> {
    await this.id('toolbar.undo').click();
  }

  async redo(): Promise<void> {
    await this.id('toolbar.redo').click();
  }

  // --- details panel ---

  detailsPanel(): Locator {
    return this.id('details.panel');
  }

  field(name: string): Locator {
    return this.id(`details.field.${name}`);
  }

  fieldError(name: string): Locator {
    return this.id(`details.error.${name}`);
  }

  /** Fills the named fields (details.field.<name>) and presses Save. */
  async editDetails(fields: Record<string, string>): Promise<void> {
    for (const [name, value] of Object.entries(fields)) await this.field(name).fill(value);
    await this.id('details.save').click();
  }

  async deleteSelected(): Promise<void> {
    await this.id('details.delete').click();
  }

  async addRelation(choice: RelationChoice): Promise<void> {
    await this.id('details.add-relation').click();
    await this.id('picker.type').selectOption(`${choice.type}:${choice.direction ?? 'out'}`);
    await this.id('picker.search').fill(choice.search);
    await this.id('picker.option').first().click();
    if (choice.label !== undefined) await this.id('picker.label').fill(choice.label);
    await this.id('picker.confirm').click();
  }

  // --- entity list ---

  async filterList(text: string): Promise<void> {
    await this.id('list.filter').fill(text);
  }

  /** The rows drawn: the list draws only those in and near its view. */
  listItems(): Locator {
    return this.id('list.item');
  }

  listItem(entityId: string): Locator {
    return this.page.locator(`[data-testid="list.item"][data-entity-id="${entityId}"]`);
  }

  /**
   * Every row of the list, in order: scrolls it from the top to the bottom, as a user would,
   * and takes the rows drawn on the way; then scrolls back to the top.
   */
  async allListItems(): Promise<Array<{ id: string; text: string }>> {
    return this.page.evaluate(async () => {
      const scroller = document.querySelector<HTMLElement>('.entity-groups')!;
      const rendered = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const seen = new Map<string, string>();
      scroller.scrollTop = 0;
      let before: number;
      do {
        await rendered();
        for (const row of scroller.querySelectorAll<HTMLElement>('[data-testid="list.item"]'))
          seen.set(row.dataset.entityId ?? '', row.textContent ?? '');
        before = scroller.scrollTop;
        scroller.scrollTop += scroller.clientHeight / 2;
      } while (scroller.scrollTop !== before);
      scroller.scrollTop = 0;
      await rendered();
      return [...seen].map(([id, text]) => ({ id, text }));
    });
  }

  async listItemIds(): Promise<string[]> {
    return (await this.allListItems()).map((row) => row.id).filter(Boolean);
  }

  /** How many entities the list holds, by the counts in its group titles. */
  async listTotal(): Promise<number> {
    const counts = await this.page.locator('[data-testid^="list.count."]').allTextContents();
    // Counts are written the reader's way (1,000 or 1.000): only the digits make the number.
    return counts.reduce((sum, count) => sum + Number(count.replace(/\D/g, '')), 0);
  }

  /** Scrolls the list, as a user would, until the entity's row is drawn. */
  async revealListItem(entityId: string): Promise<void> {
    await this.page.evaluate(async (id) => {
      const scroller = document.querySelector<HTMLElement>('.entity-groups')!;
      const rendered = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const drawn = () =>
        [...scroller.querySelectorAll<HTMLElement>('[data-testid="list.item"]')].some(
          (row) => row.dataset.entityId === id,
        );
      if (drawn()) return;
      scroller.scrollTop = 0;
      await rendered();
      while (!drawn()) {
        const before = scroller.scrollTop;
        scroller.scrollTop += scroller.clientHeight / 2;
        if (scroller.scrollTop === before) return;
        await rendered();
      }
    }, entityId);
  }

  async selectEntity(entityId: string): Promise<void> {
    await this.revealListItem(entityId);
    await this.listItem(entityId).click();
  }

  listCount(type: EntityType): Locator {
    return this.id(`list.count.${type}`);
  }

  // --- workspaces and dialogs ---

  async openWorkspaceMenu(): Promise<void> {
    await this.id('workspace.menu').click();
  }

  workspaceItems(): Locator {
    return this.id('workspace.item');
  }

  async newWorkspace(name: string): Promise<void> {
    await this.openWorkspaceMenu();
    await this.id('workspace.new').click();
    await this.answerDialog(name);
  }

  async renameWorkspace(name: string): Promise<void> {
    await this.openWorkspaceMenu();
    await this.id('workspace.rename').click();
    await this.answerDialog(name);
  }

  async deleteWorkspace(): Promise<void> {
    await this.openWorkspaceMenu();
    await this.id('workspace.delete').click();
    await this.answerDialog();
  }

  async switchWorkspace(name: string): Promise<void> {
    await this.openWorkspaceMenu();
    await this.workspaceItems().filter({ hasText: name }).first().click();
    await this.waitReady();
  }

  /** Types into the dialog's input when given text, then confirms. */
  async answerDialog(text?: string): Promise<void> {
    if (text !== undefined) await this.id('dialog.input').fill(text);
    await this.id('dialog.confirm').click();
  }

  async cancelDialog(): Promise<void> {
    await this.id('dialog.cancel').click();
  }

  // --- test-only window API (see concordApi.ts) ---

  async readGraph(): Promise<DrawnGraph> {
    return this.page.evaluate(() => (window as unknown as TestWindow).__concord.graph());
  }

  async entities(): Promise<Entity[]> {
    return this.page.evaluate(() => (window as unknown as TestWindow).__concord.entities());
  }

  async relations(): Promise<Relation[]> {
    return this.page.evaluate(() => (window as unknown as TestWindow).__concord.relations());
  }
}
