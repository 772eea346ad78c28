import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { ApiKeyHash, Role } from '../config/environment.ts';

// API keys: the service is configured with SHA-256 hashes only (API_KEYS=writer:<hex>), clients send the key as
// `Authorization: Bearer <key>`. Keys are 32 random bytes, so a plain SHA-256 is enough (no password stretching
// needed), and digests are compared in constant time.

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

export function newApiKey(): string {
  return `ckg_${randomBytes(32).toString('base64url')}`;
}

export function roleFromAuthorization(header: string | null, keys: readonly ApiKeyHash[]): Role | undefined {
  const match = header ? /^Bearer\s+(\S{1,512})$/i.exec(header.trim()) : null;
  if (!match?.[1]) return undefined;
  const digest = Buffer.from(hashApiKey(match[1]), 'hex');
  let role: Role | undefined;
  for (const key of keys) {
    if (timingSafeEqual(digest, Buffer.from(key.sha256, 'hex')) && role !== 'writer') role = key.role;
  }
  return role;
}

/** undefined: no key sent; 'invalid': a key that matches none configured. */
export type Caller = Role | 'invalid' | undefined;

export function callerFromAuthorization(header: string | null, keys: readonly ApiKeyHash[]): Caller {
  if (!header) return undefined;
  return roleFromAuthorization(header, keys) ?? 'invalid';
}

export function requireWriter(caller: Caller): void {
  if (caller === 'writer') return;
  if (caller === 'reader')
    throw new GraphQLError('This API key may read but not write', { extensions: { code: 'FORBIDDEN' } });
  throw new GraphQLError(
    caller === 'invalid'
      ? 'The API key sent is not valid'
      : 'A writer API key is required: send "Authorization: Bearer <key>"',
    { extensions: { code: 'UNAUTHENTICATED' } },
  );
}
