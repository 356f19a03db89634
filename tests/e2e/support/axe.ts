// Runs axe-core inside the page: its source is read from node_modules and injected as a script,
// so the scan needs no network and checks exactly the version package.json pins.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from './server';

const AXE_SOURCE = readFileSync(resolve(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[]; summary: string }>;
}

/** What a user cannot get past: axe's 'serious' and 'critical' impacts. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Scans the page as it stands and answers the serious and critical violations. The graph's
 * canvas is included: Cytoscape draws on <canvas> elements, which axe does not read into.
 */
export async function scanPage(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: unknown,
            options: unknown,
          ): Promise<{
            violations: Array<{
              id: string;
              impact: string | null;
              help: string;
              nodes: Array<{ target: unknown[]; failureSummary?: string }>;
            }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.map(String),
        summary: n.failureSummary ?? '',
      })),
    }));
  });
  return violations.filter((v) => v.impact !== null && BLOCKING.has(v.impact));
}

/** One readable paragraph per violation, with the elements it names. */
export function describeViolations(screen: string, violations: AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `[${screen}] ${v.impact} ${v.id}: ${v.help}`,
        ...v.nodes.map(
          (n) => `    ${n.target.join(' ')}\n      ${n.summary.replace(/\n/g, '\n      ')}`,
        ),
      ].join('\n'),
    )
    .join('\n');
}
