import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { UserFacingError } from '../../errors.ts';

export const MINIMUM_JAVA = 17;

export function javaExecutable(javaHome: string | undefined): string {
  return javaHome ? join(javaHome, 'bin', 'java') : 'java';
}

/** Parses the major version from `java -version` output ("17.0.15", "1.8.0_392", "21"). */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export function requireJava(javaHome: string | undefined): { executable: string; major: number } {
  const executable = javaExecutable(javaHome);
  const result = spawnSync(executable, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new UserFacingError(
      `Java ${MINIMUM_JAVA} or later is needed to run the local Neo4j, but "${executable}" could not be run. ` +
        'Install a JDK (e.g. `apt-get install openjdk-17-jre-headless`) or set JAVA_HOME, or point NEO4J_URI at your own server.',
    );
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MINIMUM_JAVA) {
    throw new UserFacingError(
      `Java ${MINIMUM_JAVA} or later is needed to run Neo4j 5.26, found ${major ?? 'an unknown version'} at "${executable}". ` +
        'Install a newer JDK or set JAVA_HOME to one.',
    );
  }
  return { executable, major };
}

export function requireMaven(): void {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new UserFacingError(
      'Maven (`mvn`) is needed once, to fetch Neo4j Community into the cache, but it could not be run. ' +
        'Install it (e.g. `apt-get install maven`), or point NEO4J_URI at your own server.',
    );
  }
}
