import { parseArgs } from 'node:util';
import { silentLogger } from '../src/logger.ts';
import type { Database } from '../src/neo4j/database.ts';
import { generateCorpus } from './corpus.ts';
import { type IngestPhase, ingestBench } from './ingest-bench.ts';
import { withThrowawayNeo4j } from './throwaway-neo4j.ts';

// Where the loader's time goes: the benchmark's ingest phase (raw UNWIND floor, then the loader, warmed up the same
// way) on a throwaway Neo4j, with the time Neo4j took for each named statement of each phase (summed over batches
// of 50 articles, or --batch N on both sides), slowest first.
// `npm run bench:loader-profile [-- --articles N --batch N]` (default 1,000 articles, the quick scale).

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '1000' }, batch: { type: 'string', default: '50' } },
});
await withThrowawayNeo4j(
  { prefix: 'kg-prof-', settings: { NEO4J_LOCAL_HEAP: '2g', NEO4J_LOCAL_PAGECACHE: '1g' }, txTimeoutMs: 600_000 },
  async ({ db }) => {
    const corpus = generateCorpus({ articles: Number(values.articles), claimsPerArticle: 5 });
    const stats = new Map<IngestPhase, Map<string, { n: number; ms: number; calls: number[] }>>();
    let phase: IngestPhase | undefined;
    db.observe((e) => {
      if (!phase) return;
      const byName = stats.get(phase) ?? new Map<string, { n: number; ms: number; calls: number[] }>();
      stats.set(phase, byName);
      const s = byName.get(e.name) ?? { n: 0, ms: 0, calls: [] };
      s.calls.push(Math.round(e.ms));
      s.n++;
      s.ms += e.ms;
      byName.set(e.name, s);
    });
    // Each write transaction's commit (from the end of its work to its return: the commit applies the changes, the
    // indexes' included, and syncs the transaction log), and how many each phase ran.
    const commits = new Map<IngestPhase, { txs: number; ms: number }>();
    const timed = new Proxy(db, {
      get(target, key) {
        if (key !== 'writeTransaction') {
          const value = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        }
        return async <T>(work: Parameters<Database['writeTransaction']>[0]) => {
          let ended = 0;
          const result = await target.writeTransaction(async (tx) => {
            const value = await work(tx);
            ended = performance.now();
            return value as T;
          });
          const c = phase ? (commits.get(phase) ?? { txs: 0, ms: 0 }) : undefined;
          if (phase && c) commits.set(phase, { txs: c.txs + 1, ms: c.ms + performance.now() - ended });
          return result;
        };
      },
    });
    const result = await ingestBench(
      timed,
      corpus,
      silentLogger,
      silentLogger,
      (p) => {
        phase = p === 'done' ? undefined : p;
      },
      Number(values.batch),
    );
    console.log(
      `${corpus.claims} claims: raw ${result.rawSeconds.toFixed(1)} s, loader ${result.loaderSeconds.toFixed(1)} s ` +
        `(${Math.round(result.loaderClaimsPerSecond)} claims/s), loader/raw ${result.loaderOverRaw.toFixed(2)}×, ` +
        `no-op re-ingest ${result.noopReingestSeconds.toFixed(1)} s`,
    );
    const wall = { raw: result.rawSeconds, loader: result.loaderSeconds, noop: result.noopReingestSeconds, done: 0 };
    for (const [p, byName] of stats) {
      const total = [...byName.values()].reduce((n, s) => n + s.ms, 0);
      // The rest of the phase's wall time: transactions begun and committed (the commit writes and syncs the
      // transaction log and updates the indexes), sessions, and the loader's own validation and compilation.
      const c = commits.get(p) ?? { txs: 0, ms: 0 };
      const calls = [...byName.values()].reduce((n, s) => n + s.n, 0);
      console.log(
        `${p}: ${Math.round(wall[p] * 1000 - total)} ms of wall time outside statements, ${Math.round(c.ms)} ms of ` +
          `it committing ${c.txs} transactions; ${(calls / Math.max(1, c.txs)).toFixed(1)} statements per transaction`,
      );
      // A call far above its statement's median is, on a warm plan cache, a new plan: Neo4j replans a statement
      // when the graph's statistics have moved enough since its last plan, which a load from empty makes happen.
      const spikes = [...byName.values()].reduce((n, s) => {
        const median = [...s.calls].sort((a, b) => a - b)[Math.floor(s.calls.length / 2)] ?? 0;
        return n + s.calls.filter((c) => c > 3 * median + 20).reduce((m, c) => m + c - median, 0);
      }, 0);
      console.log(
        `${p}: ${Math.round(total)} ms in Neo4j, ${Math.round(spikes)} ms of it in calls over 3× their median + 20 ms ` +
          '(replanning); statement, calls, ms, each call:',
      );
      for (const [k, v] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 14))
        console.log(`  ${k} ${v.n} ${Math.round(v.ms)}  ${v.calls.join(' ')}`);
    }
  },
);
