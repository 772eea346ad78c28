/** Every pinned statement's Cypher, for the test that checks their plans on an empty graph. */
export const PINNED_STATEMENTS: string[] = [];

/**
 * A loader statement whose plan Neo4j keeps once made (`replan=skip`). Neo4j plans a statement again whenever the
 * graph's statistics have moved far enough since its last plan; a load from an empty graph moves them all the
 * time, so every batch statement was planned again and again: 11.6 of 26.6 s the loader spent in Neo4j at the
 * quick benchmark scale (`npm run bench:loader-profile`, before). Only statements whose every starting point is a
 * unique id seek or a hinted index seek are pinned, so that the plan made on a small graph is the one a large
 * graph needs; tests/integration/pinned-plans.test.ts checks each one's plan on an empty graph for a scan.
 */
export function pinnedPlan(cypher: string): string {
  const pinned = `CYPHER replan=skip\n${cypher}`;
  PINNED_STATEMENTS.push(pinned);
  return pinned;
}
