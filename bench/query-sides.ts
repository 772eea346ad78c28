import { stacksWithoutSourceMaps } from '../src/config/stack-traces.ts';
import { createApp } from '../src/http/app.ts';
import { silentLogger } from '../src/logger.ts';
import { Database } from '../src/neo4j/database.ts';
import { toParams } from '../src/neo4j/values.ts';
import { profileHits, recordingDriver, type Statement } from './db-hits.ts';
import { createPeerServer } from './peer.ts';
import { type QuerySides, rawCypher } from './query-bench.ts';
import type { QueryCase } from './query-cases.ts';

// The three sides of the query benchmark over one Neo4j: the service (the app as `serve` runs it: access log,
// Host check, CSRF prevention, limits) and the peer, each a yoga server answered in process (yoga.fetch), and the
// raw driver. Their PROFILE twins run on a recording driver to learn which
// statements one request sends.

type Fetch = (url: string, init: RequestInit) => Response | Promise<Response>;

/** A GraphQL request whose answer must have no error (a failing side would otherwise look fast). */
function graphqlClient(fetch: Fetch) {
  return async (query: string) => {
    const response = await fetch('http://bench/graphql', {
      method: 'POST',
      // a Host header, as an HTTP client sends it (the service's app checks it)
      headers: { 'content-type': 'application/json', host: 'bench' },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown; data?: unknown };
    if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors ?? body));
  };
}

export async function querySides(db: Database): Promise<QuerySides> {
  // the process as `serve` runs it (all three sides share it)
  stacksWithoutSourceMaps();
  // the Host these requests name (http://bench/graphql) is allowed, as a deployment lists its own
  const service = createApp({ db, log: silentLogger, allowedHosts: ['bench'] });
  const recorded: Statement[] = [];
  const recorder = recordingDriver(db.driver, recorded);
  const recordingService = createApp({
    db: new Database(recorder, db.settings, silentLogger),
    log: silentLogger,
    allowedHosts: ['bench'],
  });
  let peerDriver = db.driver;
  const peer = await createPeerServer(db.driver, () => peerDriver);
  // The peer checks Neo4j's version on its first request: done here, so no request's profile counts it.
  await graphqlClient(peer.fetch)('{ actors(limit: 1) { id } }');
  const statementsOf = async (fetch: () => Promise<void>) => {
    recorded.length = 0;
    await fetch();
    return [...recorded];
  };
  return {
    service: graphqlClient(service.fetch),
    peer: graphqlClient(peer.fetch),
    raw: rawCypher(db),
    async profile(c: QueryCase) {
      const ours = await statementsOf(() => graphqlClient(recordingService.fetch)(c.graphql));
      let theirs: Statement[] | undefined;
      if (c.peer) {
        peerDriver = recorder;
        const query = c.peer;
        theirs = await statementsOf(() => graphqlClient(peer.fetch)(query)).finally(() => {
          peerDriver = db.driver;
        });
      }
      const raw = { cypher: c.cypher, params: toParams(c.params) as Record<string, unknown> };
      return {
        graphql: await profileHits(db.driver, ours),
        graphqlStatements: ours.length,
        ...(theirs ? { peer: await profileHits(db.driver, theirs), peerStatements: theirs.length } : {}),
        cypher: await profileHits(db.driver, [raw]),
      };
    },
  };
}
