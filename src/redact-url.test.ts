import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { redactUrl } from './redact-url.ts';

describe('redactUrl', () => {
  const cases: [string, string][] = [
    ['mysql://u:secret@h:3306/db', 'mysql://u:***@h:3306/db'],
    ['mysql://u:pa@ss@h/db', 'mysql://u:***@h/db'],
    ['mariadb://u:pa@ss@h/db', 'mariadb://u:***@h/db'],
    ['mariadb://root:hunter2@127.0.0.1:3306/legacy', 'mariadb://root:***@127.0.0.1:3306/legacy'],
    ['postgres://app:s3cr@t:x@db/x', 'postgres://app:***@db/x'],
    ['MYSQL://app:pw@db/x', 'MYSQL://app:***@db/x'],
    ['mysql://us@er:pw@db/x', 'mysql://***@db/x'],
    ['mysql://us@er@db/x', 'mysql://***@db/x'],
    ['mysql://app@db/textops', 'mysql://app@db/textops'],
    ['mysql://db/textops', 'mysql://db/textops'],
    ['sqlite:./var/textops.db', 'sqlite:./var/textops.db'],
  ];
  for (const [url, shown] of cases) {
    it(`shows ${url} as ${shown}`, () => assert.equal(redactUrl(url), shown));
  }

  it('never shows any part of a password, whatever it holds', () => {
    for (const password of ['p@ss', '@@@', 'a:b@c', 'x@y:z', 'pw/with@slash', '%40enc@']) {
      for (const scheme of ['mysql', 'mariadb', 'http', 'custom+tls']) {
        const shown = redactUrl(`${scheme}://user:${password}@host:1/db`);
        assert.equal(shown, `${scheme}://user:***@host:1/db`);
      }
    }
  });
});
