import type { Plugin } from 'graphql-yoga';
import { refusal } from './request-record.ts';

/** Loopback names: as HOST to bind to, and as Host headers served when bound there. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * The Host names accepted, or undefined for no check. Bound to loopback, only loopback names (and ALLOWED_HOSTS)
 * are served: a page on another site that re-points its own DNS name at 127.0.0.1 (DNS rebinding) sends its own
 * name as Host, and is refused. Bound elsewhere, ALLOWED_HOSTS (when set) lists the names a proxy forwards.
 */
export function acceptedHosts(bindHost: string, allowedHosts: readonly string[]): Set<string> | undefined {
  const extra = allowedHosts.map((h) => h.toLowerCase());
  if (LOOPBACK.has(bindHost)) return new Set([...LOOPBACK, ...extra]);
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
