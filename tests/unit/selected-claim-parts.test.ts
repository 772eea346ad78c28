import { type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ALL_CLAIM_PARTS, claimProjection } from '../../src/graph/claim-projection.ts';
import { ACTOR_FIELDS } from '../../src/graph/projections.ts';
import { selectedClaimParts, selectedNestedKeys } from '../../src/graphql/selected-claim-parts.ts';

/** The resolve info of the first root field of a document, as graphql-js hands it to that field's resolver. */
function infoFor(document: string): GraphQLResolveInfo {
  const doc = parse(document);
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [root], fragments } as unknown as GraphQLResolveInfo;
}

const parts = (document: string) => [...selectedClaimParts(infoFor(document), ['edges', 'node'])].sort();

describe('claim parts selected by a query', () => {
  it('follows the selection to the claim and maps fields to parts', () => {
    expect(parts('{ supports { edges { node { id subject { name } evidences { quote } } } } }')).toEqual([
      'evidences',
      'subject',
    ]);
    expect(parts('{ claims { edges { node { corroboration { sources } contradictedBy { id } } } } }')).toEqual([
      'contradictions',
      'sourceCount',
    ]);
  });

  it('follows named and inline fragments, at the claim and inside evidence', () => {
    const document = `
      query { supports { edges { ...E } } }
      fragment E on ClaimEdge { node { ... on Claim { object { id } } ...C } }
      fragment C on Claim { evidences { ...S } alternatives { id } }
      fragment S on Evidence { sources { name } }`;
    expect(parts(document)).toEqual(['alternatives', 'evidenceSources', 'evidences', 'object']);
  });

  it('asks for no part when no claim is selected, and for every part without a document', () => {
    expect(parts('{ supports { totalCount } }')).toEqual([]);
    expect(selectedClaimParts(undefined, ['edges', 'node'])).toBe(ALL_CLAIM_PARTS);
  });
});

describe('keys of nested objects a query reads', () => {
  const projectionFor = (document: string) => {
    const info = infoFor(document);
    return claimProjection(
      selectedClaimParts(info, ['edges', 'node']),
      selectedNestedKeys(info, ['edges', 'node']),
    ).replace(/\s+/g, ' ');
  };

  it('projects no field that was not selected', () => {
    const cypher = projectionFor(
      '{ supports { edges { node { subject { name } object { name aliases { name } } evidences { quote } } } } }',
    );
    expect(cypher).toContain('[(c)-[:SUBJECT]->(a:Actor) | a { .id, .name }][0]');
    expect(cypher).toContain('[(c)-[:OBJECT]->(a:Actor) | a { .id, .name, .aliasNames, .aliasLangs }][0]');
    expect(cypher).toContain('RETURN e { .id, .quote, sources: [] }');
    for (const unread of ['.description', '.wikidata', 'article:', ', .charStart', 'operation:'])
      expect(cypher).not.toContain(unread);
  });

  it('follows fragments into evidence, article and sources, and maps fields read under another name', () => {
    const cypher = projectionFor(`
      query { supports { edges { node { ...C } } } }
      fragment C on Claim { location { coordinates { lat } } evidences { article { title } sources { name actor { id } } } }`);
    expect(cypher).toContain('l { .id, lat: l.point.latitude, lon: l.point.longitude }');
    expect(cypher).toContain('article: ar { .id, .title }');
    expect(cypher).toContain('s { .id, .name, actorId: COLLECT');
  });

  it('projects a whole actor when a resolver hands it on (memberships), and everything without a document', () => {
    expect(
      projectionFor('{ claims { edges { node { subject { memberships { member { description } } } } } } }'),
    ).toContain(`a { ${ACTOR_FIELDS} }`);
    expect(selectedNestedKeys(undefined, ['edges', 'node'])).toEqual({});
  });
});
