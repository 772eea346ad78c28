import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';
import { requestId } from './request-record.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Refuses request bodies over `maxBytes` before anything reads them. The size is taken from Content-Length; a
 * body without one (chunked) is refused too, since every GraphQL client sends it for a JSON body. Refusals are
 * logged here: they never reach the access log of the GraphQL server.
 */
export function limitBodySize(handler: Handler, maxBytes: number, log?: Logger): Handler {
  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string) => {
    const given = req.headers['x-request-id'];
    const id = requestId(typeof given === 'string' ? given : undefined);
    res.setHeader('x-request-id', id);
    res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
    log?.info('http request', { requestId: id, method: req.method, path: req.url?.split('?')[0], status, codes: code });
  };
  return (req, res) => {
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
    const length = req.headers['content-length'];
    if (hasBody && length === undefined)
      return refuse(req, res, 411, 'LENGTH_REQUIRED', 'Send a Content-Length header');
    if (Number(length ?? 0) > maxBytes) {
      return refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', `Request body larger than ${maxBytes} bytes`);
    }
    handler(req, res);
  };
}
