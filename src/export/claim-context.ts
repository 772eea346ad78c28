import type { Properties } from './model.ts';

// What a claim means beyond its own properties, computed inside the export queries from the same definitions as
// the API: two claims CONTRADICT each other when they state the same fact (`factKey`) with opposite polarity, and
// a claim is DISPUTED when one does; claims are ALTERNATIVES when their evidences share an `alternativeKey` (one
// article saying "drone or munitions"). Cypher fragments over a claim bound to `c`.

export const CONTRADICTING_IDS =
  'COLLECT { MATCH (x:Claim {factKey: c.factKey}) WHERE x.polarity <> c.polarity RETURN x.id AS id ORDER BY id }';

export const ALTERNATIVE_GROUP = `COLLECT {
     MATCH (c)<-[:SUPPORTS]-(e:Evidence) WHERE e.alternativeKey IS NOT NULL
     RETURN DISTINCT e.alternativeKey AS k ORDER BY k }[0]`;

export const ALTERNATIVE_IDS = `COLLECT {
     MATCH (c)<-[:SUPPORTS]-(e:Evidence) WHERE e.alternativeKey IS NOT NULL
     MATCH (:Evidence {alternativeKey: e.alternativeKey})-[:SUPPORTS]->(x:Claim) WHERE x <> c
     RETURN DISTINCT x.id AS id ORDER BY id }`;

export const SUBJECT_NAME = '[(c)-[:SUBJECT]->(a:Actor) | a.name][0]';
export const OBJECT_NAME = '[(c)-[:OBJECT]->(a:Actor) | a.name][0]';

const words = (value: unknown) => (typeof value === 'string' ? value.toLowerCase().replaceAll('_', ' ') : null);

/**
 * A claim as a person reads it: "Niger → FAMa: aircraft (avion de chasse), POSSIBLE"; a denial ends with
 * ", DENIED"; a claim without an object actor names only its subject.
 */
export function claimLabel(claim: Properties, subject: string | null, object: string | null): string {
  const who = [subject ?? '?', object].filter(Boolean).join(' → ');
  const what = words(claim.supportType) ?? words(claim.statementType) ?? words(claim.kind) ?? 'claim';
  const materiel = Array.isArray(claim.materiel) && claim.materiel.length ? ` (${claim.materiel.join(', ')})` : '';
  const denied = claim.polarity === 'DENIED' ? ', DENIED' : '';
  return `${who}: ${what}${materiel}, ${claim.certainty}${denied}`;
}
