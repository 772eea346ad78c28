import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/environment.ts';
import { checkDraft, extractDraft } from '../../src/extract/extract-draft.ts';
import type { RawMetadata } from '../../src/extract/front-matter.ts';
import type { KnownEntities } from '../../src/extract/known-entities.ts';
import { loadLexicon } from '../../src/extract/lexicon.ts';
import { knownFromFiles } from '../../src/extract/load-known.ts';
import { prepareText } from '../../src/extract/prepare.ts';
import { RuleCoder } from '../../src/extract/rule-coder.ts';
import { articleDocumentSchema, type ClaimInput } from '../../src/ingest/article-format.ts';

// The rule-based coder on texts, without a database: fast, and each case a rule an analyst relies on.

const lexicon = loadLexicon();
const coder = new RuleCoder(lexicon);
let known: KnownEntities;
beforeAll(async () => {
  known = await knownFromFiles(join(projectRoot, 'seed', 'gazetteer'));
});

function extract(text: string, meta: RawMetadata = {}) {
  const prepared = prepareText(text, {
    label: 'test',
    lexicon,
    overrides: { id: 'test-article', title: 'Test', publisher: 'Test', publishedAt: '2024-05-10', ...meta },
  });
  return extractDraft(coder, { text: prepared.text, metadata: prepared.metadata, known });
}

const brief = (c: ClaimInput) =>
  [
    c.kind,
    c.statementType ?? c.supportType ?? '',
    c.subject,
    c.object ?? c.location ?? '',
    c.polarity,
    c.evidence[0]?.certainty,
  ].join(' ');

