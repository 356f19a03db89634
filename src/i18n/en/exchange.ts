// Messages of the exchange screens and the modules beneath them.
export const exchange = {
  // Types as a sentence names them: "a person", "3 people", "given to people".
  'exchange.type.a.person': 'a person',
  'exchange.type.a.org': 'an organisation',
  'exchange.type.a.agreement': 'an agreement',
  'exchange.type.a.theme': 'a theme',
  'exchange.type.a.source': 'a source',
  'exchange.types.person': 'people',
  'exchange.types.org': 'organisations',
  'exchange.types.agreement': 'agreements',
  'exchange.types.theme': 'themes',
  'exchange.types.source': 'sources',
  'exchange.count.person': { one: '1 person', other: '{count} people' },
  'exchange.count.org': { one: '1 organisation', other: '{count} organisations' },
  'exchange.count.agreement': { one: '1 agreement', other: '{count} agreements' },
  'exchange.count.theme': { one: '1 theme', other: '{count} themes' },
  'exchange.count.source': { one: '1 source', other: '{count} sources' },

  // A size as a file manager writes it: "60.0" (a number, as the locale writes decimals).
  'exchange.number.oneDecimal': '{whole}.{tenth}',

  // Where in a file a problem is.
  'exchange.where.entity': 'Entity {index}',
  'exchange.where.entityNamed': 'Entity {index} (“{name}”)',
  'exchange.where.relation': 'Relation {index}',
  'exchange.where.node': 'Node {index}',
  'exchange.where.nodeId': 'Node “{id}”',
  'exchange.where.edge': 'Edge {index}',
  'exchange.where.edgeId': 'Edge “{id}”',
  'exchange.where.nodesRow': 'Nodes row {row}',
  'exchange.where.edgesRow': 'Edges row {row}',
  'exchange.where.named': '{where} (“{name}”)',

  // The report of an import.
  'exchange.report.at': '{where}: {problem}',
  'exchange.report.fieldAt': '{where}: {field}: {problem}',
  'exchange.report.unreadable': '{where}: it cannot be read.',
  'exchange.report.sentences': '{first} {rest}',
  'exchange.report.moreProblems': {
    one: '…and 1 more problem.',
    other: '…and {count} more problems.',
  },

  'exchange.assemble.noEntities': 'The file holds no entities.',
  'exchange.assemble.tooManyEntities':
    'The file has {count} entities; Concord imports at most {most}.',
  'exchange.assemble.tooManyRelations':
    'The file has {count} relations; Concord imports at most {most}.',
  'exchange.assemble.idTwice': '{where}: the id “{id}” is used twice (also {first}).',

  'exchange.edges.repeated': {
    one: '1 relation repeated another; their sources were united.',
    other: '{count} relations repeated another; their sources were united.',
  },
  'exchange.edges.toItself': '{where}: it links “{name}” to itself.',
  'exchange.edges.cannotLink': '{where}: {from} cannot be linked to {to} as “{verb}”.',
  'exchange.edges.end.source': 'source',
  'exchange.edges.end.target': 'target',
  'exchange.edges.noEnd': '{where}: it has no {end}.',
  'exchange.edges.endNamesMany':
    '{where}: its {end} “{name}” names {count} entities; give its id instead.',
  'exchange.edges.endNotNode': '{where}: its {end} “{name}” is not a node of the file.',
  'exchange.edges.noType': '{where}: it has no relation type.',
  'exchange.edges.unknownType': '{where}: the type “{type}” is unknown.',
  'exchange.edges.untyped': {
    one: '1 edge had no type; imported as “{relation}”.',
    other: '{count} edges had no type; imported as “{relation}”.',
  },
  'exchange.edges.typeUnknown': {
    one: '1 edge had the type “{type}”, which Concord does not know; imported as “{relation}” with that label.',
    other:
      '{count} edges had the type “{type}”, which Concord does not know; imported as “{relation}” with that label.',
  },
  'exchange.edges.labelNotText': '{where}: its label is not text.',
  'exchange.edges.labelIgnored': {
    one: 'Ignored 1 label of “{verb}” relations, which have none.',
    other: 'Ignored {count} labels of “{verb}” relations, which have none.',
  },
  'exchange.edges.labelTooLong': '{where}: its label has {length} characters; at most {most}.',
  'exchange.edges.notConcordId': '{where}: “{id}” is not a Concord relation id.',

  'exchange.nodes.typeNotWord': '{where}: its type is not a word.',
  'exchange.nodes.typeNotOneOf': '{where}: the type “{type}” is not one of {types}.',
  'exchange.nodes.typeUnknown': {
    one: '1 node had the type “{type}”, which Concord does not know; imported as {fallback}.',
    other:
      '{count} nodes had the type “{type}”, which Concord does not know; imported as {fallback}.',
  },
  'exchange.nodes.noType': '{where}: it has no type.',
  'exchange.nodes.untyped': {
    one: '1 node had no type; imported as {type}.',
    other: '{count} nodes had no type; imported as {type}.',
  },
  'exchange.nodes.idOfOtherType':
    '{where}: the id “{id}” belongs to {owner}, but its type is “{type}”.',
  'exchange.nodes.notConcordId': '{where}: “{id}” is not a Concord id.',
  'exchange.nodes.unknownField': 'Ignored the unknown field “{field}” ({count}×).',
  'exchange.nodes.fieldIgnored': {
    one: 'Ignored 1 value of “{field}” given to {types}, which have no such field.',
    other: 'Ignored {count} values of “{field}” given to {types}, which have no such field.',
  },
  'exchange.nodes.positionNotNumbers': '{where}: its position is not two numbers.',
  'exchange.nodes.pinnedNotBoolean': '{where}: “pinned” must be true or false.',

  'exchange.attributes.noLabel': {
    one: '1 node had no label; the id is used as the name.',
    other: '{count} nodes had no label; the id is used as the name.',
  },
  'exchange.attributes.nodeIgnored':
    'Ignored the node attribute “{name}” ({count}×): Concord has no field for it.',
  'exchange.attributes.edgeIgnored':
    'Ignored the edge attribute “{name}” ({count}×): Concord has no field for it.',

  'exchange.fields.notNumber': '“{value}” is not a number.',
  'exchange.fields.notBoolean': '“{value}” is not yes or no (true / false).',

  'exchange.provenance.notJson': 'its provenance is not valid JSON.',
  'exchange.provenance.notList': 'its provenance is not a list.',
  'exchange.provenance.badPassage': 'passage {index} of its provenance is malformed.',

  'exchange.concordJson.newer':
    'This workspace was saved by a newer Concord (format version {version}); this one reads version {current}.',
  'exchange.concordJson.noVersion': 'The file has no valid format version.',
  'exchange.concordJson.noEntities': 'The file has no list of entities.',
  'exchange.concordJson.noRelations': 'The file has no list of relations.',
  'exchange.concordJson.badPositions': 'Its positions are not a map from ids to positions.',
  'exchange.concordJson.badPosition': 'The position of “{id}” is not {shape}.',
  'exchange.concordJson.strayPositions': {
    one: 'Ignored 1 position of an entity not in the file.',
    other: 'Ignored {count} positions of entities not in the file.',
  },
  'exchange.concordJson.entityNotRecord': 'Entity {index} is not a record.',
  'exchange.concordJson.relationNotRecord': 'Relation {index} is not a record.',

  'exchange.cytoscapeJson.nodesNotList': 'Its “elements.nodes” is not a list.',
  'exchange.cytoscapeJson.edgesNotList': 'Its “elements.edges” is not a list.',

  'exchange.csv.brokenQuoting': 'The CSV has broken quoting: {detail}',
  'exchange.csv.brokenQuotingAt': 'The CSV has broken quoting (row {row}): {detail}',
  'exchange.csv.cells': { one: '1 cell', other: '{count} cells' },
  'exchange.csv.moreRows': { one: '1 more row', other: '{count} more rows' },
  'exchange.csv.unevenRow': 'Row {row} has {cells} but the header has {columns}.',
  'exchange.csv.unevenRows': 'Row {row} has {cells} but the header has {columns} (and {more}).',
  'exchange.csv.noHeader': 'The CSV has no header row naming its columns.',
  'exchange.csv.tooManyColumns': 'The CSV has {count} columns; Concord reads at most {most}.',
  'exchange.csv.repeatedColumn': 'The column “{column}” appears twice in the header.',

  'exchange.csvImport.chooseTable': 'Choose a nodes table, an edges table or both.',
  'exchange.csvImport.noNodeColumn':
    'The nodes table has no column “{column}” (chosen for {field}).',
  'exchange.csvImport.noEdgeColumn':
    'The edges table has no column “{column}” (chosen for {field}).',
  'exchange.csvImport.endIsId':
    '{where}: “{id}” is an entity’s id; choose the nodes table too, so that Concord knows that entity.',
  'exchange.csvImport.madeFromEnds': {
    one: 'Made 1 entity from the ends of the edges, as {types}.',
    other: 'Made {count} entities from the ends of the edges, as {types}.',
  },
  'exchange.csvImport.sameKind': 'Both files are read as the same kind of table.',

  'exchange.xml.declarations':
    'The file declares a document type or entities, which Concord refuses to read (they can make a file read other files or grow without end).',
  'exchange.xml.tooDeep':
    'The file nests its elements more than {most} deep; GEXF and GraphML need fewer than ten levels.',
  'exchange.xml.malformed': 'The file is not well-formed XML: {detail}',
  'exchange.xml.notGraphFile':
    'This is not a {format} file: it has no <{root}> root with a <graph> inside.',

  'exchange.file.tooLarge': '{name} is {size} MB; Concord imports files up to {most} MB.',
  'exchange.file.unreadable': '{name} could not be read.',
  'exchange.file.binary': '{name} is a binary file, not a graph Concord can read.',
  'exchange.file.notUtf8':
    '{name} is not UTF-8 text. Save it as UTF-8 (in Excel: “CSV UTF-8”) and try again.',
  'exchange.file.textTooLarge': '{name} is larger than {most} MB, the most Concord imports.',
  'exchange.file.empty': '{name} is empty.',
  'exchange.file.problem': '{name}: {problem}',
  'exchange.file.notJsonOrXml': '{name} does not start like a JSON or XML file.',
  'exchange.file.invalidJson': '{name} is not valid JSON.',
  'exchange.file.invalidJsonDetail': '{name} is not valid JSON ({detail}).',
  'exchange.file.neitherJson':
    '{name} is JSON but neither a Concord workspace (“format”: “concord-workspace”) nor Cytoscape JSON (“elements”).',
  'exchange.file.neitherXml':
    '{name} is XML but neither GEXF nor GraphML: its root element is <{root}>.',
  'exchange.files.none': 'Choose a file.',
  'exchange.files.tooMany': 'Choose one file, or two CSV files: the nodes and the edges.',
  'exchange.files.notTables': 'Two files can only be two CSV tables: the nodes and the edges.',

  'exchange.preview.notChecked':
    'The check of the file failed: the file was not checked; choose it again.',
  'exchange.preview.cancelled': 'Cancelled: nothing was stored.',

  // The import dialog.
  'exchange.dialog.title': 'Import a workspace',
  'exchange.dialog.chooseFile': 'Choose a file',
  'exchange.dialog.dropHint':
    'or drop it here: Concord JSON, GEXF, GraphML, Cytoscape JSON, or CSV (a nodes table, an edges table, or both).',
  'exchange.dialog.defaultType': 'Nodes without a type become',
  'exchange.dialog.reading': 'Reading {names} ({size})…',
  'exchange.dialog.checking': 'Checking {names} ({size})…',
  'exchange.dialog.progress': 'Reading and checking the file',
  'exchange.dialog.kilobytes': '{size} KB',
  'exchange.dialog.megabytes': '{size} MB',
  'exchange.dialog.willImport': 'Will import {entities} and {relations}.',
  'exchange.dialog.noEntities': 'no entities',
  'exchange.dialog.cannotImport':
    'This file cannot be imported; nothing will be stored. What is wrong:',
  'exchange.dialog.newWorkspace': 'New workspace named',
  'exchange.dialog.newWorkspaceName': 'Name of the new workspace',
  'exchange.dialog.merge':
    'Merge into “{name}” (entities with the same id are updated, never erased)',
  'exchange.dialog.import': 'Import',
  'exchange.dialog.importing': 'Importing…',

  // The CSV column mapping.
  'exchange.mapping.notInFile': '— not in the file —',
  'exchange.mapping.nodes': 'Nodes: {name}',
  'exchange.mapping.edges': 'Edges: {name}',
  'exchange.mapping.name': 'Name',
  'exchange.mapping.id': 'Id',
  'exchange.mapping.type': 'Type',
  'exchange.mapping.aliases': 'Aliases',
  'exchange.mapping.notes': 'Notes',
  'exchange.mapping.source': 'Source',
  'exchange.mapping.target': 'Target',
  'exchange.mapping.label': 'Label',
  'exchange.mapping.provenance': 'Provenance',
  'exchange.mapping.defaultType': 'Rows without a type become',
  'exchange.mapping.moreColumns': 'More columns',
  'exchange.mapping.endType': 'The ends become',
  'exchange.mapping.endsHint': 'Each name at an end of an edge becomes one entity.',
  'exchange.mapping.swap': 'Swap nodes and edges tables',

  // Storing an import.
  'exchange.import.hasProblems': 'This file has problems: nothing was imported.',
  'exchange.import.noWorkspace': 'No workspace is open.',
  'exchange.import.done': 'Imported {entities} ({added} new, {updated} updated) and {relations}',
  'exchange.import.undo': 'Undo',
} as const;
