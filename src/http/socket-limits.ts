/**
 * Per-connection bounds for clients that stop reading or pipeline: the one place a socket's
 * responses are paced.
 *
 * - One request at a time per connection. HTTP/1.1 pipelining lets a client send many requests
 *   before reading any answer; node parses them all and would run every handler at once, each
 *   computing and buffering its response (ten 80 MB pages on one socket). Here a connection's next
 *   request starts only when the previous response has been handed to the operating system in
 *   full ('close' of the response), and the socket is paused meanwhile, so what a connection holds
 *   is one response plus the requests already parsed. More than `maxPipelined` of those waiting
 *   means the client is not an HTTP client we serve: the connection is cut.
 * - A response write idle timeout. Once a response is complete on our side (`prefinish`), the
 *   socket gets an idle timeout of `responseIdleMs`: a client that reads nothing for that long
 *   is cut off and its buffered bytes freed. Any progress (a read by the client drains a write)
 *   restarts the clock; node replaces the timeout with the keep-alive one when the response is
 *   out, and no listener for 'timeout' means node destroys the socket when it fires.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface SocketLimits {
  /** How long a finished response may wait for the client to read, without progress. */
  responseIdleMs: number;
  /** Most requests that may wait behind the one being answered on a connection. */
  maxPipelined: number;
}

interface Connection {
  busy: boolean;
  waiting: (() => void)[];
}

/** A function that starts each request's handler when its connection is ready for it. */
export type Admit = (req: IncomingMessage, res: ServerResponse, start: () => void) => void;

/** Paces requests per connection and times out responses the client does not read. */
export function pacedConnections(limits: SocketLimits): Admit {
  const connections = new WeakMap<Socket, Connection>();
  const run = (socket: Socket, connection: Connection, res: ServerResponse, start: () => void): void => {
    if (socket.destroyed) {
      // The client hung up while this request waited its turn: nobody will read its answer, so it never runs.
      const next = connection.waiting.shift();
      if (next === undefined) connection.busy = false;
      else next();
      return;
    }
    connection.busy = true;
    res.once('prefinish', () => socket.setTimeout(limits.responseIdleMs));
    res.once('close', () => {
      const next = connection.waiting.shift();
      if (next !== undefined) {
        next();
        return;
      }
      connection.busy = false;
      if (!socket.destroyed) socket.resume();
    });
    start();
  };
  return (req, res, start) => {
    const socket = req.socket;
    let connection = connections.get(socket);
    if (connection === undefined) {
      connection = { busy: false, waiting: [] };
      connections.set(socket, connection);
    }
    if (!connection.busy) {
      run(socket, connection, res, start);
      return;
    }
    if (connection.waiting.length >= limits.maxPipelined) {
      socket.destroy();
      return;
    }
    const current = connection;
    socket.pause();
    current.waiting.push(() => run(socket, current, res, start));
  };
}