describe('the Kidal article as published', () => {
  const raw = readFileSync(join(projectRoot, 'seed', 'articles', 'kidal-offensive-2023-11-17.fr.txt'));
  let draft: ReturnType<typeof extract>;
  beforeAll(() => {
    draft = extract(raw.toString('utf8'), { publishedAt: '2023-11-17', id: undefined, title: undefined });
  });

  it('drops the page furniture from the stored text, and reads the date from the "Publié le" line', () => {
    const text = draft.article.text ?? '';
    expect(text).not.toMatch(/Lire aussi|Juventus|ADVERTISEMENT|Akismet|Facebook|Temps de lecture/);
    expect(draft.article.publishedAt).toBe('2023-11-17');
    expect(draft.article.language).toBe('fr');
  });

  it('finds who supported FAMa with what, how sure: no Russia the state, jet POSSIBLE, drone and munitions ALTERNATIVE', () => {
    const support = (draft.claims ?? [])
      .filter((c) => c.kind === 'SUPPORT')
      .map(brief)
      .sort();
    expect(support).toEqual([
      'SUPPORT ADVISERS burkina-faso fama ASSERTED REPORTED',
      'SUPPORT ADVISERS niger fama ASSERTED REPORTED',
      'SUPPORT AIRCRAFT niger fama ASSERTED POSSIBLE',
      'SUPPORT AIRCRAFT niger fama ASSERTED REPORTED',
      'SUPPORT DRONES burkina-faso fama ASSERTED ALTERNATIVE',
      'SUPPORT MERCENARIES wagner fama ASSERTED REPORTED',
      'SUPPORT MUNITIONS burkina-faso fama ASSERTED ALTERNATIVE',
    ]);
    const [drone, munitions] = ['DRONES', 'MUNITIONS'].map((t) => draft.claims?.find((c) => c.supportType === t));
    expect(drone?.alternativeGroup).toBeDefined();
    expect(drone?.alternativeGroup).toBe(munitions?.alternativeGroup);
    expect(draft.claims?.find((c) => c.evidence[0]?.certainty === 'POSSIBLE')?.evidence[0]?.hedge).toBe('peut-être');
  });

  it('sets the acknowledgement from "n’ont officiellement communiqué" and attaches the cited sources', () => {
    const niger = (draft.claims ?? []).filter((c) => c.kind === 'SUPPORT' && c.subject === 'niger');
    expect(niger.every((c) => c.officiallyAcknowledged === false)).toBe(true);
    const wagner = draft.claims?.find((c) => c.subject === 'wagner');
    expect(wagner?.officiallyAcknowledged).toBeUndefined();
    const cited = niger.flatMap((c) => c.evidence[0]?.sources ?? []);
    expect(cited.some((s) => s.endsWith('sources-securitaires-maliennes'))).toBe(true);
    expect(draft.sources?.find((s) => s.id.endsWith('rebelles-du-csp'))?.actor).toBe('csp');
  });

  it('resolves "ce mardi" and "en septembre dernier" against the publication date, with their precision', () => {
    expect(draft.claims?.find((c) => c.kind === 'CONTROL')?.date).toBe('2023-11-14');
    expect(draft.claims?.find((c) => c.kind === 'MEMBERSHIP')?.date).toBe('2023-09');
  });

  it('invents no fatality figure, and keeps every quote verbatim with its rule and score', () => {
    expect(JSON.stringify(draft)).not.toMatch(/fatalities/);
    for (const c of draft.claims ?? []) {
      expect(c.draft).toBe(true);
      expect(c.extraction?.rule).toMatch(/^[a-z]+\//);
      expect(c.extraction?.score).toBeGreaterThan(0);
      for (const e of c.evidence) expect(draft.article.text).toContain(e.quote);
    }
    expect(articleDocumentSchema.safeParse(draft).success).toBe(true);
    expect(checkDraft(draft, known, coder)).toEqual([]);
  });

  it('gives the same draft for the same text', () => {
    expect(extract(raw.toString('utf8'), { publishedAt: '2023-11-17', id: undefined, title: undefined })).toEqual(
      draft,
    );
  });
});

describe('support from the sentence structure', () => {
  it('reads the passive: the supporter after "par"/"by", the recipient as the subject', () => {
    const fr = extract("L'armée nigérienne a été appuyée par des drones fournis par la Turquie.");
    expect(fr.claims?.map(brief)).toContain('SUPPORT DRONES turkey niger-armed-forces ASSERTED REPORTED');
    const en = extract('The Chadian army was backed by Russian mercenaries.', { language: 'en' });
    expect(en.claims?.map(brief)).toEqual(['SUPPORT MERCENARIES wagner chad-armed-forces ASSERTED REPORTED']);
  });

  it('reads the active with "à"/"to": the recipient after the preposition, whatever the word order', () => {
    const draft = extract('Y a reçu des armes. Le Tchad a fourni des munitions aux soldats maliens.');
    expect(draft.claims?.map(brief)).toEqual(['SUPPORT MUNITIONS chad fama ASSERTED REPORTED']);
  });

  it('makes a hedge POSSIBLE and a denial DENIED, never a support assertion', () => {
    const draft = extract(
      'Washington accuses Tehran of supplying drones to the Houthi rebels. Iran denied the accusations.',
      { language: 'en' },
    );
    const claims = draft.claims?.map(brief) ?? [];
    expect(claims).toContain('STATEMENT ACCUSATION united-states iran ASSERTED CONFIRMED');
    expect(claims).toContain('STATEMENT DENIAL iran united-states ASSERTED CONFIRMED');
    expect(claims.filter((c) => c.startsWith('SUPPORT DRONES iran'))).toEqual([
      'SUPPORT DRONES iran houthis ASSERTED REPORTED',
      'SUPPORT DRONES iran houthis DENIED REPORTED',
    ]);
    const hedged = extract('Le Niger aurait livré du carburant aux FAMa.');
    expect(hedged.claims?.map(brief)).toEqual(['SUPPORT LOGISTICS niger fama ASSERTED POSSIBLE']);
    expect(hedged.claims?.[0]?.evidence[0]?.hedge).toBe('aurait');
  });

  it('reads an English negation as a denial', () => {
    const draft = extract('Russia has not supplied weapons to the Sudanese army, Moscow said.', { language: 'en' });
    expect(draft.claims?.map(brief)).toEqual(['SUPPORT WEAPONS russia sudan-armed-forces DENIED REPORTED']);
  });
});

describe('actors', () => {
  it('resolves demonyms, metonyms and aliases accent- and case-insensitively, longest first', () => {
    const draft = extract('Les autorités burkinabe ont félicité BAMAKO. Malian troops were congratulated by Kyiv.', {
      language: 'fr',
    });
    expect(draft.claims?.map(brief)).toEqual([
      'STATEMENT CONGRATULATION burkina-faso mali ASSERTED CONFIRMED',
      'STATEMENT CONGRATULATION ukraine fama ASSERTED REPORTED',
    ]);
  });

  it('proposes an unknown organisation with its acronym and a kind guess, never dropping it', () => {
    const draft = extract(
      "Les Forces de soutien rapide (FSR) ont attaqué l'armée soudanaise. Les Émirats arabes unis ont livré des drones aux FSR.",
    );
    const fsr = draft.actors?.find((a) => a.aliases?.some((x) => x.name === 'FSR'));
    expect(fsr).toMatchObject({ id: 'fsr', name: 'Forces de soutien rapide', kind: 'NON_STATE_ARMED_GROUP' });
    expect(draft.actors?.map((a) => a.id)).toEqual(
      expect.arrayContaining(['sudan-armed-forces', 'sudan', 'united-arab-emirates']),
    );
    expect(draft.claims?.map(brief)).toEqual([
      'COMBAT  fsr sudan-armed-forces ASSERTED REPORTED',
      'SUPPORT DRONES united-arab-emirates fsr ASSERTED REPORTED',
    ]);
  });

  it('does not take the French article "un" for the UN', () => {
    const draft = extract("D'après un rapport, le Niger a envoyé un avion aux FAMa.");
    expect(draft.claims?.map(brief)).toEqual(['SUPPORT AIRCRAFT niger fama ASSERTED REPORTED']);
  });
});

describe('clean text and metadata', () => {
  it('takes metadata from front matter and drops furniture lines from plain text', () => {
    const draft = extract(
      '---\ntitle: Renforts\npublisher: Le Journal\ndate: 2024-02-01\n---\nLire aussi : le match\nLe Tchad a envoyé des soldats à l’armée nigérienne.\nPartager\n',
      { title: undefined, publisher: undefined, publishedAt: undefined },
    );
    expect(draft.article).toMatchObject({ title: 'Renforts', publisher: 'Le Journal', publishedAt: '2024-02-01' });
    expect(draft.article.text).toBe('Le Tchad a envoyé des soldats à l’armée nigérienne.');
  });

  it('detects the language when nobody says it', () => {
    const draft = extract('Chad sent soldiers to the Nigerien army last week, officials said.');
    expect(draft.article.language).toBe('en');
  });
});
