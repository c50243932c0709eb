import { splitSentences } from '../sentences';

describe('splitSentences', () => {
  it('gives a sentence the markers that follow its final punctuation, or precede it', () => {
    expect(splitSentences('One thing happened [1]. Another did [2][1]. A third. [3] Done.')).toEqual([
      'One thing happened [1].',
      'Another did [2][1].',
      'A third. [3]',
      'Done.',
    ]);
  });

  it('does not end a sentence at abbreviations, initials, decimals or a quotation continuing in lower case', () => {
    expect(
      splitSentences("Dr. Ada B. Lovelace vs. the U.S. government won 2.5 million. She said 'why?' and left [1]. Then 'Quoted.' Next."),
    ).toEqual([
      'Dr. Ada B. Lovelace vs. the U.S. government won 2.5 million.',
      "She said 'why?' and left [1].",
      "Then 'Quoted.'",
      'Next.',
    ]);
  });

  it('keeps text without terminal punctuation as one sentence and drops blank input', () => {
    expect(splitSentences('  no full stop here [4]  ')).toEqual(['no full stop here [4]']);
    expect(splitSentences('   ')).toEqual([]);
  });
});
