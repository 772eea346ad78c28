/**
 * The service process formats stacks without source maps. tsx (which runs the TypeScript sources) turns source
 * maps on, and then every `new Error().stack` maps each frame back to its source; neo4j-driver captures a stack
 * for every result it creates, so each statement paid for that mapping (about a tenth of a small request's CPU).
 * The service never shows a stack to a client or in its logs, so the mapping bought nothing there. A developer who
 * wants mapped stacks starts node with --enable-source-maps, which is kept.
 */
export function stacksWithoutSourceMaps(): void {
  const asked = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)].includes(
    '--enable-source-maps',
  );
  if (!asked) process.setSourceMapsEnabled(false);
}
