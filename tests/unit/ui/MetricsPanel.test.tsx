// The metrics panel as a user meets it: progress while computing, a ranking table sorted by
// clicking its headers (aria-sort says how), at most 200 rows, rows that pick a node, and the
// size and colour controls. (Kept beside the analysis tests it belongs with.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSignal } from 'solid-js';
import { render } from 'solid-js/web';
import type { MetricsProgress, MetricsResult } from '../../../src/analysis/metrics';
import { formatScore, MetricsPanel, type SizeBy } from '../../../src/ui/MetricsPanel';

function resultWith(count: number, extra: Partial<MetricsResult> = {}): MetricsResult {
  const byNode: MetricsResult['byNode'] = {};
  for (let i = 0; i < count; i++) {
    byNode[`person:${i}`] = {
      degree: i % 7,
      betweenness: i / (count * 10),
      pagerank: (i + 1) / 1e5,
      community: i % 3,
    };
  }
  return { byNode, communities: 3, modularity: 0.4567, ms: 12, ...extra };
}

let dispose: (() => void) | undefined;
afterEach(() => {
  dispose?.();
  document.body.innerHTML = '';
});

function mount(initial: { result: MetricsResult | null; progress: MetricsProgress | null }) {
  const [result, setResult] = createSignal(initial.result);
  const [progress, setProgress] = createSignal(initial.progress);
  const calls = {
    pick: vi.fn<(id: string) => void>(),
    sizeBy: vi.fn<(m: SizeBy) => void>(),
    colour: vi.fn<(on: boolean) => void>(),
    close: vi.fn(),
    recompute: vi.fn(),
  };
  const root = document.createElement('div');
  document.body.append(root);
  dispose = render(
    () => (
      <MetricsPanel
        result={result()}
        progress={progress()}
        names={(id) => `Name ${id.slice(7).padStart(4, '0')}`}
        types={() => 'person'}
        sizeBy="none"
        colourByCommunity={false}
        onSizeBy={calls.sizeBy}
        onColourByCommunity={calls.colour}
        onPick={calls.pick}
        onRecompute={calls.recompute}
        onClose={calls.close}
      />
    ),
    root,
  );
  const get = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const rows = () => [...root.querySelectorAll<HTMLElement>('[data-testid="metrics.row"]')];
  return { root, get, rows, calls, setResult, setProgress };
}

describe('MetricsPanel', () => {
  it('shows the phase and its progress while computing', () => {
    const ui = mount({ result: null, progress: { phase: 'betweenness', done: 45, total: 100 } });
    expect(ui.get('metrics.progress')!.textContent).toContain(
      'Computing betweenness… (3 of 4) 45%',
    );
    expect(ui.get('metrics.table')).toBeNull();
    ui.setProgress(null);
    ui.setResult(resultWith(5));
    expect(ui.get('metrics.progress')).toBeNull();
    expect(ui.rows()).toHaveLength(5);
  });

  it('ranks by PageRank first, shows 200 rows of many, and the summary', () => {
    const ui = mount({ result: resultWith(500), progress: null });
    expect(ui.rows()).toHaveLength(200);
    expect(ui.get('metrics.count')!.textContent).toBe('Showing 200 of 500');
    expect(ui.rows()[0].dataset.id).toBe('person:499');
    expect(ui.get('metrics.summary')!.textContent).toContain('3 communities, modularity 0.46');
    const header = ui.get('metrics.sort.pagerank')!.closest('th')!;
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const cells = [...ui.rows()[0].querySelectorAll('td')].map((td) => td.textContent!.trim());
    expect(cells).toEqual(['1', 'Name 0499', '2', '0.0998', '0.005', '2']);
  });

  it('sorts by a clicked header, and reverses on a second click', () => {
    const ui = mount({ result: resultWith(300), progress: null });
    ui.get('metrics.sort.name')!.click();
    expect(ui.get('metrics.sort.name')!.closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    expect(ui.get('metrics.sort.pagerank')!.closest('th')!.getAttribute('aria-sort')).toBe('none');
    expect(ui.rows()[0].dataset.id).toBe('person:0');
    ui.get('metrics.sort.name')!.click();
    expect(ui.get('metrics.sort.name')!.closest('th')!.getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(ui.rows()[0].dataset.id).toBe('person:299');
    // The rank stays the rank in the column's order: the last name is #300.
    expect(ui.rows()[0].querySelector('td')!.textContent).toBe('300');
  });

  it('picks the node of a clicked row, and passes the controls on', () => {
    const ui = mount({ result: resultWith(10), progress: null });
    ui.rows()[2].click();
    expect(ui.calls.pick).toHaveBeenCalledWith(ui.rows()[2].dataset.id);
    const select = ui.get('metrics.size-by') as HTMLSelectElement;
    select.value = 'betweenness';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(ui.calls.sizeBy).toHaveBeenCalledWith('betweenness');
    ui.get('metrics.colour-by-community')!.click();
    expect(ui.calls.colour).toHaveBeenCalledWith(true);
    ui.get('metrics.close')!.click();
    expect(ui.calls.close).toHaveBeenCalled();
  });

  it('says when betweenness was sampled', () => {
    const ui = mount({ result: resultWith(10, { betweennessSources: 857 }), progress: null });
    expect(ui.get('metrics.summary')!.textContent).toContain(
      'Betweenness approximate (sampled 857 sources)',
    );
  });
});

describe('formatScore', () => {
  it('keeps three significant digits, compactly', () => {
    expect(formatScore(0)).toBe('0');
    expect(formatScore(0.123456)).toBe('0.123');
    expect(formatScore(0.5)).toBe('0.5');
    expect(formatScore(0.00123456)).toBe('0.00123');
    expect(formatScore(0.000985)).toBe('0.000985');
    expect(formatScore(0.0000234567)).toBe('2.35e-5');
  });
});
