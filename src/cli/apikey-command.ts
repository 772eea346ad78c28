import { hashApiKey, newApiKey } from '../graphql/auth.ts';

/** Prints a new random key (shown once) and the API_KEYS entry that grants it a role. */
export function runApiKey(role: string): number {
  if (role !== 'reader' && role !== 'writer') {
    console.error('conflict-kg: --role must be reader or writer');
    return 2;
  }
  const key = newApiKey();
  console.log(`New ${role} key (shown once; send it as "Authorization: Bearer <key>"):\n  ${key}`);
  console.log('Grant it by adding this entry to API_KEYS (comma-separated; only the hash is configured):');
  console.log(`  API_KEYS=${role}:${hashApiKey(key)}`);
  return 0;
}
