// Small self-contained documents for tests: a gazetteer and articles built from it.

export const gazetteer = {
  kind: 'gazetteer',
  formatVersion: 1,
  actors: [
    { id: 'mali', name: 'Mali', kind: 'STATE', country: 'MLI' },
    {
      id: 'fama',
      name: 'Forces armées maliennes',
      kind: 'STATE_ARMED_FORCE',
      partOf: 'mali',
      aliases: [
        { name: 'FAMa', lang: 'fr' },
        { name: 'armée malienne', lang: 'fr' },
      ],
    },
    { id: 'niger', name: 'Niger', kind: 'STATE', country: 'NER' },
    { id: 'russia', name: 'Russia', kind: 'STATE', country: 'RUS' },
    {
      id: 'wagner',
      name: 'Wagner Group',
      kind: 'PRIVATE_MILITARY_COMPANY',
      affiliations: [{ actor: 'russia', since: '2014', until: '2025-06' }],
    },
  ],
  locations: [
    { id: 'mali-country', name: 'Mali', kind: 'COUNTRY', country: 'MLI' },
    { id: 'kidal', name: 'Kidal', kind: 'CITY', country: 'MLI', partOf: 'mali-country' },
  ],
  sources: [{ id: 'observers', name: 'observateurs', kind: 'OBSERVER' }],
};

export interface ArticleOptions {
  id?: string;
  publisher?: string;
  text?: string;
  claims?: unknown[];
  operations?: unknown[];
}

export const DEFAULT_TEXT =
  'Le Niger a prêté un avion-cargo à l’armée malienne. Wagner a peut-être aussi combattu à Kidal. Selon des observateurs, la ville est tombée.';

export function article(options: ArticleOptions = {}): Record<string, unknown> {
  return {
    kind: 'article',
    formatVersion: 1,
    article: {
      id: options.id ?? 'test-article',
      title: 'Test article',
      publisher: options.publisher ?? 'Test Press',
      language: 'fr',
      publishedAt: '2023-11-17',
      authorship: 'PUBLISHED',
      text: options.text ?? DEFAULT_TEXT,
    },
    operations: options.operations ?? [
      {
        id: 'op-test',
        name: 'Test operation',
        eventType: 'BATTLE',
        date: '2023-11-14',
        locations: [{ location: 'kidal', role: 'OBJECTIVE' }],
      },
    ],
    claims: options.claims ?? [supportClaim()],
  };
}

export function supportClaim(overrides: Record<string, unknown> = {}) {
  return {
    kind: 'SUPPORT',
    subject: 'niger',
    object: 'fama',
    operation: 'op-test',
    supportType: 'AIRCRAFT',
    materiel: 'avion-cargo',
    evidence: [{ quote: 'Le Niger a prêté un avion-cargo', certainty: 'REPORTED', sources: ['observers'] }],
    ...overrides,
  };
}
