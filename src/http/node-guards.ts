import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../logger.ts';
import { requestId } from './request-record.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

// A host name or IPv4 address, or a bracketed IPv6 address, with an optional port: anything else cannot even be
// made into a URL, and would fail inside the server adapter before any plugin (Host check, access log) runs.
const HOST_SYNTAX =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*\.?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * Checks made on the raw Node request before the app reads anything: one well-formed Host header, and a body
 * size taken from Content-Length (a body without one, chunked, is refused: every GraphQL client sends it for a
 * JSON body). Refusals are answered as JSON with a code and logged here with a request id.
 */
export function guardNodeRequests(handler: Handler, maxBytes: number, log?: Logger): Handler {
  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, code: string, message: string) => {
    const given = req.headers['x-request-id'];
    const id = requestId(typeof given === 'string' ? given : undefined);
    res.setHeader('x-request-id', id);
    res.writeHead(status, { 'content-type': 'application/json', connection: 'close' });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
    log?.info('http request', { requestId: id, method: req.method, path: req.url?.split('?')[0], status, codes: code });
  };
  return (req, res) => {
    const hosts = req.headersDistinct.host ?? [];
    if (hosts.length > 1 || (hosts[0] !== undefined && !HOST_SYNTAX.test(hosts[0]))) {
      return refuse(req, res, 400, 'BAD_REQUEST', 'Malformed Host header');
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
    const length = req.headers['content-length'];
    if (hasBody && length === undefined) {
      return refuse(req, res, 411, 'LENGTH_REQUIRED', 'Send a Content-Length header');
    }
    if (Number(length ?? 0) > maxBytes) {
      return refuse(req, res, 413, 'PAYLOAD_TOO_LARGE', `Request body larger than ${maxBytes} bytes`);
    }
    handler(req, res);
  };
}
