/**
 * The three operations api offers, as data: what each is called, where it lives and what its
 * form says. The pages, the `GET /api` index, the record pages and the site's navigation are all
 * built from this list. Pure data (it imports only the store's types), so every room may read it.
 */
import type { Operation } from '../db/store.ts';

export interface OperationInfo {
  name: Operation;
  path: string;
  /** The name people read in the history and on a record ("Spelling", not "spell"). */
  label: string;
  /** The link in the site's navigation. */
  navLabel: string;
  title: string;
  summary: string;
  placeholder: string;
  action: string;
}

export const OPERATION_INFO: readonly OperationInfo[] = [
  {
    name: 'spell',
    path: '/api/spell',
    label: 'Spelling',
    navLabel: 'Spelling',
    title: 'Spelling correction',
    summary: 'Corrects misspelled English words and leaves everything else exactly as it was.',
    placeholder: 'Speling misteaks are corected here.',
    action: 'Correct spelling',
  },
  {
    name: 'space',
    path: '/api/space',
    label: 'Spaces',
    navLabel: 'Spaces',
    title: 'Space restoration',
    summary: 'Puts the spaces back into text whose words have run together.',
    placeholder: 'thequickbrownfoxjumpsoverthelazydog',
    action: 'Restore spaces',
  },
  {
    name: 'translate',
    path: '/api/translate',
    label: 'Translation',
    navLabel: 'Translate',
    title: 'Translation to English',
    summary: 'Translates text in any language into English and records the language it detected.',
    placeholder: 'Le chat est sur la table.',
    action: 'Translate',
  },
];

/** The description of one operation. */
export function operationInfo(name: Operation): OperationInfo {
  const info = OPERATION_INFO.find((candidate) => candidate.name === name);
  if (info === undefined) throw new Error(`unknown operation ${name}`);
  return info;
}
