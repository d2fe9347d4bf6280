/**
 * The README's "Where things are" block is the house plan: it must name every room of src/ that
 * exists and nothing that does not, and every import in the shipped code must point down that
 * list (or stay within its own room), so the code reads top-down and no two rooms depend on each
 * other. A room is a listed src/ folder or file; a folder listed inside another listed folder
 * (src/algorithms/spell/) belongs to the outer room, so its imports of the outer one are sideways.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The src/ paths the plan lists, top to bottom (folders end with '/'). */
function plannedRooms(): string[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Where things are'));
  const block = section.slice(section.indexOf('```\n') + 4, section.indexOf('\n```', section.indexOf('```\n') + 4));
  return block.split('\n').map((line) => line.split(/\s+/)[0] ?? '').filter((path) => path.startsWith('src/'));
}

/** Every file under a folder, as paths relative to ROOT. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => join(folder, name))
    .filter((path) => statSync(join(ROOT, path)).isFile());
}

/** Relative imports and re-exports of a TypeScript file, resolved to paths relative to ROOT. */
function importsOf(file: string): string[] {
  const source = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...source.matchAll(/^(?:import|export)\b[^'";]*?from\s*'(\.[^']+)'/gms)].map((match) => match[1]!);
  return specifiers.map((specifier) => normalize(join(dirname(file), specifier)));
}

describe("the README's house plan", () => {
  const rooms = plannedRooms();
  // The room a src/ file lives in: the outermost listed folder holding it, or the listed file itself.
  const roomOf = (file: string): number => rooms.findIndex((room) => (room.endsWith('/') ? file.startsWith(room) : file === room));

  it('lists src/ rooms that exist, each once', () => {
    assert.ok(rooms.length >= 10, `found only ${rooms.length} src/ lines in the plan`);
    for (const room of rooms) assert.ok(existsSync(join(ROOT, room)), `${room} is in the README but not in the tree`);
    assert.equal(new Set(rooms).size, rooms.length, 'a room is listed twice');
  });

  it('names every folder of src/ and every shipped file that is not in a listed folder', () => {
    const unplanned = filesUnder('src')
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) => roomOf(file) === -1)
      // The entry point is named on bin/textops's line; a file's helper beside it on that file's line.
      .filter((file) => file !== 'src/main.ts' && file !== 'src/log-sink.ts');
    assert.deepEqual(unplanned, [], 'files in no room of the README tree');
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => `src/${entry.name}/`);
    assert.deepEqual(folders.filter((folder) => !rooms.includes(folder)), [], 'src/ folders the README does not list');
  });

  it('has every import of shipped code point down the list or within its room', () => {
    const upward: string[] = [];
    for (const file of filesUnder('src').filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))) {
      const from = roomOf(file);
      if (from === -1) continue;
      for (const target of importsOf(file)) {
        const to = roomOf(target);
        if (to !== -1 && to < from) upward.push(`${file} -> ${relative(ROOT, join(ROOT, target))} (${rooms[from]} imports ${rooms[to]}, listed above it)`);
      }
    }
    assert.deepEqual(upward, []);
  });
});
