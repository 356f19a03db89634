// The order of the metrics ranking table: by a metric, most central first, or by name. Pure, so
// the panel stays a view and the order can be tested without rendering.
import type { MetricsResult } from './metrics';

export const RANKING_COLUMNS = ['name', 'degree', 'betweenness', 'pagerank', 'community'] as const;
export type RankingColumn = (typeof RANKING_COLUMNS)[number];

/** The order a column sorts in first: metrics with the highest first, names A→Z, community 1 first. */
export const FIRST_DIRECTION: Record<RankingColumn, 'ascending' | 'descending'> = {
  name: 'ascending',
  degree: 'descending',
  betweenness: 'descending',
  pagerank: 'descending',
  community: 'ascending',
};

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Node ids in the column's first direction; ties fall back to PageRank, then to the id. */
export function rankNodes(
  result: MetricsResult,
  column: RankingColumn,
  name: (id: string) => string,
): string[] {
  const { byNode } = result;
  const ids = Object.keys(byNode);
  const byPagerank = (a: string, b: string) =>
    byNode[b].pagerank - byNode[a].pagerank || (a < b ? -1 : a > b ? 1 : 0);
  if (column === 'name') {
    // Names are looked up once each, not once per comparison.
    const names = new Map(ids.map((id) => [id, name(id)]));
    return ids.sort((a, b) => collator.compare(names.get(a)!, names.get(b)!) || byPagerank(a, b));
  }
  const sign = FIRST_DIRECTION[column] === 'descending' ? -1 : 1;
  return ids.sort((a, b) => sign * (byNode[a][column] - byNode[b][column]) || byPagerank(a, b));
}
