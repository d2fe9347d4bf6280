/**
 * Reading the raw bytes of a request body under a byte limit, safely when the client misbehaves.
 *
 * A declared Content-Length above the limit is refused before a byte is read; a streamed body
 * is refused as soon as it passes the limit. Either way the request stream is left paused and
 * the 413 carries `Connection: close`, so node never drains the rest. A client that hangs up
 * mid-body rejects with a 400 (nobody will read it) and every listener is removed: no leak.
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './errors.ts';

/** Reads the whole body of `req`, or throws HttpError 413 past `limitBytes` / 400 if the client aborts. */
export function readBodyBytes(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const tooLarge = () =>
    new HttpError(413, `The request body is larger than the limit of ${limitBytes} bytes.`, { headers: { Connection: 'close' } });
  const declared = req.headers['content-length'];
  if (declared !== undefined && Number(declared) > limitBytes) return Promise.reject(tooLarge());
  if (req.readableEnded) return Promise.resolve(Buffer.alloc(0));

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const fail = (err: HttpError) => {
      cleanup();
      req.pause();
      reject(err);
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > limitBytes) fail(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, received));
    };
    const onError = (err: Error) => fail(new HttpError(400, 'The request body could not be read.', { cause: err }));
    const onClose = () => fail(new HttpError(400, 'The client closed the connection before sending the whole body.'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}
