import type { Plugin } from 'graphql-yoga';
import { refusal } from './request-record.ts';

/**
 * GraphQL over POST only as application/json. Forms (urlencoded, multipart) and text/plain are what a browser
 * sends cross-origin without asking first (no CORS preflight), so they are refused outright; yoga's CSRF
 * prevention then covers GET, which must carry a custom header.
 */
export function useJsonOnly(graphqlPath: string): Plugin {
  return {
    onRequest({ request, url, endResponse }) {
      if (request.method !== 'POST' || url.pathname !== graphqlPath) return;
      const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
      if (type === 'application/json' || type === 'application/graphql-response+json') return;
      endResponse(
        refusal(request, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as application/json', {
          headers: { accept: 'application/json' },
        }),
      );
    },
  };
}
