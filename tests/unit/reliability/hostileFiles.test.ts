// Every file of the hostile corpus (tests/fixtures/hostile) through the functions the import
// dialogs call (in the preview worker for workspace files), in jsdom: readImportFiles then
// previewImport or previewTables for workspace files, readArticleFile for articles. Each must end in a refusal or a clean preview with sentences
// a person can read, leave Object.prototype alone, and answer within a bound. Files that break any
// of this are counted as mishandled, and the count is what the reliability report shows.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import {
  exportEdgesCsv,
  exportNodesCsv,
  failedPreview,
  guessEdgeMapping,
  guessNodeMapping,
  previewImport,
  previewTables,
  readImportFile,
  readImportFiles,
  type CsvImportFile,
  type ImportPreview,
} from '../../../src/exchange';
import { fieldsOf } from '../../../src/exchange/fields';
import { isMessage, message, translate } from '../../../src/i18n';
import { ENTITY_TYPES } from '../../../src/model';
import { readArticleFile } from '../../../src/ingest/readArticleFile';
import {
  caseName,
  casePath,
  HOSTILE_CASES,
  HOSTILE_DIR,
  type HostileCase,
} from '../../fixtures/hostile/corpus';
import { writeGenerated } from '../../fixtures/hostile/generate';
import { english, inEnglish } from '../../fixtures/exchange/english';
import { recordReliability } from '../../fixtures/reliabilityReport';

/** Per file, in jsdom (slower than Chromium): reading, parsing and the preview together. */
const BOUND_MS = 5_000;

/** What the user would be shown: the sentences, and what an accepted file would store. */
type Answer =
  | { outcome: 'refused'; sentences: string[]; preview?: ImportPreview }
  | { outcome: 'accepted'; sentences: string[]; preview: ImportPreview }
  | { outcome: 'accepted'; sentences: []; text: string };

const generatedDir = mkdtempSync(join(tmpdir(), 'concord-hostile-'));
const mishandled: { file: string; why: string[] }[] = [];
const timings: { file: string; outcome: string; ms: number }[] = [];
let tried = 0;

afterAll(() => {
  rmSync(generatedDir, { recursive: true, force: true });
  recordReliability('hostile-files', {
    hostile_files_tried: tried,
    hostile_files_mishandled: mishandled.length,
  });
  const results = resolve(import.meta.dirname, '../../../test-results');
  mkdirSync(results, { recursive: true });
  writeFileSync(join(results, 'hostile-files-timings.json'), JSON.stringify(timings, null, 2));
  for (const { file, why } of mishandled) console.log(`mishandled ${file}:\n  ${why.join('\n  ')}`);
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 12);
  console.log(
    `hostile files: ${tried} tried, ${mishandled.length} mishandled; slowest (jsdom):\n` +
      slowest
        .map((t) => `  ${String(t.ms).padStart(6)} ms  ${t.outcome.padEnd(8)} ${t.file}`)
        .join('\n'),
  );
});

function fileOf(path: string): File {
  return new File([new Uint8Array(readFileSync(path))], basename(path));
}

/** The dialog's CSV step with the guessed mappings, as src/ui/workspaceImport.ts remap() makes them. */
function previewCsvFiles(files: CsvImportFile[]): Promise<ImportPreview> | ImportPreview {
  const [nodes, edges] = [
    files.find((f) => f.role === 'nodes'),
    files.find((f) => f.role === 'edges'),
  ];
  if (files.length === 2 && (!nodes || !edges))
    return failedPreview('csv', [message('exchange.csvImport.sameKind')]);
  const edgeMapping = edges && {
    ...(guessEdgeMapping(edges.columns) ?? {
      source: edges.columns[0] ?? '',
      target: edges.columns[1] ?? '',
    }),
    endType: 'org' as const,
  };
  return previewTables(
    nodes
      ? { file: nodes.file, mapping: { ...guessNodeMapping(nodes.columns), defaultType: 'org' } }
      : null,
    edges && edgeMapping ? { file: edges.file, mapping: edgeMapping } : null,
  );
}

