/**
 * The logger the storage layer writes to, as a structural type so that src/db depends on no
 * particular logger: the HTTP layer's logger, a test spy or a console adapter all fit.
 */

/** What the store needs from a logger: a message plus structured fields, per level. */
export interface StoreLog {
  debug(msg: string, fields?: object): void;
  info(msg: string, fields?: object): void;
  warn(msg: string, fields?: object): void;
  error(msg: string, fields?: object): void;
}
