import { readFileSync } from 'node:fs';
import type { LocalPaths } from './neo4j-conf.ts';
import type { ProcessExit } from './server.ts';

// The JVM runs with -XX:+ExitOnOutOfMemoryError, which exits with status 3 after printing one line to stderr
// (kept in logs/console.log). A SIGKILL nobody here sent is most often the kernel's out-of-memory killer.
const JVM_OUT_OF_MEMORY_STATUS = 3;

function lastLines(file: string, count: number): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).slice(-count);
  } catch {
    return [];
  }
}

/** Why the local Neo4j process ended, in words an operator can act on, with the log lines that say so. */
export function describeExit(exit: ProcessExit, paths: LocalPaths): string {
  const console = lastLines(paths.consoleLog, 40);
  const outOfMemory = console.find((line) => line.includes('OutOfMemoryError'));
  if (exit.code === JVM_OUT_OF_MEMORY_STATUS || outOfMemory) {
    return (
      `the JVM ran out of heap memory (${outOfMemory?.trim() ?? 'exit status 3, -XX:+ExitOnOutOfMemoryError'}): ` +
      'raise NEO4J_LOCAL_HEAP, or lower HEAVY_REQUESTS_MAX or NEO4J_LOCAL_TX_MEMORY_TOTAL'
    );
  }
  if (exit.signal === 'SIGKILL') {
    return 'killed with SIGKILL (by a person, or by the kernel when the machine ran out of memory: see `dmesg`)';
  }
  if (exit.signal) return `ended by signal ${exit.signal}`;
  const debug = lastLines(`${paths.logs}/debug.log`, 200).filter((line) => / (ERROR|WARN) /.test(line));
  const hint = debug.length ? `; last warning in debug.log: ${debug.at(-1)?.slice(0, 300)}` : '';
  return `exited with status ${exit.code}${hint}`;
}
