// Prints the corpus JSON (shared/corpus/README.md) of one article: `npm run -s extract -- FILE`.
// Node 20 cannot run the TypeScript in src/extract, so Vite bundles it once into dist-extract/
// (git-ignored, like every dist-*) and later runs reuse the bundle until a source is newer.
// Only the JSON goes to stdout.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const inputs = ['src/extract', 'src/model', 'bench/extractCli.mjs'].map((p) => path.join(root, p));
const outDir = path.join(root, 'dist-extract');
const bundle = path.join(outDir, 'extract.mjs');

function newest(file) {
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(file).map((name) => newest(path.join(file, name))));
}

function isFresh() {
  if (!existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return inputs.every((input) => newest(input) < built);
}

/** Builds in a private folder and renames the file into place: a parallel run never sees half. */
async function build() {
  const { build: viteBuild } = await import('vite');
  mkdirSync(outDir, { recursive: true });
  const scratch = mkdtempSync(path.join(outDir, 'tmp-'));
  try {
    await viteBuild({
      configFile: false,
      root,
      logLevel: 'silent',
      build: {
        outDir: scratch,
        emptyOutDir: true,
        minify: false,
        target: 'node20',
        lib: {
          entry: path.join(root, 'src/extract/index.ts'),
          formats: ['es'],
          fileName: () => 'extract.mjs',
        },
      },
    });
    renameSync(path.join(scratch, 'extract.mjs'), bundle);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('Usage: npm run -s extract -- FILE\n');
  process.exit(2);
}
if (!isFresh()) await build();
const { extractArticle, toCorpusJson } = await import(pathToFileURL(bundle).href);
const json = toCorpusJson(extractArticle(readFileSync(file, 'utf8')));
process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
