import type { LocalNeo4jSettings } from '../../config/environment.ts';

export interface LocalPaths {
  home: string;
  conf: string;
  data: string;
  logs: string;
  run: string;
  plugins: string;
  import: string;
  passwordFile: string;
  pidFile: string;
  consoleLog: string;
}

/**
 * neo4j.conf for a single-user development server: loopback only, authentication on, no HTTP connector
 * (the service talks Bolt; nothing else should listen), and memory sized to share a small machine with tests.
 */
export function renderNeo4jConf(settings: LocalNeo4jSettings, paths: LocalPaths): string {
  const lines = [
    '# Written by conflict-kg on every start; edit NEO4J_LOCAL_* variables instead of this file.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${settings.boltPort}`,
    'server.bolt.enabled=true',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    `server.memory.pagecache.size=${settings.pageCache}`,
    // Transaction memory is bounded below the heap, so an oversized query (or too many at once) fails with a
    // memory-pool error the service reports as RESOURCE_EXHAUSTED, instead of filling the heap and ending the JVM.
    `dbms.memory.transaction.total.max=${settings.txMemoryTotal}`,
    `db.memory.transaction.max=${settings.txMemoryMax}`,
    'db.tx_log.rotation.retention_policy=256M size',
    `server.directories.data=${paths.data}`,
    `server.directories.logs=${paths.logs}`,
    `server.directories.run=${paths.run}`,
    `server.directories.plugins=${paths.plugins}`,
    `server.directories.import=${paths.import}`,
    'server.logs.gc.enabled=false',
  ];
  return `${lines.join('\n')}\n`;
}

export function jvmArguments(settings: LocalNeo4jSettings): string[] {
  return [
    `-Xms${settings.heap}`,
    `-Xmx${settings.heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    // The same module openings Neo4j's own launcher passes; without them the page cache falls back to a slower path.
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
  ];
}
