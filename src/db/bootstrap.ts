/**
 * First-deploy set-up of the app's own MySQL user, run with the master credentials by a one-off
 * task (`textops bootstrap-db`, started by `make deploy`), so that the services never hold the
 * master password.
 *
 * The app user may do exactly what the migrations and the queries need on its one schema:
 * SELECT and INSERT (records are written once and never changed, so no UPDATE or DELETE), and
 * CREATE, ALTER and INDEX for the migrations (tables, added columns, indexes). No DROP, no other
 * schema, no GRANT OPTION. Running it again is harmless and brings the user back in line: the
 * password is set to the secret's current one and any extra privilege is revoked.
 */
import type { Connection } from 'mysql2/promise';

/** Everything the app user is granted on its schema; the bootstrap test runs the migrations and the store as this user. */
export const APP_PRIVILEGES = ['SELECT', 'INSERT', 'CREATE', 'ALTER', 'INDEX'] as const;

export interface AppUser {
  user: string;
  password: string;
  /** The schema the app uses (DB_NAME). */
  database: string;
  /** Host part of the account; '%' (any host: the tasks' addresses change, the security group limits who can connect). */
  host?: string;
}

/** Create (or bring back in line) the app's user and its grants, as an administrator on `admin`. */
export async function bootstrapAppUser(admin: Connection, app: AppUser): Promise<void> {
  const host = app.host ?? '%';
  await admin.query('CREATE DATABASE IF NOT EXISTS ?? CHARACTER SET utf8mb4', [app.database]);
  await admin.query('CREATE USER IF NOT EXISTS ?@? IDENTIFIED BY ?', [app.user, host, app.password]);
  await admin.query('ALTER USER ?@? IDENTIFIED BY ?', [app.user, host, app.password]);
  await admin.query('REVOKE ALL PRIVILEGES, GRANT OPTION FROM ?@?', [app.user, host]);
  // The privilege names are this file's constant; the schema and account go through the driver's escaping.
  await admin.query(`GRANT ${APP_PRIVILEGES.join(', ')} ON ??.* TO ?@?`, [app.database, app.user, host]);
}
