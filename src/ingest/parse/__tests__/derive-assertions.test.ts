import { readFileSync } from 'node:fs';
import path from 'node:path';
import { applyOverlay } from '../../overlay/apply-overlay';
import { readOverlay } from '../../overlay/read-overlay';
import { deriveAssertions } from '../derive-assertions';
import { parseStoryDocument } from '../parse-story-document';

/** Channels over time, read off the sources: who made the item a claim's citations lead to, when, and how it got out. */

const root = path.resolve(__dirname, '../../../..');
const seed = parseStoryDocument(readFileSync(path.join(root, 'seed/meta-surveillance-layoffs.v1.txt'), 'utf8'), {
  file: 'seed.txt',
  storySlug: 'meta-surveillance-layoffs',
});
const overlayFile = path.join(root, 'seed/meta-surveillance-layoffs.overlay.json');
/** The seed's sources as curated, without the curator's word on any claim. */
const sourcesOnly = applyOverlay(seed, { ...readOverlay(readFileSync(overlayFile, 'utf8'), { file: overlayFile }), claims: [], extraClaims: [] }, { file: overlayFile });
const claim = (start: string) => sourcesOnly.claims.find((c) => c.text.startsWith(start));
const AUDIO = 'source:meta-surveillance-layoffs:all-hands-audio';

describe('deriveAssertions', () => {
  it('dates an assertion through a leaked item when it was made, and its leak when it became public', () => {
    expect(claim('really smart people')?.assertedBy).toEqual([
      { actorId: 'actor:mark-zuckerberg', channel: 'internal', at: '2026-04-30', disclosures: [{ channel: 'leaked', at: '2026-05-21', sourceId: AUDIO }] },
    ]);
  });

  it('takes the one item every citation leading to the speaker leads to ([3] the memo, [1] the memo and the audio)', () => {
    expect(claim("success isn't a given")?.sourceRefs).toEqual([3, 1]);
    expect(claim("success isn't a given")?.assertedBy).toEqual([
      { actorId: 'actor:mark-zuckerberg', channel: 'internal', at: '2026-05-20', disclosures: [{ channel: 'public', at: '2026-05-20', sourceId: 'source:meta-surveillance-layoffs:3' }] },
    ]);
  });

  it('discloses an internal item through the cited source that first relayed it: leaked when that source had it from unnamed sources', () => {
    // [4]: "Sources have told SemiAnalysis that Mark Zuckerberg posted internally …".
    const reassurance = sourcesOnly.claims.filter((c) => c.speakerId === 'actor:mark-zuckerberg' && c.sourceRefs.join() === '4');
    expect(reassurance.length).toBeGreaterThan(0);
    for (const c of reassurance) {
      expect(c.assertedBy).toEqual([
        { actorId: 'actor:mark-zuckerberg', channel: 'internal', at: '2026-05-20', disclosures: [{ channel: 'leaked', at: '2026-05-20', sourceId: 'source:meta-surveillance-layoffs:4' }] },
      ]);
    }
  });

  it('dates a publisher’s own words by its publication', () => {
    expect(sourcesOnly.claims.find((c) => c.quote === 'gotten a lot blurrier')?.assertedBy).toEqual([{ actorId: 'actor:the-neuron', channel: 'public', at: '2026-05-21', disclosures: [] }]);
  });

  it('does not choose between two items of the speaker behind one citation: the wording stands, for a curator to settle', () => {
    // [1] analyses both the all-hands audio and the memo, both Zuckerberg's.
    expect(claim('the company had been collecting')?.assertedBy).toEqual([{ actorId: 'actor:mark-zuckerberg', channel: 'internal', disclosures: [] }]);
  });

  it("leaves the narrator's claims without assertions and is idempotent", () => {
    const again = structuredClone(sourcesOnly);
    deriveAssertions(again);
    expect(again).toEqual(sourcesOnly);
    for (const c of sourcesOnly.claims.filter((c) => c.speakerId === sourcesOnly.story.narratorId)) expect(c.assertedBy).toEqual([]);
  });
});
