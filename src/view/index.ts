// The view layer: what the graph shows for one tab's filters, focus and path. Pure functions over
// the projection's records; imports only src/model. The numbered index, frames and walks behind
// them stay internal.
export { createAdjacency, type Adjacency, type GraphData } from './adjacency';
export {
  isFiltering,
  NO_FILTERS,
  type FocusState,
  type TimeFilter,
  type ViewFilters,
} from './viewFilters';
export { agreementInRange, agreementTime, yearBounds, type AgreementTime } from './timeFilter';
export {
  collapseNode,
  computeVisibility,
  expandNode,
  type Visibility,
  type VisibilityOptions,
} from './visibility';
export { VISIBLE_BUDGET, type Budget, type OverviewCut } from './overview';
export { shortestPath, type PathStep } from './shortestPath';
export { filterChips, type FilterChip } from './chips';
