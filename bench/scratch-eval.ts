// scratch (not committed): dev / dev-cs / held-out totals
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWordModel } from '../src/engines/run.ts';
import { correct, prepareSpelling } from '../src/algorithms/spell/spell.ts';
import { DEFAULT_SPELL_OPTIONS } from '../src/algorithms/spell/options.ts';
import { loadSpellContext } from '../src/algorithms/spell/context.ts';
import { score, sentenceSets, falseAlarms, type Sample } from './spell-sentences.ts';
import { loadCodespellSet, loadDevSet } from './spell-sets.ts';
import { wordSpans } from '../src/algorithms/spell/tokens.ts';
import { seededRandom } from '../test/support/random-text.ts';
const root = join(import.meta.dirname, '..');
const model = loadWordModel(join(root, 'data'));
prepareSpelling(model);
const context = loadSpellContext(model, join(root, 'data', 'bigrams.txt'));
const options = { ...DEFAULT_SPELL_OPTIONS, ...JSON.parse(process.env.OPTS ?? '{}') };
const sets = sentenceSets(root);
const corrector = (s: string) => correct(s, model, options, context).text;
// second dev set: Brown x (codespell + Norvig dev), seed 113 -- reimplemented like corrupt() but nonword-only list
const mod = await import('./spell-sentences.ts');
const devcs: Sample[] = (mod as any).corruptFor ? (mod as any).corruptFor() : [];
const d = score(sets.dev, corrector);
const h = score(sets.heldout, corrector);
let dcs: any = undefined;
if ((mod as any).devCodespellSet) { dcs = score((mod as any).devCodespellSet(root), corrector); }
const c = falseAlarms(sets.clean.join('\n'), corrector);
console.log(JSON.stringify({ dev: [d.fixed, d.nonwords, d.realWordFixed, d.falseAlarms], devcs: dcs && [dcs.fixed, dcs.nonwords, dcs.realWordFixed, dcs.falseAlarms], held: [h.fixed, h.nonwords, h.realWordFixed, h.falseAlarms], clean: c.changed }));
if (process.env.MISSES) {
  const out: string[] = [];
  for (const [name, samples] of [['dev', sets.dev], ['devcs', dcs ? (mod as any).devCodespellSet(root) : []]] as const) {
    for (const s of samples as Sample[]) {
      const o = corrector(s.corrupted);
      const ow = [...wordSpans(o)]; const iw = [...wordSpans(s.corrupted)];
      for (const inj of s.injections) { if (inj.kind !== 'nonword') continue; const k = iw.findIndex((sp) => sp.offset === inj.offset); const got = ow[k]?.text; if (got?.toLowerCase() !== inj.right.toLowerCase()) out.push(`${name}\t${inj.wrong}\t${inj.right}\t${got}\t${s.corrupted}`); }
    }
  }
  writeFileSync(process.env.MISSES, out.join('\n') + '\n');
}
