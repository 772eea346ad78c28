import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

function reply(res: ServerResponse, status: number, code: string, message: string) {
  res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Refuses request bodies over `maxBytes` before GraphQL parses anything. The size is taken from Content-Length;
 * a body without one (chunked) is refused too, since every GraphQL client sends it for a JSON body.
 */
export function limitBodySize(handler: Handler, maxBytes: number): Handler {
  return (req, res) => {
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
    const length = req.headers['content-length'];
    if (hasBody && length === undefined) return reply(res, 411, 'LENGTH_REQUIRED', 'Send a Content-Length header');
    if (Number(length ?? 0) > maxBytes) {
      return reply(res, 413, 'PAYLOAD_TOO_LARGE', `Request body larger than ${maxBytes} bytes`);
    }
    handler(req, res);
  };
}
