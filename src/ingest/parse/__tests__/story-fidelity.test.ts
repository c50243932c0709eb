import { fixturePath, luminaV1, replaceLine } from '../../../../tests/fixtures/stories/story-fixtures';
import { parseStoryDocument } from '../parse-story-document';

/** Nothing enters the graph that the document does not say: the fidelity rules of the parser, on the invented story. */

const parse = (text: string) => parseStoryDocument(text, { file: fixturePath('lumina-health-breach.v1.txt'), storySlug: 'lumina-health-breach' });
const v1 = parse(luminaV1);
const kinds = (doc: ReturnType<typeof parse>) => Object.fromEntries(doc.actors.map((actor) => [actor.name, actor.kind]));

describe('story fidelity', () => {
  it('keeps a parenthesis that names no one as the qualifier of a perspective, never as an actor', () => {
    const doc = parse(replaceLine(luminaV1, 22, 'Dana Whitfield / Lumina Health (press conference)'));
    expect(doc.actors.map((actor) => actor.name)).not.toContain('press conference');
    expect(doc.perspectives[0]).toMatchObject({
      label: 'Dana Whitfield / Lumina Health (press conference)',
      holderIds: ['actor:dana-whitfield', 'actor:lumina-health'],
      qualifier: 'press conference',
    });
    expect(doc.perspectives[0]?.channel).toBeUndefined();
    expect(kinds(doc)).toMatchObject({ 'Dana Whitfield': 'person', 'Lumina Health': 'organization' });
  });

  it('keeps the channel parenthesis as written beside the channel it names', () => {
    expect(v1.perspectives.map(({ qualifier, channel }) => ({ qualifier, channel }))).toEqual([
      { qualifier: 'public', channel: 'public' },
      { qualifier: 'internal', channel: 'internal' },
      { qualifier: undefined, channel: undefined },
      { qualifier: undefined, channel: undefined },
    ]);
  });

  it('types the publisher of an article as an outlet, whatever its name looks like', () => {
    const doc = parse(
      replaceLine(luminaV1, 42, "- [5] Regulator opens inquiry into Lumina Health's breach notification — Acme Newsroom (2026-03-12)"),
    );
    expect(kinds(doc)['Acme Newsroom']).toBe('outlet');
    expect(kinds(v1)).toMatchObject({ Ledgerline: 'outlet', 'Health Policy Wire': 'outlet', 'Priya Raman': 'person' });
  });

  it('types a holder the text gives no kind for by its role: a social account owner by name, else an organization', () => {
    const doc = parse(replaceLine(replaceLine(luminaV1, 31, 'Priya Raman'), 28, 'Ledgerline'));
    expect(kinds(doc)['Priya Raman']).toBe('person');
    expect(kinds(v1)['Northern Data Protection Authority']).toBe('organization');
  });

  it('credits a source to no author that its own line does not name', () => {
    // "Ledgerline (Priya Raman)" names a person beside the outlet; no source line says who wrote [2] or [3].
    expect(v1.sources.map((source) => [source.ref, source.authorIds])).toEqual([
      [1, []],
      [2, []],
      [3, []],
      [4, []],
      [5, []],
    ]);
    expect(v1.perspectives[2]?.holderIds).toEqual(['actor:ledgerline', 'actor:priya-raman']);
  });

  it('strips citation markers from stance and evolution text', () => {
    expect(v1.perspectives[1]?.evolution).toBe('Known only through the Slack logs.');
    const doc = parse(replaceLine(luminaV1, 26, 'Treated the incident as a confirmed exfiltration within two days [3] and pressed for early notification [3].'));
    expect(doc.perspectives[1]?.stance).toBe('Treated the incident as a confirmed exfiltration within two days and pressed for early notification.');
    for (const perspective of doc.perspectives) expect(`${perspective.stance} ${perspective.evolution ?? ''}`).not.toMatch(/\[\d+\]/);
  });
});
