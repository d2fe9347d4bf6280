/**
 * Connection URLs made fit for logs and error messages: the password never shows.
 *
 * Every scheme is treated alike (mysql://, mariadb://, postgres://, http://...), and the user
 * information runs up to the LAST '@' of the URL, because a password may itself hold a raw '@'
 * (`mysql://u:pa@ss@h/db` has the password `pa@ss`). Cutting at the first '@' would print `ss@`.
 * The user name is kept when it is plainly one (before the first ':' and without an '@'), which
 * is what an operator needs to tell two configurations apart; anything else is hidden whole.
 * Over-redaction is the safe failure: an '@' in the query string hides the host as well.
 */

/** The URL with its password (everything between the user name and the last '@') replaced by ***. */
export function redactUrl(url: string): string {
  const schemeEnd = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  if (schemeEnd === null) return url;
  const start = schemeEnd[0].length;
  const at = url.lastIndexOf('@');
  if (at < start) return url;
  const userinfo = url.slice(start, at);
  const colon = userinfo.indexOf(':');
  if (colon === -1 && !userinfo.includes('@')) return url;
  const user = colon === -1 ? '' : userinfo.slice(0, colon);
  const shownUser = user.includes('@') || colon === -1 ? '***' : `${user}:***`;
  return `${url.slice(0, start)}${shownUser}${url.slice(at)}`;
}
