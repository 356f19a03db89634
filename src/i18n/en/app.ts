// Messages of the app screens and the modules beneath them.
export const app = {
  // The toolbar.
  'app.toolbar.add': '+ Add ▾',
  'app.toolbar.addTitle': 'Add an entity',
  'app.toolbar.import': '⇪ Import ▾',
  'app.toolbar.importTitle': 'Import articles or a workspace file',
  'app.toolbar.importArticles': 'Articles…',
  'app.toolbar.importArticlesTitle': 'Paste or drop articles and review what Concord finds in them',
  'app.toolbar.importFile': 'Workspace file…',
  'app.toolbar.importFileTitle':
    'Concord JSON, CSV, GEXF or GraphML, into a new workspace or this one',
  'app.toolbar.export': 'Export ▾',
  'app.toolbar.exportTitle': 'Export the graph or the workspace',
  'app.toolbar.undo': 'Undo',
  'app.toolbar.undoTitle': 'Undo (Ctrl+Z)',
  'app.toolbar.redo': 'Redo',
  'app.toolbar.redoTitle': 'Redo (Ctrl+Shift+Z or Ctrl+Y)',
  'app.toolbar.link': '⤳ Link',
  'app.toolbar.linkTitle':
    'Link mode: drag from one node to another to relate them (or hold Shift while dragging)',
  'app.toolbar.fit': '⤢ Fit',
  'app.toolbar.fitTitle': 'Fit the graph to the window',
  'app.toolbar.layout': 'Layout ▾',
  'app.toolbar.layoutTitle': 'Arrange the nodes shown',
  'app.toolbar.pin': 'Pin selected',
  'app.toolbar.pinTitle': 'Layouts leave pinned nodes where they are',
  'app.toolbar.unpin': 'Unpin selected',
  'app.toolbar.filters': '⚲ Filters',
  'app.toolbar.filtersTitle': 'Filter by type, theme, organisation and time',
  'app.toolbar.analyse': 'Analyse ▾',
  'app.toolbar.analyseTitle': 'Metrics, paths and duplicates',
  'app.toolbar.metrics': 'Metrics and communities',
  'app.toolbar.hideMetrics': 'Hide metrics',
  'app.toolbar.metricsTitle': 'Degree, betweenness, PageRank and communities',
  'app.toolbar.path': 'Shortest path…',
  'app.toolbar.pathTitle': 'The shortest chain of relations between two selected entities',
  'app.toolbar.duplicates': 'Duplicates…',
  'app.toolbar.duplicatesTitle': 'Entities that are probably the same body or person',
  'app.toolbar.share': 'Share',
  'app.toolbar.shareTitle': 'Share this workspace with other browsers',
  'app.toolbar.shortcuts': 'Keyboard shortcuts',
  'app.toolbar.shortcutsTitle': 'Keyboard shortcuts (?)',

  // The export menu and what an export says when it is done.
  'app.export.png': 'Picture (PNG)',
  'app.export.pngHint': 'The graph as drawn now, filters applied',
  'app.export.svg': 'Picture (SVG)',
  'app.export.svgHint': 'The graph as drawn now, as a vector image',
  'app.export.json': 'Workspace (Concord JSON)',
  'app.export.jsonHint': 'Everything, with sources and provenance: imports back without loss',
  'app.export.nodesCsv': 'Entities (CSV)',
  'app.export.nodesCsvHint': 'One row per entity, for spreadsheets',
  'app.export.edgesCsv': 'Relations (CSV)',
  'app.export.edgesCsvHint': 'One row per relation, for spreadsheets',
  'app.export.gexf': 'GEXF (Gephi)',
  'app.export.gexfHint': 'Opens in Gephi and Gephi Lite',
  'app.export.graphml': 'GraphML',
  'app.export.graphmlHint': 'Opens in Gephi, yEd, Cytoscape desktop, NetworkX',
  'app.export.cytoscape': 'Cytoscape JSON',
  'app.export.cytoscapeHint': 'Cytoscape desktop and Cytoscape.js',
  'app.export.nothingDrawn': 'There is nothing drawn to export.',
  'app.export.drawing': 'Exported the drawing as {fileName}',
  'app.export.done': 'Exported {entities} and {relations} as {fileName}',

  // The layout menu.
  'app.layout.fcose': 'Force-directed',
  'app.layout.fcoseHint': 'Related entities close together (up to {max} nodes)',
  'app.layout.forceatlas2': 'Force-directed, large graphs',
  'app.layout.forceatlas2Hint': 'ForceAtlas2 in the background: the tab stays usable while it runs',
  'app.layout.concentric': 'Concentric by importance',
  'app.layout.concentricHint': 'Central entities in the middle (by the size metric, else degree)',
  'app.layout.breadthfirst': 'Tree around the selection',
  'app.layout.breadthfirstHint': 'Breadth-first from the selected entities',
  'app.layout.grid': 'Grid',
  'app.layout.gridHint': 'Rows and columns',
  'app.layout.circle': 'Circle',
  'app.layout.circleHint': 'One ring',
  'app.layout.selectRoot': 'Select the entity the tree grows from first.',

  // The shortcut sheet and the shortcuts it lists.
  'app.shortcuts.title': 'Keyboard shortcuts',
  'app.shortcuts.mac': 'On a Mac, ⌘ works wherever Ctrl is written.',
  'app.shortcuts.or': 'or',
  'app.shortcuts.key.drag': 'drag',
  'app.shortcuts.key.click': 'click',
  'app.shortcuts.key.doubleClick': 'Double-click',
  'app.shortcuts.anywhere': 'Anywhere outside a text field',
  'app.shortcuts.search': 'Search names and aliases',
  'app.shortcuts.undo': 'Undo',
  'app.shortcuts.redo': 'Redo',
  'app.shortcuts.delete': 'Delete the selection and its relations',
  'app.shortcuts.escape': 'Clear the selection; stop adding an entity',
  'app.shortcuts.show': 'Show these shortcuts',
  'app.shortcuts.moving': 'Moving around',
  'app.shortcuts.nextControl': 'Next or previous control',
  'app.shortcuts.press': 'Press the button or menu item in focus',
  'app.shortcuts.closeDialog': 'Close a dialog or a menu',
  'app.shortcuts.searchBox': 'Search box',
  'app.shortcuts.chooseResult': 'Choose a result',
  'app.shortcuts.openDetails': 'Select it on the graph and open its details',
  'app.shortcuts.clearSearch': 'Clear the search',
  'app.shortcuts.entityList': 'Entity list',
  'app.shortcuts.previousNext': 'Previous or next entity',
  'app.shortcuts.firstLast': 'First or last entity',
  'app.shortcuts.toggle': 'Add it to the selection, or take it out',
  'app.shortcuts.metricsTable': 'Metrics table',
  'app.shortcuts.selectRow': 'Select the entity of the row in focus',
  'app.shortcuts.graphKeys': 'Graph, once it has the focus',
  'app.shortcuts.move': 'Move the selected nodes; nothing selected: pan',
  'app.shortcuts.moveFurther': 'The same, five times further',
  'app.shortcuts.zoom': 'Zoom in or out',
  'app.shortcuts.graphMouse': 'Graph, with the mouse',
  'app.shortcuts.dragLink': 'Drag from one node to another to link them',
  'app.shortcuts.addToSelection': 'Add a node to the selection',
  'app.shortcuts.boxSelect': 'Select the nodes in a box drawn on the background',
  'app.shortcuts.expand': 'Expand a node: show its neighbours',

  // The workspace menu.
  'app.workspaceMenu.title': 'Workspaces',
  'app.workspaceMenu.new': 'New workspace…',
  'app.workspaceMenu.newTitle': 'New workspace',
  'app.workspaceMenu.name': 'Name',
  'app.workspaceMenu.untitled': 'Untitled workspace',
  'app.workspaceMenu.rename': 'Rename…',
  'app.workspaceMenu.renameTitle': 'Rename workspace',
  'app.workspaceMenu.join': 'Join with an invite…',
  'app.workspaceMenu.joinTitle':
    'Open a workspace someone shared with you, from their invite link or code',
  'app.workspaceMenu.backup': 'Back up now',
  'app.workspaceMenu.backupTitle': 'Download the whole workspace as a file you can restore',
  'app.workspaceMenu.lastBackup': 'Last backup: {when}',
  'app.workspaceMenu.never': 'never',
  'app.workspaceMenu.restore': 'Restore a backup…',
  'app.workspaceMenu.restoreTitle': 'Open a backup file as a new workspace',
  'app.workspaceMenu.delete': 'Delete workspace…',
  'app.workspaceMenu.deleteTitle': 'Delete “{name}”?',
  'app.workspaceMenu.deleteMessage':
    'Its entities, relations and sources are removed from this browser. This cannot be undone.',
  'app.workspaceMenu.deleteConfirm': 'Delete workspace',

  // The workspace screen: its notices and progress lines.
  'app.workspaceScreen.noWorkspace': 'No workspace is open.',
  'app.workspaceScreen.undo': 'Undo',
  'app.workspaceScreen.merged': {
    one: 'Merged 1 entity into “{name}”',
    other: 'Merged {count} entities into “{name}”',
  },
  'app.workspaceScreen.deleted': 'Deleted {what}',
  'app.workspaceScreen.deletedWith': 'Deleted {what} with {relations}',
  'app.workspaceScreen.items': { one: '1 item', other: '{count} items' },
  'app.workspaceScreen.named': '“{name}”',
  'app.workspaceScreen.theRelation': 'the relation',
  'app.workspaceScreen.linkFailed': 'Could not link: {reason}',
  'app.workspaceScreen.linked': 'Linked as “{verb}”: change the relation in the panel if needed.',
  'app.workspaceScreen.drawing': 'Drawing {done} of {total} elements…',
  'app.workspaceScreen.backToOverview': 'Back to the overview',
  'app.workspaceScreen.layingOut': 'Laying out…',
  'app.workspaceScreen.layingOutPercent': 'Laying out… {percent}%',
  'app.workspaceScreen.added': 'Added “{title}”: {entities}, {relations}',

  // The screen shown when the app cannot start, and the default workspace.
  'app.main.storageFailed': 'Concord could not open its storage: {reason}',
  'app.controller.defaultWorkspaceName': 'My workspace',

  // Why saving failed (persist).
  'app.persist.storageFull':
    'Browser storage is full: your latest changes are kept in this tab but not saved yet. Free some disk space; Concord keeps retrying.',
  'app.persist.databaseClosed':
    'The browser closed this workspace’s database: your latest changes are not saved yet. Concord keeps retrying; keep this tab open.',
  'app.persist.failed':
    'Saving failed: your latest changes are kept in this tab but not saved yet. Concord keeps retrying.',
  'app.persist.failedWithDetail':
    'Saving failed ({detail}): your latest changes are kept in this tab but not saved yet. Concord keeps retrying.',

  // The empty workspace.
  'app.empty.title': 'This workspace is empty',
  'app.empty.about':
    'Concord maps who works with whom: people, organisations, the coordination programmes they sign and the themes they cover. Everything stays in this browser.',
  'app.empty.loadSample': 'Load the sample workspace',
  'app.empty.import': 'Import an article',
  'app.empty.addPerson': 'Add a person',
  'app.empty.addOrg': 'Add an organisation',
  'app.empty.sampleNote':
    'The sample holds two news articles from Tân Bình and Ho Chi Minh City: their officials, bodies, coordination programmes and campaigns, each relation quoting its sentence.',

  // The search box.
  'app.search.placeholder': 'Search names, aliases (Ctrl+K)',
  'app.search.label': 'Search entities',
  'app.search.noMatch': 'No entity matches “{query}”.',
  'app.search.results': 'Matching entities',

  // The backup reminder.
  'app.backupReminder.text': {
    one: '“{name}” has 1 day of edits that no backup holds. A backup file is the copy you can restore if this browser loses its storage.',
    other:
      '“{name}” has {count} days of edits that no backup holds. A backup file is the copy you can restore if this browser loses its storage.',
  },
  'app.backupReminder.now': 'Back up now',
  'app.backupReminder.later': 'Later',

  // The problems banner.
  'app.problems.headline': 'Some data from another copy was set aside: {what} could not be read.',
  'app.problems.both': '{records} and {updates}',
  'app.problems.records': { one: '1 record', other: '{count} records' },
  'app.problems.updates': { one: '1 update', other: '{count} updates' },
  'app.problems.details': 'Details',
  'app.problems.hideDetails': 'Hide details',

  // The save status.
  'app.saveStatus.loading': 'Opening…',
  'app.saveStatus.saving': 'Saving…',
  'app.saveStatus.saved': 'Saved',
  'app.saveStatus.error': 'Not saved',
  'app.saveStatus.savedTitle': 'Every change is stored in this browser.',
  'app.saveStatus.savedNotPersistentTitle':
    'Every change is stored in this browser. The browser may evict this data under storage pressure: export backups.',

  // The connection indicator.
  'app.sync.offline': 'Offline',
  'app.sync.connecting': 'Connecting…',
  'app.sync.peers': { one: '1 peer', other: '{count} peers' },
  'app.sync.relay': 'Relay',
  'app.sync.relayPeers': 'Relay · {peers}',
  'app.sync.notSynced': 'Not synced yet',
  'app.sync.lastSync': 'Last sync {time}',
  'app.sync.withProblem': '{details}. {problem}',

  // The offer of a new version.
  'app.update.ready': 'A new version of Concord is ready.',
  'app.update.reload': 'Reload to update',
  'app.update.reloading': 'Updating…',
  'app.update.later': 'Later',
} as const;
