import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pendingStore } from './pending-store.ts';
import { StoreUnavailableError } from '../db/errors.ts';
import { openSqliteStore } from '../db/sqlite.ts';
import type { Store } from '../db/store.ts';

describe('pendingStore', () => {
  it('answers "unavailable" while the database is still connecting, then goes straight to it', async () => {
    let open!: (store: Store) => void;
    const store = pendingStore('sqlite', new Promise<Store>((resolve) => (open = resolve)));
    await assert.rejects(store.ping(), StoreUnavailableError);
    await assert.rejects(store.save({ tag: '', operation: 'spell', original: 'a', processed: 'a', sourceLanguage: null, engine: 'e' }), StoreUnavailableError);
    const real = await openSqliteStore(':memory:');
    open(real);
    await store.ready;
    await store.ping();
    const saved = await store.save({ tag: 't', operation: 'space', original: 'ab', processed: 'a b', sourceLanguage: null, engine: 'e' });
    assert.equal((await store.page({ limit: 5 })).records[0]?.id, saved.id);
    await store.close();
  });

  it('closes at once when the database never arrived', async () => {
    const store = pendingStore('mysql', new Promise<Store>(() => {}));
    await store.close();
  });
});
