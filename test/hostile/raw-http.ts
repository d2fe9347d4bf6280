/**
 * A raw HTTP/1.1 client for the hostile-input tests: it sends exactly the bytes it is given,
 * including what fetch refuses to send (invalid UTF-8, bad framing, huge or broken headers,
 * unknown methods, unnormalised paths), and reads whatever comes back until the server closes.
 *
 * A server that answers early and closes while a large body is still being written is normal (a
 * 413 before the body is read); the write error is swallowed and the answer already received is
 * kept. A server that neither answers nor closes within the timeout is a failure: it hung.
 */
import net from 'node:net';

export interface RawResponse {
  /** 0 when the server closed the connection without answering. */
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string;
  /** The human-readable explanation: problem+json's detail, or the body text. */
  message: string;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Readonly<Record<string, string | null>>;
  body?: string | Buffer;
}

/** Serialises a request: Host and Connection: close are added, Content-Length too when there is a body (null in headers removes one). */
export function requestBytes(request: RawRequest): Buffer {
  const body = request.body === undefined ? undefined : Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body, 'utf8');
  const headers: Record<string, string | null> = { Host: '127.0.0.1', Connection: 'close' };
  if (body !== undefined) headers['Content-Length'] = String(body.length);
  Object.assign(headers, request.headers ?? {});
  let head = `${request.method} ${request.path} HTTP/1.1\r\n`;
  for (const [name, value] of Object.entries(headers)) if (value !== null) head += `${name}: ${value}\r\n`;
  return Buffer.concat([Buffer.from(head + '\r\n', 'latin1'), body ?? Buffer.alloc(0)]);
}

/** Sends raw bytes on a fresh connection and reads until the server closes it (fails after `timeoutMs`). */
export function sendRaw(port: number, bytes: Buffer | string, options: { timeoutMs?: number; halfClose?: boolean } = {}): Promise<RawResponse> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(port, '127.0.0.1');
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server neither answered nor closed the connection within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on('connect', () => {
      socket.write(bytes, () => {
        if (options.halfClose === true) socket.end();
      });
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // EPIPE / ECONNRESET while a big body is still going out: the answer (if any) is already in chunks.
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(parseResponse(Buffer.concat(chunks)));
    });
  });
}

/** Parses the first response in `raw` (status 0 when empty). */
export function parseResponse(raw: Buffer): RawResponse {
  const text = raw.toString('utf8');
  const end = text.indexOf('\r\n\r\n');
  if (end === -1) return { status: 0, headers: {}, body: '', message: '' };
  const [statusLine = '', ...lines] = text.slice(0, end).split('\r\n'); // split yields a first part
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = text.slice(end + 4);
  const length = Number(headers['content-length']);
  if (Number.isInteger(length)) body = Buffer.from(body, 'utf8').subarray(0, length).toString('utf8');
  return { status, headers, body, message: messageOf(headers['content-type'] ?? '', body) };
}

function messageOf(contentType: string, body: string): string {
  if (contentType.startsWith('application/problem+json') || contentType.startsWith('application/json')) {
    try {
      const parsed = JSON.parse(body) as { detail?: unknown };
      if (typeof parsed.detail === 'string') return parsed.detail;
    } catch {
      return body;
    }
  }
  return body.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}
