import { findQuotes } from '../quotes';

const spans = (text: string) => findQuotes(text).map((quote) => quote.span);

describe('findQuotes', () => {
  it('finds straight and curly quotations, trimming the comma or period that closes them', () => {
    expect(spans("He called them 'really smart people,' and wrote ‘success isn’t a given.’ Then “yes”.")).toEqual([
      'really smart people',
      'success isn’t a given',
      'yes',
    ]);
  });

  it('does not take apostrophes inside words for quote marks', () => {
    expect(spans("Meta's plan isn't Zuckerberg's alone; the workers' rights matter.")).toEqual([]);
    expect(spans("framing ('success isn't a given') of Meta's cuts")).toEqual(["success isn't a given"]);
  });

  it('locates each quotation from its opening mark to just past its closing mark', () => {
    const text = "as 'learn by watching, then replace them' [1]";
    const [quote] = findQuotes(text);
    expect(quote).toEqual({ start: 3, end: 41, span: 'learn by watching, then replace them' });
    expect(text.slice(quote?.start, quote?.end)).toBe("'learn by watching, then replace them'");
  });

  it('ignores a quotation that never closes or quotes nothing', () => {
    expect(spans("an 'unclosed quotation")).toEqual([]);
    expect(spans("empty '' and ' ' and '...' marks")).toEqual([]);
  });
});
