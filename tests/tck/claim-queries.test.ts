import { describe, expect, it } from 'vitest';
import { EXPORT_CLAIM_LINKS } from '../../src/export/context-queries.ts';
import { claimSelectionOf, selectionSchema } from '../../src/export/selection.ts';
import { EXPORT_CLAIMS } from '../../src/export/subgraph-queries.ts';
import { ALL_CLAIM_PARTS, type ClaimPart } from '../../src/graph/claim-projection.ts';
import { ClaimRepository } from '../../src/graph/claim-repository.ts';
import { type ClaimSelection, compileClaimSelection } from '../../src/graph/claim-selection.ts';
import { claimCriteria } from '../../src/graphql/arguments.ts';
import { RecordingDatabase } from './recording-database.ts';

// The Cypher and parameters the one claim selection emits for representative criteria, from the API and from an
// export. A changed snapshot is a changed query: read the diff (anchor, conditions, parameters) before accepting
// it with `vitest -u`.

async function statementsFor(selection: ClaimSelection) {
  const db = new RecordingDatabase();
  const claims = new ClaimRepository(db);
  const match = compileClaimSelection(selection);
  await claims.list(match, 20, undefined, new Set<ClaimPart>(['subject', 'object']));
  await claims.count(match);
  return db.statements;
}

const fold = (cypher: string) => cypher.replace(/\s+/g, ' ').trim();

describe('claim selection: Cypher and parameters', () => {
  it('anchors on the operation when one is given, and passes every value as a parameter', async () => {
    const statements = await statementsFor({
      operations: ['op-kidal-2023'],
      kinds: ['SUPPORT'],
      certainties: ['POSSIBLE', 'ALTERNATIVE'],
      from: '2023-01-01',
    });
    expect(statements).toMatchSnapshot();
    for (const s of statements) expect(s.cypher).not.toContain('op-kidal-2023');
  });

  it('rolls actors up and expands places in the same statement, anchored on the subject', async () => {
    const statements = await statementsFor({ subject: 'mali', location: 'kidal', rollUp: true, minCertaintyRank: 2 });
    expect(statements.map((s) => s.name)).toEqual(['listClaims', 'countClaims']);
    // Roll-up reaches parts through ties of any date: the date check stays in the conditions.
    expect(statements[0]?.cypher).toContain('sel_t.sinceStart IS NULL');
    expect(statements).toMatchSnapshot();
  });

  it('anchors on the place when no operation or actor is given', () => {
    const { match } = compileClaimSelection({ location: 'kidal', kinds: ['CONTROL'] });
    expect(fold(match)).toMatch(/^MATCH \(:Location \{id: \$location\}\)<-\[:PART_OF\*0\.\.6\]-\(sel_l:Location\)/);
    expect(fold(match)).not.toContain('EXISTS { MATCH (c)-[:AT]->');
  });

  it('scans claims only when nothing narrows them', async () => {
    const statements = await statementsFor({});
    expect(statements[0]?.cypher).toMatch(/^MATCH \(c:Claim\) WITH c ORDER BY/);
    expect(statements).toMatchSnapshot();
  });

  it('projects every part when asked for all', async () => {
    const db = new RecordingDatabase();
    const claims = new ClaimRepository(db);
    const match = compileClaimSelection({ operations: ['op'] });
    await claims.list(match, 5, { key: '2023-11-14', id: 'c-1' }, ALL_CLAIM_PARTS);
    expect(db.statements).toMatchSnapshot();
  });

  it('gives the API and the export the same Cypher for the same selection', () => {
    const api = claimCriteria(
      { operation: 'op-kidal-2023', location: 'kidal', from: '2023-11', to: '2023-11', minCertainty: 'REPORTED' },
      'filter',
    );
    const exported = claimSelectionOf(
      selectionSchema.parse({
        operations: ['op-kidal-2023'],
        location: 'kidal',
        from: '2023-11',
        to: '2023-11',
        minCertainty: 'REPORTED',
      }),
      null,
    );
    const fromApi = compileClaimSelection(api);
    const fromExport = compileClaimSelection(exported);
    expect(fromExport.match).toBe(fromApi.match);
    // The export says rollUp and drafts even at their defaults; neither changes the query.
    expect({ ...fromExport.params }).toEqual(fromApi.params);
    expect(fromApi.params).toMatchObject({ from: '2023-11-01', to: '2023-11-30' });
  });

  it('applies the same criteria to the other end of a claim link, under the same parameters', () => {
    const selected = compileClaimSelection({ actorsAmong: ['mali', 'wagner'], rollUp: true, drafts: 'EXCLUDE' });
    const links = EXPORT_CLAIM_LINKS(selected);
    expect(fold(links.cypher)).toContain('sel_x.id IN $actorsAmong');
    expect(fold(links.cypher)).toContain('coalesce(other.draft, false) = false');
    expect(selected.params).toEqual({ actorsAmong: ['mali', 'wagner'] });
    expect({ name: EXPORT_CLAIMS(selected).name, cypher: fold(EXPORT_CLAIMS(selected).cypher) }).toMatchSnapshot();
  });

  it('never writes a value into the Cypher', () => {
    const hostile = "x'}) DETACH DELETE c //";
    const { match, params } = compileClaimSelection({
      subject: hostile,
      operations: [hostile],
      location: hostile,
      publisher: hostile,
      source: hostile,
      alliance: hostile,
    });
    expect(match).not.toContain(hostile);
    expect(Object.values(params).flat()).toContain(hostile);
  });
});
