import { plainLuceneQuery } from '../lucene';

test('escapes every Lucene syntax character', () => {
  expect(plainLuceneQuery('success isn\'t a "given" (memo)')).toBe('success isn\'t a \\"given\\" \\(memo\\)');
  expect(plainLuceneQuery('a+b -c && d || !e {f} [g] ^h ~i *j ?k :l \\m /n')).toBe(
    'a\\+b \\-c \\&\\& d \\|\\| \\!e \\{f\\} \\[g\\] \\^h \\~i \\*j \\?k \\:l \\\\m \\/n',
  );
});

test('operator words become plain words', () => {
  expect(plainLuceneQuery('layoffs AND NOT memo OR TO')).toBe('layoffs and not memo or to');
});

test('collapses whitespace', () => {
  expect(plainLuceneQuery('  really\n smart\tpeople ')).toBe('really smart people');
});
