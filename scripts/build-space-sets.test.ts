import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detokenize, sampleSentences as sampleBrown, untagBrownLine } from './build-space-devset.ts';
import { fortuneEntries, sentencesOf } from './build-space-heldout.ts';
import { addressFiles, addressText, isScorable } from './build-space-sotu.ts';
import { buildDevFortunes, DEV_FORTUNE_FILES } from './build-spell-dev-fortunes.ts';
import { FILES as HELDOUT_FILES } from './build-space-heldout.ts';

describe('build-space-devset', () => {
  it('strips Brown tags and turns `` and \'\' into straight quotes', () => {
    assert.deepEqual(untagBrownLine("\t``/`` Only/rb a/at handful/nn ''/'' ,/, he/pps said/vbd ./."), ['"', 'Only', 'a', 'handful', '"', ',', 'he', 'said', '.']);
  });

  it('joins tokens with prose spacing', () => {
    assert.equal(detokenize(['"', 'Only', 'a', 'handful', '"', ',', 'he', 'said', '(', 'twice', ')', '.']), '"Only a handful", he said (twice).');
  });

  it('keeps every k-th sentence of 5 to 40 words, in order', () => {
    const sentences = ['Too short here.', ...Array.from({ length: 10 }, (_, i) => `Sentence number ${i} has six words.`)];
    assert.deepEqual(sampleBrown(sentences, 5), ['Sentence number 0 has six words.', 'Sentence number 2 has six words.', 'Sentence number 4 has six words.', 'Sentence number 6 has six words.', 'Sentence number 8 has six words.']);
  });
});

describe('build-space-heldout', () => {
  it('drops attributions and indented or markup-laden fortunes', () => {
    const file = 'A dream will always triumph over\nreality.\n\t\t-- Stanislaw Lem\n%\n\tIndented verse is skipped.\n%\nx = <y> is skipped too.\n';
    assert.deepEqual(fortuneEntries(file), ['A dream will always triumph over reality.']);
  });

  it('cuts a paragraph into sentences at a stop followed by a capital', () => {
    assert.deepEqual(sentencesOf('It works. Does it? "Yes!" It does, e.g. here.'), ['It works.', 'Does it?', '"Yes!"', 'It does, e.g. here.']);
  });
});

describe('build-space-sotu', () => {
  it('drops stage notes such as [Laughter] and joins an address into one line', () => {
    assert.equal(addressText('I know some of you are antsy. [Laughter] I have been\nthere. [Applause]'), 'I know some of you are antsy. I have been there.');
  });

  it('leaves out sentences the scorer would misread: footnote marks and dashes touching words', () => {
    assert.deepEqual(['Since 1835.* We will.', 'New teachers--new incentives.', 'A pause -- then more.', 'Hard-working families.'].filter(isScorable), ['A pause -- then more.', 'Hard-working families.']);
  });

  it('takes the addresses from 1981 on, in year order', () => {
    assert.deepEqual(addressFiles(['1980_jimmy_carter_d.txt', '1982_ronald_reagan_r.txt', '1981_jimmy_carter_d.json', '1981_jimmy_carter_d.txt'], 1981), ['1981_jimmy_carter_d.txt', '1982_ronald_reagan_r.txt']);
  });
});

describe('build-spell-dev-fortunes', () => {
  it('reads none of the held-out set\'s fortune files', () => {
    assert.deepEqual(DEV_FORTUNE_FILES.filter((file) => HELDOUT_FILES.includes(file)), []);
  });

  it('leaves out a sentence the held-out set also has (the same fortune filed twice)', () => {
    const fortune = 'A shared fortune is told here twice.\n%\nAn unshared fortune is told only once here.\n';
    const built = buildDevFortunes((file) => (file === 'art' ? fortune : ''), new Set(['A shared fortune is told here twice.']));
    assert.equal(built, 'An unshared fortune is told only once here.\n');
  });
});
