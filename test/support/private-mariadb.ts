/**
 * A private MariaDB server for the fault tests, which stop, kill and restart it.
 *
 * The shared MariaDB on 127.0.0.1:3306 belongs to everyone's tests and is never touched here.
 * Instead each fault suite initialises a throw-away data directory (`mariadb-install-db`, about
 * half a second) and runs its own `mariadbd` on a free loopback port, with `--no-defaults` so the
 * system my.cnf (its datadir, socket and log file) cannot leak in. Root logs in without a password
 * from 127.0.0.1 only. `stop()` is a clean shutdown (SIGTERM), `kill()` a crash (SIGKILL); `start()`
 * brings the same data back on the same port, so a client's DATABASE_URL stays valid throughout.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';

const INSTALL_DB = '/usr/bin/mariadb-install-db';
const SERVER = '/usr/sbin/mariadbd';

/** Why the fault tests cannot run here, or null when they can. */
export function mariadbMissing(): string | null {
  for (const program of [INSTALL_DB, SERVER]) {
    if (!existsSync(program)) return `${program} is not installed (apt-get install mariadb-server); the fault tests need a private MariaDB`;
  }
  return null;
}

export interface PrivateMariaDb {
  readonly port: number;
  /** mysql://root@127.0.0.1:PORT/DATABASE */
  url(database: string): string;
  /** Start the server and wait until it accepts connections. */
  start(): Promise<void>;
  /** Clean shutdown; resolves when the process has exited. */
  stop(): Promise<void>;
  /** Crash: SIGKILL, no shutdown at all. */
  kill(): Promise<void>;
  /** Freeze (SIGSTOP): connections stay open but nothing answers, like a hung host or a network partition. */
  pause(): void;
  /** Thaw a paused server (SIGCONT). */
  resume(): void;
  /** A fresh connection as root (the caller closes it). */
  connect(database?: string): Promise<Connection>;
  /** Create an empty utf8mb4 database and return its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stop the server and delete its data directory. */
  destroy(): Promise<void>;
}

/** A free TCP port on loopback (bound and released at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Initialise a data directory and start a private server on a free port. */
export async function startPrivateMariaDb(): Promise<PrivateMariaDb> {
  const dir = mkdtempSync(join(tmpdir(), 'textops-mariadb-'));
  const data = join(dir, 'data');
  // Its own directory for temporary tables too: in the shared /tmp, one CI run's bootstrap failed to find its own
  // temporary table file beside another suite's (`Could not remove temporary table '/tmp/#sql-temptable-…', error: 2`).
  const temporary = join(dir, 'tmp');
  mkdirSync(temporary);
  const install = spawnSync(INSTALL_DB, ['--no-defaults', `--datadir=${data}`, `--tmpdir=${temporary}`, '--auth-root-authentication-method=normal', '--skip-test-db', '--user=root'], { encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`mariadb-install-db failed (${install.status}): ${install.stderr}`);
  const port = await freePort();
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();

  const connect = (database?: string) => createConnection({ host: '127.0.0.1', port, user: 'root', database, connectTimeout: 2_000 });

  const start = async () => {
    if (child !== null) return;
    const server = spawn(
      SERVER,
      [
        '--no-defaults', `--datadir=${data}`, `--tmpdir=${temporary}`, `--port=${port}`, `--socket=${join(dir, 'mysqld.sock')}`, `--pid-file=${join(dir, 'mysqld.pid')}`,
        '--bind-address=127.0.0.1', '--user=root', '--skip-name-resolve', '--character-set-server=utf8mb4', '--collation-server=utf8mb4_general_ci',
        '--innodb-buffer-pool-size=32M', '--innodb-log-file-size=16M', '--max-connections=200', '--skip-log-bin',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let log = '';
    server.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4_000)));
    child = server;
    exited = new Promise((resolve) => server.once('exit', () => resolve()));
    // `exited` never rejects: it only clears `child` once this server is gone.
    void exited.then(() => {
      if (child === server) child = null;
    });
    const deadline = Date.now() + 20_000;
    for (;;) {
      try {
        const connection = await connect();
        await connection.end();
        return;
      } catch (error) {
        if (child !== server) throw new Error(`mariadbd exited while starting:\n${log}`);
        if (Date.now() > deadline) throw new Error(`mariadbd did not accept connections within 20 s: ${String(error)}\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  };

  const signal = async (name: NodeJS.Signals) => {
    const running = child;
    if (running === null) return;
    running.kill(name);
    await exited;
  };

  await start();
  return {
    port,
    url: (database) => `mysql://root@127.0.0.1:${port}/${database}`,
    start,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
    connect,
    async createDatabase(name) {
      const admin = await connect();
      try {
        await admin.query('CREATE DATABASE ?? CHARACTER SET utf8mb4', [name]);
      } finally {
        await admin.end();
      }
      return `mysql://root@127.0.0.1:${port}/${name}`;
    },
    async destroy() {
      child?.kill('SIGCONT');
      await signal('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
