import type { Logger } from '../logger.ts';

const DRIVER_LOG_INTERVAL_MS = 60_000;

/** The driver's own warnings: one line per kind of warning and minute, with how many alike were left out. */
export function throttledDriverLog(log: Logger): (level: string, message: string) => void {
  const lastSeen = new Map<string, { at: number; suppressed: number }>();
  return (level, message) => {
    const line = (message.split('\n')[0] ?? '').replace(/\{.*$/, '{…}').slice(0, 200);
    const kind = line.replace(/\[[^\]]*\]|\d+/g, '#').slice(0, 80);
    const now = Date.now();
    const seen = lastSeen.get(kind);
    if (seen && now - seen.at < DRIVER_LOG_INTERVAL_MS) {
      seen.suppressed++;
      return;
    }
    lastSeen.set(kind, { at: now, suppressed: 0 });
    log.warn(`neo4j-driver ${level}: ${line}`, seen?.suppressed ? { alikeSuppressed: seen.suppressed } : undefined);
  };
}
