import { readFileSync } from 'node:fs';
import path from 'node:path';
import { StoryGraphDocument } from '../../../model/story-graph';
import { parseStoryDocument, storySlugFromFileName } from '../parse-story-document';

const seedPath = path.resolve(__dirname, '../../../../seed/meta-surveillance-layoffs.v1.txt');
const doc = parseStoryDocument(readFileSync(seedPath, 'utf8'), {
  file: seedPath,
  storySlug: storySlugFromFileName(seedPath),
});
const actorNamed = (name: string) => doc.actors.find((actor) => actor.name === name)?.id;
const quotes = (span: string) => doc.claims.filter((claim) => claim.kind === 'quote' && claim.quote === span);

describe('the seed document', () => {
  it('passes the model and keys its ids by the file name', () => {
    expect(StoryGraphDocument.parse(doc)).toEqual(doc);
    expect(doc.story).toMatchObject({
      id: 'story:meta-surveillance-layoffs',
      title: "Meta's Employee Surveillance for AI Training Data, Then Mass Layoffs",
      version: 1,
      updatedAt: '2026-05-22T02:22:00Z',
      itemCount: 4,
    });
    expect(doc.story.what).toMatch(/^Meta secretly monitored/);
    expect(doc.story.whyItMatters).toMatch(/^Meta's conduct establishes a precedent/);
  });

  it('has its four sources, the publisher being what follows the last " — "', () => {
    expect(doc.sources.map(({ ref, title, publisher, publishedAt }) => ({ ref, title, publisher, publishedAt }))).toEqual([
      {
        ref: 1,
        title: '😺 Meta used staff as AI training data. Then cut them.',
        publisher: 'The Neuron',
        publishedAt: '2026-05-21',
      },
      {
        ref: 2,
        title: 'WOW, 🤯 A leaked audio from Meta’s April 30 all-hands.',
        publisher: 'Rohan Paul Twitter',
        publishedAt: '2026-05-21',
      },
      {
        ref: 3,
        title:
          'Mark Zuckerberg told employees in a Wednesday memo that laying off 8,000 workers was necessary because “success isn’t a …',
        publisher: 'Rohan Paul Twitter',
        publishedAt: '2026-05-20',
      },
      {
        ref: 4,
        title:
          'Sources have told SemiAnalysis that Mark Zuckerberg posted internally at Meta this morning: "I want to be clear that we …',
        publisher: 'SemiAnalysis Twitter',
        publishedAt: '2026-05-20',
      },
    ]);
  });

  it('resolves publishers to actors, keeping a platform suffix as an alias', () => {
    const byRef = (ref: number) => doc.sources.find((source) => source.ref === ref);
    expect(byRef(1)).toMatchObject({
      publisherId: 'actor:the-neuron',
      // The perspective "The Neuron (Eric Gerard Ruiz)" names him beside the outlet; no line says he wrote [1].
      authorIds: [],
      kind: 'newsletter',
      channel: 'public',
    });
    expect(byRef(2)).toMatchObject({ publisherId: 'actor:rohan-paul', kind: 'social_post' });
    expect(byRef(4)).toMatchObject({ publisherId: 'actor:semianalysis', kind: 'social_post' });
    expect(doc.actors.find((actor) => actor.id === 'actor:rohan-paul')).toEqual({
      id: 'actor:rohan-paul',
      name: 'Rohan Paul',
      kind: 'person',
      aliases: ['Rohan Paul Twitter'],
    });
    expect(doc.actors.find((actor) => actor.id === 'actor:semianalysis')).toMatchObject({ kind: 'outlet', aliases: ['SemiAnalysis Twitter'] });
  });

  it('makes a surname the text uses on its own an alias', () => {
    expect(doc.actors.find((actor) => actor.id === 'actor:mark-zuckerberg')?.aliases).toEqual(['Zuckerberg']);
  });

  it('keeps the timeline in document order, which is not chronological', () => {
    expect(doc.events.map((event) => [event.position, event.date, event.sourceRefs])).toEqual([
      [0, '2026-04-30', [2, 1]],
      [1, '2026-05-20', [3, 1]],
      [2, '2026-05-21', [2, 1]],
      [3, '2026-05-20', [4]],
    ]);
    expect(doc.events[0]?.text).toBe(
      'Meta holds internal all-hands meeting where Zuckerberg discloses employee work-trace surveillance for AI model training; audio later leaked.',
    );
    expect(doc.events[0]?.participantIds).toEqual(['actor:meta', 'actor:mark-zuckerberg']);
  });

  it('has four questions whose citations may sit mid-line', () => {
    expect(doc.questions.map((question) => question.sourceRefs)).toEqual([[1], [2, 1], [1], [4, 1]]);
    expect(doc.questions[3]?.text).toBe(
      'Zuckerberg pledged no further company-wide layoffs for 2026 — but does that hold for the 7,000 workers previously reassigned to AI-focused teams once those models are sufficiently trained?',
    );
  });

  it('reads the structure of perspective name lines', () => {
    expect(doc.perspectives.map(({ label, holderIds, qualifier, channel }) => ({ label, holderIds, qualifier, channel }))).toEqual([
      {
        label: 'Mark Zuckerberg / Meta (internal)',
        holderIds: ['actor:mark-zuckerberg', 'actor:meta'],
        qualifier: 'internal',
        channel: 'internal',
      },
      {
        label: 'Meta (public / official communications)',
        holderIds: ['actor:meta'],
        qualifier: 'public / official communications',
        channel: 'public',
      },
      {
        label: 'The Neuron (Eric Gerard Ruiz)',
        holderIds: ['actor:the-neuron', 'actor:eric-gerard-ruiz'],
        qualifier: undefined,
        channel: undefined,
      },
      { label: 'SemiAnalysis', holderIds: ['actor:semianalysis'], qualifier: undefined, channel: undefined },
    ]);
    expect(doc.perspectives[3]?.evolution).toBe("Consistent with SemiAnalysis's typical scooping role.");
    expect(doc.actors.find((actor) => actor.id === 'actor:mark-zuckerberg')?.kind).toBe('person');
    expect(doc.actors.find((actor) => actor.id === 'actor:meta')?.kind).toBe('organization');
  });

  it('has three tensions with sides, their own citations and a framing claim each', () => {
    expect(doc.tensions.map((t) => [t.sideA.label, t.sideA.sourceRefs, t.sideB.label, t.sideB.sourceRefs, t.sourceRefs])).toEqual([
      [
        "Meta's public framing ('routine software usage monitoring')",
        [],
        "Zuckerberg's private framing ('learning from really smart people')",
        [],
        [1, 2],
      ],
      [
        "Zuckerberg's post-layoff reassurance of no further cuts",
        [4],
        'the structural logic of the surveillance program — if employee expertise has been captured in AI models, the reassignment of 7,000 workers to AI teams could be a precursor to further automation-driven reductions',
        [1],
        [4, 1],
      ],
      ['Employee value as human capital', [], 'employee value as AI training data', [], [3, 2, 1]],
    ]);
    const claimOf = (id: string | undefined) => doc.claims.find((claim) => claim.id === id);
    expect(claimOf(doc.tensions[0]?.sideB.claimIds[0])).toMatchObject({
      kind: 'framing',
      text: "Zuckerberg's private framing ('learning from really smart people')",
      quote: 'learning from really smart people',
      // A side without citations of its own rests on those of its line.
      sourceRefs: [1, 2],
      assertedBy: [{ actorId: actorNamed('Mark Zuckerberg'), channel: 'internal', disclosures: [] }],
    });
    expect(claimOf(doc.tensions[1]?.sideA.claimIds[0])?.sourceRefs).toEqual([4]);
  });

  it('makes a statement of every cited prose sentence, without its markers', () => {
    const statements = doc.claims.filter((claim) => claim.kind === 'statement');
    expect(statements.map((claim) => claim.section)).toEqual([
      ...Array(4).fill('what'),
      'why_it_matters',
      ...Array(9).fill('narrative'),
    ]);
    expect(statements[1]).toMatchObject({
      text: "A leaked audio recording from an April 30 all-hands meeting revealed Zuckerberg privately justified the surveillance as learning from 'really smart people,' a rationale that diverged sharply from Meta's public framing of routine software monitoring.",
      sourceRefs: [2, 1],
    });
    expect(doc.claims.map((claim) => claim.position)).toEqual(doc.claims.map((_, index) => index));
  });

  it('attributes quotes to the actor their sentence names, resolving a surname to the full name', () => {
    const prose = (span: string) => quotes(span).filter((claim) => claim.section !== 'tensions');
    expect(prose('really smart people').map(({ text, sourceRefs, assertedBy }) => ({ text, sourceRefs, assertedBy }))).toEqual([
      {
        text: "Zuckerberg privately justified the surveillance as learning from 'really smart people,'",
        sourceRefs: [2, 1],
        assertedBy: [{ actorId: 'actor:mark-zuckerberg', channel: 'leaked', disclosures: [] }],
      },
      {
        text: "Zuckerberg's private rationale: that AI models learn best by observing 'really smart people'",
        sourceRefs: [2],
        assertedBy: [{ actorId: 'actor:mark-zuckerberg', channel: 'leaked', disclosures: [] }],
      },
    ]);
    const success = prose("success isn't a given");
    expect(success).toHaveLength(2);
    for (const claim of success) expect(claim.assertedBy).toEqual([{ actorId: 'actor:mark-zuckerberg', channel: 'internal', disclosures: [] }]);
    expect(quotes('learn by watching employees do it, then replace them')[0]).toMatchObject({
      text: "The Neuron newsletter summarizing it as 'learn by watching employees do it, then replace them'",
      assertedBy: [{ actorId: 'actor:the-neuron', channel: 'public', disclosures: [] }],
    });
    expect(quotes('routine monitoring')[0]).toMatchObject({
      text: "Meta's public framing ('routine monitoring')",
      assertedBy: [{ actorId: 'actor:meta', channel: 'public', disclosures: [] }],
    });
  });

  it('does not take apostrophes inside words for quote marks', () => {
    const spans = new Set(doc.claims.filter((claim) => claim.kind === 'quote').map((claim) => claim.quote));
    expect([...spans]).toEqual([
      'really smart people',
      "success isn't a given",
      'routine monitoring',
      'learning from our best people',
      'learn by watching employees do it, then replace them',
      'helping employees work better',
      'training their replacement',
      'gotten a lot blurrier',
    ]);
  });

  it('keeps every claim text verbatim in the document, without citation markers', () => {
    const plain = readFileSync(seedPath, 'utf8').replace(/\s*\[\d+\]/g, '');
    for (const claim of doc.claims) expect(plain).toContain(claim.text);
    expect(doc.claims.filter((claim) => claim.kind === 'framing')).toHaveLength(6);
    expect(doc.claims).toHaveLength(31);
  });
});

describe('storySlugFromFileName', () => {
  it.each([
    ['seed/meta-surveillance-layoffs.v1.txt', 'meta-surveillance-layoffs'],
    ['/stories/meta-surveillance-layoffs.v12.txt', 'meta-surveillance-layoffs'],
    ['Some Story.txt', 'some-story'],
    ['plain', 'plain'],
  ])('%s → %s', (file, slug) => expect(storySlugFromFileName(file)).toBe(slug));
});