/** The sentence the preview shows above the Import button ("Will import 2 people and 1 relation."). */
function countsSentence(preview: ImportPreview): string {
  const types = ENTITY_TYPES.filter((t) => preview.counts[t] > 0).map((t) =>
    translate('en', `exchange.count.${t}`, { count: preview.counts[t] }),
  );
  return translate('en', 'exchange.dialog.willImport', {
    entities: types.join(', ') || translate('en', 'exchange.dialog.noEntities'),
    relations: message('common.count.relations', { count: preview.counts.relations }),
  });
}

async function importWorkspace(files: File[]): Promise<Answer> {
  const loaded = await readImportFiles(files);
  if (isMessage(loaded)) return { outcome: 'refused', sentences: [translate('en', loaded)] };
  const preview =
    loaded.kind === 'file'
      ? previewImport(loaded.name, loaded.text, { defaultType: 'org' })
      : await previewCsvFiles(loaded.files);
  if (!preview.ok) return { outcome: 'refused', sentences: english(preview.problems), preview };
  // In the dialog's order: the counts, then the warnings.
  const sentences = [countsSentence(preview), ...english(preview.warnings)];
  return { outcome: 'accepted', sentences, preview };
}

async function importArticle(file: File): Promise<Answer> {
  const read = await readArticleFile(file);
  return read.ok
    ? { outcome: 'accepted', sentences: [], text: read.text }
    : { outcome: 'refused', sentences: [translate('en', read.message)] };
}

/** A sentence a person can read: not empty, not a leaked value, not a flood. */
function sentenceProblems(sentences: string[]): string[] {
  const problems: string[] = [];
  if (sentences.length === 0) problems.push('no sentence at all');
  if (sentences.length > 51) problems.push(`${sentences.length} sentences: a flood`);
  for (const sentence of sentences) {
    if (sentence.trim() === '') problems.push('an empty sentence');
    if (/undefined|\[object|\bNaN\b/.test(sentence)) problems.push(`leaks a value: ${sentence}`);
    if (sentence.length > 400) problems.push(`a sentence of ${sentence.length} characters`);
  }
  return problems;
}

/** What an accepted preview would store: plain records with their own fields only, no formulas. */
function recordProblems(c: HostileCase, preview: ImportPreview): string[] {
  const problems: string[] = [];
  const { snapshot } = preview;
  for (const entity of snapshot.entities) {
    if (Object.getPrototypeOf(entity) !== Object.prototype)
      problems.push(`${entity.id} has a foreign prototype`);
    const allowed = new Set(['id', 'type', ...fieldsOf(entity.type)]);
    const extra = Object.keys(entity).filter((key) => !allowed.has(key));
    if (extra.length > 0) problems.push(`${entity.id} carries ${extra.join(', ')}`);
  }
  if (c.absent && c.absent.test(JSON.stringify(snapshot)))
    problems.push(`the records hold ${c.absent}`);
  // Exported again, no cell may start a spreadsheet formula.
  for (const csv of [exportNodesCsv(snapshot), exportEdgesCsv(snapshot)]) {
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
    const formula = rows.flat().find((cell) => /^[=+\-@\t\r]/.test(cell) && Number.isNaN(+cell));
    if (formula !== undefined) problems.push(`re-exported as a formula: ${formula}`);
  }
  return problems;
}

function answerProblems(c: HostileCase, answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.outcome !== c.outcome)
    problems.push(`${answer.outcome}, expected ${c.outcome}: ${answer.sentences.join(' | ')}`);
  if ('text' in answer) {
    if (!c.says.test(answer.text)) problems.push(`the text does not match ${c.says}`);
    if (c.absent?.test(answer.text)) problems.push(`the text holds ${c.absent}`);
    if (answer.text.includes('\u0000')) problems.push('the text holds a NUL');
    return problems;
  }
  problems.push(...sentenceProblems(answer.sentences));
  const said = answer.sentences.join('\n');
  if (!c.says.test(said)) problems.push(`does not say ${c.says}: ${said.slice(0, 300)}`);
  const { preview } = answer;
  if (answer.outcome === 'refused' && preview) {
    if (preview.snapshot.entities.length > 0 || preview.snapshot.relations.length > 0)
      problems.push('a refused preview holds records');
  }
  if (answer.outcome === 'accepted') problems.push(...recordProblems(c, answer.preview));
  return problems;
}

