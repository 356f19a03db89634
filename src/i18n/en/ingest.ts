// Messages of the ingest screens and the modules beneath them.
export const ingest = {
  // Reading a dropped or chosen file as an article (src/ingest/readArticleFile).
  'ingest.read.tooLarge': '{name} is {size} MB; Concord reads articles up to {max} MB.',
  'ingest.read.binary': '{name} looks like a binary file, not an article.',
  'ingest.read.notUtf8': '{name} is not UTF-8 text. Save it as UTF-8 and try again.',
  'ingest.read.tooDeep':
    '{name} nests its elements more than {depth} deep, which no article needs.',
  'ingest.read.empty': '{name} has no text.',
  'ingest.read.tooLong': '{name} is too long for one article.',
  'ingest.read.unreadable': '{name} could not be read.',
  // The extraction worker (src/ingest/extractClient); {detail} is the worker's own words.
  'ingest.extract.failed': 'The extractor failed: {detail}',
  'ingest.extract.unknownError': 'unknown error',
  // The import flow (src/ui/importFlow).
  'ingest.flow.pastedText': 'Pasted text',
  'ingest.flow.articleProblem': '{name}: {problem}',
  'ingest.flow.cancelled': 'Cancelled.',
  'ingest.flow.nothingToImport': 'Nothing to import.',
  'ingest.flow.pasteFirst': 'Paste the text of an article first.',
  'ingest.flow.noWorkspace': 'No workspace is open.',
  // The import dialog.
  'ingest.dialog.title': 'Import articles',
  'ingest.dialog.intro':
    'Concord reads the article, proposes the people, organisations, agreements and themes it finds, and lets you review them before anything is stored.',
  'ingest.dialog.placeholder': 'Paste the text of an article here…',
  'ingest.dialog.textLabel': 'Article text',
  // "Or <u>choose files</u> or drop them here: …", in three parts around the underlined words.
  'ingest.dialog.filesBefore': 'Or',
  'ingest.dialog.chooseFiles': 'choose files',
  'ingest.dialog.filesAfter': 'or drop them here: .txt, .md, .html, several at once.',
  'ingest.dialog.extract': 'Find entities',
  'ingest.dialog.reading': 'Reading articles…',
  'ingest.dialog.progress': '{done} of {total} done · {current}',
  // The review of one article.
  'ingest.review.untitled': 'Untitled article',
  'ingest.review.label': 'Review the article',
  'ingest.review.sourceTitle': 'Source title',
  'ingest.review.position': 'Article {index} of {total} · {kept} of {count} kept',
  'ingest.review.acceptAll': 'Accept all',
  'ingest.review.skip': 'Skip article',
  'ingest.review.addSourceOnly': 'Add the source only',
  'ingest.review.add': 'Add {count} to the workspace',
  'ingest.review.notAdded': 'Not added: {error}',
  'ingest.review.nothingFound':
    'Nothing was found in this article. You can still keep it as a source.',
  // One candidate in the review.
  'ingest.candidate.name': 'Name',
  'ingest.candidate.decision': 'Decision',
  'ingest.candidate.addAsNew': 'Add as new',
  'ingest.candidate.mergeInto': 'Merge into “{name}”',
  'ingest.candidate.reject': 'Reject',
  'ingest.candidate.rank': 'Rank',
  'ingest.candidate.titles': 'Titles (separated by ;)',
  'ingest.candidate.aliases': 'Aliases (separated by ;)',
  'ingest.candidate.kind': 'Kind',
  'ingest.candidate.signed': 'Signed (dd/mm)',
  'ingest.candidate.periodFrom': 'Period from',
  'ingest.candidate.periodTo': 'Period to',
  'ingest.candidate.items': 'Content items',
  'ingest.candidate.parties': 'Parties',
  'ingest.candidate.noOrganisation': 'No organisation in this article.',
  'ingest.candidate.campaign': 'A named campaign or movement',
} as const;
