import type { Plugin } from 'graphql-yoga';
import { refusal } from './request-record.ts';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]', '::1'];
const LOOPBACK_BINDS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * The Host names accepted, or undefined for no check. Bound to loopback, only loopback names (and ALLOWED_HOSTS)
 * are served: a page on another site that re-points its own DNS name at 127.0.0.1 (DNS rebinding) sends its own
 * name as Host, and is refused. Bound elsewhere, ALLOWED_HOSTS (when set) lists the names a proxy forwards.
 */
export function acceptedHosts(bindHost: string, allowedHosts: readonly string[]): Set<string> | undefined {
  const extra = allowedHosts.map((h) => h.toLowerCase());
  if (LOOPBACK_BINDS.has(bindHost)) return new Set([...LOOPBACK_NAMES, ...extra]);
  return extra.length ? new Set(extra) : undefined;
}

/** The host name of a Host header value, without its port. */
export function hostName(header: string): string {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.split(':')[0] ?? '';
}

export function useHostCheck(accepted: Set<string> | undefined): Plugin {
  return {
    onRequest({ request, endResponse }) {
      if (!accepted) return;
      const host = request.headers.get('host');
      if (host !== null && accepted.has(hostName(host))) return;
      endResponse(
        refusal(
          request,
          421,
          'MISDIRECTED_REQUEST',
          'This service does not answer to that Host name (see ALLOWED_HOSTS)',
        ),
      );
    },
  };
}
