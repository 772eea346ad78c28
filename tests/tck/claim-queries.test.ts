import { describe, expect, it } from 'vitest';
import { ALL_CLAIM_PARTS, type ClaimPart } from '../../src/graph/claim-projection.ts';
import { type ClaimCriteria, ClaimRepository } from '../../src/graph/claim-repository.ts';
import { RecordingDatabase } from './recording-database.ts';

// The Cypher and parameters the claim selection emits for representative criteria. A changed snapshot is a
// changed query: read the diff (anchor, conditions, parameters) before accepting it with `vitest -u`.

const EXPANDED = {
  expandClaimCriteria: [
    { subjects: ['mali', 'fama'], objects: null, actors: null, locations: ['kidal', 'kidal-region'] },
  ],
};

async function statementsFor(criteria: ClaimCriteria, answers: Record<string, unknown[]> = {}) {
  const db = new RecordingDatabase(answers);
  const claims = new ClaimRepository(db);
  const match = await claims.prepare(criteria);
  await claims.list(match, 20, undefined, new Set<ClaimPart>(['subject', 'object']));
  await claims.count(match);
  return db.statements;
}

describe('claim selection: Cypher and parameters', () => {
  it('anchors on the operation when one is given, and passes every value as a parameter', async () => {
    const statements = await statementsFor({
      operation: 'op-kidal-2023',
      kinds: ['SUPPORT'],
      certainties: ['POSSIBLE', 'ALTERNATIVE'],
      from: '2023-01-01',
    });
    expect(statements).toMatchSnapshot();
    for (const s of statements) expect(s.cypher).not.toContain('op-kidal-2023');
  });

  it('expands roll-up and places once, then anchors on the subjects', async () => {
    const statements = await statementsFor(
      { subject: 'mali', location: 'kidal', rollUp: true, minCertaintyRank: 2 },
      EXPANDED,
    );
    expect(statements.map((s) => s.name)).toEqual(['expandClaimCriteria', 'listClaims', 'countClaims']);
    expect(statements).toMatchSnapshot();
  });

  it('scans claims only when nothing narrows them', async () => {
    const statements = await statementsFor({});
    expect(statements[0]?.cypher).toMatch(/^MATCH \(c:Claim\)/);
    expect(statements).toMatchSnapshot();
  });

  it('projects every part when asked for all', async () => {
    const db = new RecordingDatabase();
    const claims = new ClaimRepository(db);
    await claims.list(await claims.prepare({ operation: 'op' }), 5, { key: '2023-11-14', id: 'c-1' }, ALL_CLAIM_PARTS);
    expect(db.statements).toMatchSnapshot();
  });
});
