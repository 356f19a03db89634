// The canvas's stylesheet in each colour scheme: the dark one keeps no light-scheme ink.
import { describe, expect, test } from 'vitest';
import { graphStylesheet } from '../../../src/graph/style';

type Rule = { selector: string; style: Record<string, unknown> };
const rules = (theme?: 'light' | 'dark') => graphStylesheet({ theme }) as unknown as Rule[];
const rule = (theme: 'light' | 'dark' | undefined, selector: string) =>
  rules(theme).find((r) => r.selector === selector)!.style;

describe('graph stylesheet', () => {
  test('light by default: dark labels on white plates, white node borders', () => {
    expect(rules()).toEqual(rules('light'));
    const node = rule('light', 'node');
    expect([node.color, node['text-background-color'], node['border-color']]).toEqual([
      '#1e293b',
      '#ffffff',
      '#ffffff',
    ]);
  });

  test('dark: light labels on plates of the dark canvas, and no white left anywhere', () => {
    const node = rule('dark', 'node');
    expect([node.color, node['text-background-color'], node['border-color']]).toEqual([
      '#e2e8f0',
      '#0f172a',
      '#0f172a',
    ]);
    expect(rule('dark', 'edge')['text-background-color']).toBe('#0f172a');
    expect(rule('dark', 'node:selected')['border-color']).toBe('#f8fafc');
    // The blue of "signed" disappears into the dark canvas: it is drawn lighter there.
    expect(rule('dark', 'edge[type = "signed"]')['line-color']).toBe('#3b82f6');
    expect(JSON.stringify(rules('dark'))).not.toContain('#ffffff');
  });

  test('the bulk looks and the theme combine', () => {
    const bulk = graphStylesheet({ bulk: true, theme: 'dark' }) as unknown as Rule[];
    expect(bulk.some((r) => r.style['curve-style'] === 'haystack')).toBe(true);
    expect(bulk.find((r) => r.selector === 'node')!.style.color).toBe('#e2e8f0');
  });
});