const prototypeKeys = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) =>
    Object.getOwnPropertyNames(p).join(','),
  );
const pristine = prototypeKeys();

function pollutionProblems(): string[] {
  const probe = {} as Record<string, unknown>;
  const problems: string[] = [];
  if (probe.polluted !== undefined || 'polluted' in probe) problems.push('({}).polluted is set');
  if (prototypeKeys().join('|') !== pristine.join('|')) problems.push('a prototype gained keys');
  return problems;
}

async function tryCase(c: HostileCase): Promise<string[]> {
  const paths = [c.file, ...(c.with ?? [])].map((f) => casePath(f, generatedDir));
  if (c.generated) writeGenerated(generatedDir, [c.file]);
  const files = paths.map(fileOf);
  if (c.generated) rmSync(paths[0]);
  const started = performance.now();
  let answer: Answer | null = null;
  let thrown: unknown = null;
  try {
    answer =
      c.importer === 'workspace' ? await importWorkspace(files) : await importArticle(files[0]);
  } catch (error) {
    thrown = error;
  }
  const ms = Math.round(performance.now() - started);
  timings.push({ file: caseName(c), outcome: answer?.outcome ?? 'threw', ms });
  const problems = thrown ? [`threw ${String(thrown).slice(0, 200)}`] : answerProblems(c, answer!);
  if (ms > BOUND_MS) problems.push(`took ${ms} ms (bound ${BOUND_MS} ms)`);
  problems.push(...pollutionProblems());
  return problems;
}

describe('hostile files', () => {
  for (const c of HOSTILE_CASES) {
    it(`${caseName(c)}: ${c.tries}`, { timeout: 60_000 }, async () => {
      tried += 1;
      // Counted as mishandled until it answers: a file that runs past the timeout stays counted.
      const entry = { file: caseName(c), why: ['did not answer within 60 s'] };
      mishandled.push(entry);
      const problems = await tryCase(c);
      if (problems.length === 0) mishandled.splice(mishandled.indexOf(entry), 1);
      else entry.why = problems;
      // As one text, so that a failure shows every problem in full.
      expect(problems.join('\n')).toBe('');
    });
  }

  it('records what it tried and mishandles nothing', () => {
    expect(tried).toBe(HOSTILE_CASES.length);
    expect(mishandled).toEqual([]);
  });
});

describe('the corpus', () => {
  const onDisk = ['workspace', 'articles'].flatMap((dir) =>
    readdirSync(join(HOSTILE_DIR, dir)).map((name) => `${dir}/${name}`),
  );

  it('lists every committed file, and every file it lists exists', () => {
    const listed = new Set(
      HOSTILE_CASES.filter((c) => !c.generated).flatMap((c) => [c.file, ...(c.with ?? [])]),
    );
    expect(onDisk.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !existsSync(join(HOSTILE_DIR, f)))).toEqual([]);
  });

  it('is described file by file in its README', () => {
    const readme = readFileSync(join(HOSTILE_DIR, 'README.md'), 'utf8');
    const names = new Set(HOSTILE_CASES.map((c) => basename(c.file)));
    expect([...names].filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
  });
});

describe('a file that vanishes between choosing and reading', () => {
  // The browser refuses to read a file moved or changed after it was chosen.
  const vanished = () => {
    const file = new File(['x'], 'moved.json');
    file.arrayBuffer = () => Promise.reject(new DOMException('gone', 'NotReadableError'));
    return file;
  };

  it('is refused with a sentence by both importers', async () => {
    const imported = await readImportFile(vanished());
    expect(imported.ok).toBe(false);
    expect(!imported.ok && inEnglish(imported.message)).toBe('moved.json could not be read.');
    const read = await readArticleFile(vanished());
    expect(read).toEqual({
      ok: false,
      name: 'moved.json',
      message: message('ingest.read.unreadable', { name: 'moved.json' }),
    });
    expect(read.ok === false && translate('en', read.message)).toBe(
      'moved.json could not be read.',
    );
  });
});
