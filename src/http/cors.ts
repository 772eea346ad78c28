import type { CORSOptions } from 'graphql-yoga';

export type CorsSetting = false | ((request: Request) => CORSOptions);

/**
 * CORS headers only for the origins listed in CORS_ORIGINS, each answered with itself; never a reflected origin,
 * never credentials (API keys travel in the Authorization header, which the listed origin's code sets itself).
 */
export function corsFor(origins: readonly string[]): CorsSetting {
  if (origins.length === 0) return false;
  const allowed = new Set(origins);
  return (request: Request) => {
    const origin = request.headers.get('origin');
    if (!origin || !allowed.has(origin)) return false;
    return {
      origin: [origin],
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'x-graphql-yoga-csrf'],
      exposedHeaders: ['x-request-id', 'x-content-sha256', 'content-disposition'],
      maxAge: 600,
    };
  };
}
