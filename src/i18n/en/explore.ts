// Messages of the explore screens and the modules beneath them.
export const explore = {
  // The chips above the graph (src/view/chips.ts, src/ui/FilterChips.tsx).
  'explore.chips.hiddenTypes': 'Hidden: {types}',
  'explore.chips.hiddenRelations': 'Relations hidden: {relation}',
  'explore.chips.theme': 'Theme: {name}',
  'explore.chips.organisation': 'Organisation: {name}',
  'explore.chips.asOf': 'As of {year}',
  'explore.chips.signed': 'Signed {from}–{to}',
  'explore.chips.undatedToo': '{years}, undated too',
  'explore.chips.isolatedHidden': 'Isolated hidden',
  'explore.chips.focus': 'Focus: {name} (depth {depth})',
  'explore.chips.expanded': 'Expanded: {name}',
  'explore.chips.collapsed': 'Collapsed: {name}',
  'explore.chips.active': 'Active filters',
  'explore.chips.showing': 'Showing {shown} of {total}',
  'explore.chips.overview': 'Overview: {shown} most connected of {total}',
  'explore.chips.overviewTitle':
    'A large workspace opens on its most connected entities. Search, filters, focus and expand (double-click a node) bring in the rest.',
  'explore.chips.showAll': 'Show everything',
  'explore.chips.overviewHint':
    'Search, filters, focus or a double-click on a node bring in the rest.',
  'explore.chips.everythingDrawn': 'Everything drawn',
  'explore.chips.backToOverview': 'Back to the overview',
  'explore.chips.remove': 'Remove “{label}”',
  'explore.chips.removeFilter': 'Remove filter {label}',
  'explore.chips.clearAll': 'Clear all',

  // The filter panel (src/ui/FilterPanel.tsx).
  'explore.filters.title': 'Filters',
  'explore.filters.close': 'Close filters',
  'explore.filters.entityTypes': 'Entity types',
  'explore.filters.relationTypes': 'Relation types',
  'explore.filters.time': 'Time',
  'explore.filters.hideIsolated': 'Hide entities with no relation shown',
  'explore.filters.findTheme': 'Find a theme',
  'explore.filters.findOrg': 'Find an organisation',
  'explore.filters.noneFound': 'None found.',
  'explore.filters.noYears': 'No agreement has a signing year or a period yet.',
  'explore.filters.inForce': 'Only agreements in force in…',
  'explore.filters.timeMode': 'Time filter mode',
  'explore.filters.years': 'Years',
  'explore.filters.asOfYear': 'As of a year',
  'explore.filters.asOf': 'As of',
  'explore.filters.from': 'From',
  'explore.filters.to': 'To',
  'explore.filters.keepUndated': 'Keep agreements with no date',

  // Exploring from one entity (src/ui/ExploreActions.tsx).
  'explore.actions.group': 'Explore from this entity',
  'explore.actions.focus': 'Focus',
  'explore.actions.focusTitle':
    'Show only this entity and what is within the chosen number of steps',
  'explore.actions.depth': 'Neighbourhood depth',
  'explore.actions.steps': { one: '1 step', other: '{count} steps' },
  'explore.actions.expand': 'Expand',
  'explore.actions.expandTitle':
    'Also show every entity related to this one (or double-click the node)',
  'explore.actions.collapse': 'Collapse',
  'explore.actions.collapseTitle': 'Hide the neighbours that hang only on this entity',
  'explore.actions.pathFrom': 'Path from here',
  'explore.actions.pathFromTitle': 'Then select another entity and choose “Path to here”',
  'explore.actions.pathStarted': 'Path starts here: select the end',
  'explore.actions.pathTo': 'Path from “{name}” to here',
  'explore.actions.pin': 'Pin in place',
  'explore.actions.unpin': 'Unpin',
  'explore.actions.pinTitle': 'A pinned node stays where it is when a layout runs',

  // The shortest path (src/ui/PathPanel.tsx).
  'explore.path.label': 'Shortest path',
  'explore.path.title': 'Path from “{from}” to “{to}”',
  'explore.path.deletedEntity': 'a deleted entity',
  'explore.path.clear': 'Clear the path',
  'explore.path.none': 'No chain of relations joins them.',
  'explore.path.noneFiltered':
    'No chain of relations joins them through what the filters show. Clear filters to search the whole workspace.',
  'explore.path.steps': { one: '1 step', other: '{count} steps' },
  'explore.path.stepsFiltered': {
    one: '1 step, through what the filters show',
    other: '{count} steps, through what the filters show',
  },

  // The metrics panel (src/ui/MetricsPanel.tsx).
  'explore.metrics.title': 'Metrics',
  'explore.metrics.close': 'Close metrics',
  'explore.metrics.column.name': 'Name',
  'explore.metrics.column.degree': 'Degree',
  'explore.metrics.column.betweenness': 'Betweenness',
  'explore.metrics.column.pagerank': 'PageRank',
  'explore.metrics.column.community': 'Community',
  'explore.metrics.sizeBy': 'Size nodes by',
  'explore.metrics.size.none': 'nothing',
  'explore.metrics.size.degree': 'degree',
  'explore.metrics.size.betweenness': 'betweenness',
  'explore.metrics.size.pagerank': 'PageRank',
  'explore.metrics.colourByCommunity': 'Colour by community',
  'explore.metrics.compute': 'Compute',
  'explore.metrics.recompute': 'Recompute',
  'explore.metrics.empty': 'No metrics yet: compute them to rank the nodes.',
  'explore.metrics.summary': {
    one: '1 community, modularity {modularity}',
    other: '{count} communities, modularity {modularity}',
  },
  'explore.metrics.sampled': {
    one: 'Betweenness approximate (sampled 1 source)',
    other: 'Betweenness approximate (sampled {count} sources)',
  },
  'explore.metrics.sampledTitle': 'Exact betweenness would take too long on a graph this size',
  'explore.metrics.showing': 'Showing {shown} of {total}',
  'explore.metrics.all': { one: '1 node', other: 'All {count} nodes' },
  'explore.metrics.phase.degree': 'Counting neighbours',
  'explore.metrics.phase.pagerank': 'Computing PageRank',
  'explore.metrics.phase.betweenness': 'Computing betweenness',
  'explore.metrics.phase.communities': 'Finding communities',
  'explore.metrics.progress': '{phase}… ({step} of {steps}) {percent}%',
  'explore.metrics.progressLabel': '{phase}, {percent}%',

  // The canvas (src/ui/GraphView.tsx).
  'explore.graph.label': 'Graph',
  'explore.graph.hint':
    'Drag or arrow keys to move · Shift+drag to link · Delete removes · ? for shortcuts',
  'explore.graph.legend': 'Legend',

  // The exploration commands' notices (src/ui/explorationCommands.ts).
  'explore.commands.pinFirst': 'Select the entities to pin or unpin first.',
  'explore.commands.pathNeedsTwo':
    'Select two entities (Ctrl+click the second), or use “Path from here” in an entity’s panel.',
  'explore.commands.layoutRunning': 'A layout is still running: wait for it or cancel it.',
  'explore.commands.layoutFailed': 'The layout failed: {reason}',
  'explore.commands.backedUp': 'Backed up. {detail}',
  'explore.commands.backupFailed': 'The backup failed: {reason}',
  'explore.commands.exportFailed': 'Export failed: {reason}',

  // Work in a Web Worker (src/analysis/jobRunner.ts): "The {what} failed".
  'explore.job.failed': 'The {what} failed: {reason}',
  'explore.job.unknownError': 'unknown error',
  'explore.job.metrics': 'metrics computation',
  'explore.job.layout': 'layout',
} as const;
