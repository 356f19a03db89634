// Text → candidate people, organisations, agreements and themes, for review before they enter
// the graph. Pure: the same code runs in the ingestion worker and in Node (the corpus scorer).
import { readFrame } from './article';
import { buildAgreements } from './agreements';
import { assignItems } from './items';
import { normaliseText } from './normalise';
import { buildOrganisations } from './organisations';
import { toExtraction } from './output';
import { buildPeople } from './personEntities';
import { scanSentence } from './scan';
import { findQuotedThemes } from './themes';
import { findTopics, topicOfName } from './topics';
import type { Extraction } from './types';

export type { Extraction } from './types';
export { toCorpusJson } from './toCorpusJson';

export function extractArticle(input: string): Extraction {
  const normalised = normaliseText(input);
  const { text } = normalised;
  const frame = readFrame(text);
  const scans = frame.sentences.map((sentence) => scanSentence(text, sentence));
  const registry = buildOrganisations(text, scans);
  const people = buildPeople(text, scans, registry);
  const agreements = buildAgreements(text, scans, registry, frame);
  assignItems(agreements, scans);
  const quoted = scans.flatMap(findQuotedThemes);
  const firstNamed = scans.findIndex((scan) =>
    agreements.some((a) => a.records.some((r) => r.mention.scan === scan)),
  );
  const named = agreements.flatMap((a) =>
    a.records.flatMap(({ mention }) => {
      const after = mention.scan.tokens[mention.keywordEnd]?.start ?? mention.words.end;
      const span = topicOfName(text, { start: after, end: mention.words.end });
      const { start, end } = mention.scan.sentence;
      return span ? [{ span, sentence: { start, end } }] : [];
    }),
  );
  const topics = firstNamed < 0 ? [] : findTopics(text, scans, firstNamed, named);
  return toExtraction({ normalised, frame, registry, people, agreements, quoted, topics });
}
