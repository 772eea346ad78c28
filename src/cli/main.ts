import { parseArgs } from 'node:util';
import { EnvironmentError, parseEnvironment } from '../config/environment.ts';
import { NotFoundError, UserFacingError, ValidationError } from '../errors.ts';
import { createLogger } from '../logger.ts';
import { DatabaseError } from '../neo4j/errors.ts';
import { runApiKey } from './apikey-command.ts';
import { runExamples } from './examples-command.ts';
import { runExport } from './export-command.ts';
import { EXTRACT_FLAGS, overridesFrom, runExtract } from './extract-command.ts';
import { runIngest } from './ingest-command.ts';
import { runMigrate } from './migrate-command.ts';
import { runNeo4j } from './neo4j-command.ts';
import { runReview } from './review-command.ts';
import { runSchema } from './schema-command.ts';
import { runServe } from './serve-command.ts';

const USAGE = `conflict-kg — conflict-event knowledge graph service

Usage:
  conflict-kg serve                     start Neo4j if needed, migrate, load seed/ into an empty graph, serve GraphQL
  conflict-kg ingest <file|dir|->       validate and load article / gazetteer JSON files (--batch-size N, --dry-run);
                                        .txt/.md/.html files are extracted first (same flags as extract)
  conflict-kg extract <file|dir|->      article text (.txt/.md/.html) to draft annotation documents (--published-at DATE,
                     --language fr|en, --publisher NAME, --title TITLE, --url URL, --id ID, --out FILE|DIR)
  conflict-kg review accept|reject <article-id|claim-id>   accept or reject extracted draft claims
  conflict-kg export --format graphml|gexf|csv|cytoscape|jgf --out DIR [--operation ID]… [--actor ID]… [--depth N]
                     [--alliance ID] [--location ID] [--from DATE] [--to DATE] [--kind K]… [--support-type T]…
                     [--min-certainty C] [--drafts INCLUDE|EXCLUDE|ONLY] [--no-evidence] [--force]   export a subgraph
                     [--view claims|actors] [--weighted] [--roll-up]   the claim graph, or the actor network (one edge per claim)
  conflict-kg migrate                   create constraints and indexes (idempotent)
  conflict-kg apikey [--role writer]    create an API key and print the API_KEYS entry that grants its role
  conflict-kg neo4j start|stop|status   manage the local Neo4j (kept running across service restarts)
  conflict-kg schema [--out FILE]       write the article format's JSON Schema
  conflict-kg examples                  run docs/examples/*.graphql and write docs/examples.md with their output

Configuration comes from environment variables: see README.md.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  // Commands without options still refuse unknown ones, rather than ignoring a typo.
  if (['serve', 'migrate', 'examples'].includes(command)) parseArgs({ args: rest, options: {} });
  const env = parseEnvironment();
  const log = createLogger(env.logLevel);
  switch (command) {
    case 'serve':
      return runServe(env, log);
    case 'migrate':
      return runMigrate(env, log);
    case 'neo4j':
      return runNeo4j(env, log, rest);
    case 'ingest': {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { 'batch-size': { type: 'string' }, 'dry-run': { type: 'boolean' }, ...EXTRACT_FLAGS },
      });
      const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
      if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
        throw new UserFacingError('--batch-size: expected a positive whole number');
      }
      if (positionals.length === 0) throw new UserFacingError('ingest: name a file, a directory or - (standard input)');
      return runIngest(env, log, positionals, {
        batchSize,
        dryRun: values['dry-run'] ?? false,
        extract: overridesFrom(values),
      });
    }
    case 'apikey': {
      const { values } = parseArgs({ args: rest, options: { role: { type: 'string', default: 'writer' } } });
      return runApiKey(values.role ?? 'writer');
    }
    case 'export':
      return runExport(env, log, rest);
    case 'extract':
      return runExtract(env, rest);
    case 'review':
      return runReview(env, log, rest);
    case 'examples':
      return runExamples(env, log);
    case 'schema': {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string' } } });
      return runSchema(values.out);
    }
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // node:util parseArgs: an unknown option, a missing value, a stray argument. Said in one line, with the usage.
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      console.error(`conflict-kg: ${(error as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    if (error instanceof NotFoundError) {
      console.error(`conflict-kg: ${error.message}`);
      process.exitCode = 1;
      return;
    }
    if (error instanceof EnvironmentError || error instanceof UserFacingError || error instanceof ValidationError)
      console.error(`conflict-kg: ${error.message}`);
    else if (error instanceof DatabaseError)
      console.error(`conflict-kg: ${error.message} (${error.neo4jCode ?? error.failure})`);
    else console.error(error);
    process.exitCode = 1;
  },
);
