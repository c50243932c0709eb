import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ClaimNode, StoryGraphDocument } from '../../../model/story-graph';
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
    // The side's label is the narrator's characterization; the words it repeats in quotes are Zuckerberg's claim, mentioned again.
    const [framing, repeated, ...more] = doc.tensions[0]?.sideB.claimIds ?? [];
    expect(more).toEqual([]);
    expect(claimOf(framing)).toMatchObject({
      kind: 'framing',
      text: "Zuckerberg's private framing ('learning from really smart people')",
      verbatim: false,
      speakerId: doc.story.narratorId,
      // A side without citations of its own rests on those of its line.
      sourceRefs: [1, 2],
      mentions: [{ citationScope: 'inherited' }],
      assertedBy: [],
    });
    expect(claimOf(framing)?.quote).toBeUndefined();
    expect(claimOf(repeated)).toMatchObject({ kind: 'quote', text: 'really smart people', speakerId: actorNamed('Mark Zuckerberg') });
    // Tension 2's side A is the narrator's label and the reassurance it says Zuckerberg made ("Zuckerberg's … reassurance of no further cuts").
    expect(doc.tensions.map((t) => [t.sideA.claimIds.length, t.sideB.claimIds.length])).toEqual([[1, 2], [2, 1], [1, 1]]);
    expect(claimOf(doc.tensions[1]?.sideA.claimIds[0])?.sourceRefs).toEqual([4]);
  });

  it("makes a statement of the narrator's of every cited prose sentence, without its markers", () => {
    const statements = doc.claims.filter((claim) => claim.kind === 'statement' && claim.speakerId === doc.story.narratorId);
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

  it('makes one claim of a quote however often it recurs, spoken by the person the text gives it to, with a mention per place', () => {
    const [really, ...others] = quotes('really smart people');
    expect(others).toEqual([]);
    expect(really).toMatchObject({ text: 'really smart people', verbatim: true, speakerId: 'actor:mark-zuckerberg', section: 'what' });
    expect(really?.mentions.map(({ section, line, text, citationRefs, citationScope, attributedToId }) => ({ section, line, text, citationRefs, citationScope, attributedToId }))).toEqual([
      // The citations close the sentence, whose last clause ("a rationale that diverged…") is not the quote's.
      { section: 'what', line: 5, text: "Zuckerberg privately justified the surveillance as learning from 'really smart people,'", citationRefs: [2, 1], citationScope: 'inherited', attributedToId: undefined },
      { section: 'narrative', line: 14, text: "Zuckerberg's private rationale: that AI models learn best by observing 'really smart people'", citationRefs: [2], citationScope: 'direct', attributedToId: undefined },
      { section: 'perspectives', line: 24, text: 'really smart people', citationRefs: [], citationScope: 'inherited', attributedToId: undefined },
      { section: 'tensions', line: 36, text: 'really smart people', citationRefs: [1, 2], citationScope: 'inherited', attributedToId: undefined },
      // "Meta … argued its engineers were 'really smart people'": this passage credits Meta, recorded rather than chosen.
      { section: 'tensions', line: 38, text: "Meta simultaneously argued its engineers were 'really smart people'", citationRefs: [3, 2, 1], citationScope: 'inherited', attributedToId: 'actor:meta' },
    ]);
    expect(really?.sourceRefs).toEqual([2]);
    const [success] = quotes("success isn't a given");
    expect(success?.mentions.map((m) => [m.line, m.text, m.citationScope])).toEqual([
      [5, "Zuckerberg simultaneously sent a memo expressing gratitude to departing staff and framing the cuts as necessary because 'success isn't a given'", 'direct'],
      // "'…,' he wrote": the pronoun stands for the sentence's person.
      [15, "'success isn't a given,' he wrote", 'inherited'],
      // A timeline entry's citations close the entry, not the quotation.
      [19, "Zuckerberg internal memo frames cuts as necessary because 'success isn't a given'", 'inherited'],
    ]);
    expect(success?.assertedBy).toEqual([{ actorId: 'actor:mark-zuckerberg', channel: 'internal', disclosures: [] }]);
    expect(quotes('learn by watching employees do it, then replace them')[0]).toMatchObject({
      speakerId: 'actor:the-neuron',
      mentions: [{ text: "The Neuron newsletter summarizing it as 'learn by watching employees do it, then replace them'", citationScope: 'direct' }],
    });
    // The inserted attribution interrupts a clause the quotation completes: the claim is the clause.
    expect(quotes('gotten a lot blurrier')[0]).toMatchObject({
      text: "the line between 'helping employees work better' and 'training their replacement' has 'gotten a lot blurrier'",
      verbatim: false,
      speakerId: 'actor:the-neuron',
      mentions: [{ text: "the line between 'helping employees work better' and 'training their replacement' has, in The Neuron's framing, 'gotten a lot blurrier'", citationScope: 'direct' }],
    });
  });

  it('makes a paraphrase of reported speech the claim of the actor who is said to have said it, not verbatim', () => {
    const paraphrases = doc.claims.filter((claim) => claim.kind === 'statement' && claim.speakerId !== doc.story.narratorId);
    expect(paraphrases.map(({ text, speakerId, verbatim, mentions }) => [text, speakerId, verbatim, mentions.map((m) => m.citationScope)])).toEqual([
      ['no further company-wide layoffs are expected for the remainder of 2026', 'actor:mark-zuckerberg', false, ['direct']],
      // The open question's cited premise: "Zuckerberg pledged no further company-wide layoffs for 2026 [4] — but …?"
      ['no further company-wide layoffs for 2026', 'actor:mark-zuckerberg', false, ['direct']],
      [
        "the company had been collecting software engineers' work traces — keystrokes, mouse activity, and application usage across tools including Gmail, GChat, Metamate, and VSCode — to train internal coding AI models",
        'actor:mark-zuckerberg',
        false,
        ['direct'],
      ],
      // "Meta's public framing, which had characterized the monitoring as …": a noun object with its "as".
      ['the monitoring as routine software usage data collection rather than a deliberate program to extract and replicate expert human capability', 'actor:meta', false, ['direct']],
      // "Meta had previously announced the reassignment …, suggesting …": the citation closes the narrator's last clause.
      ['the reassignment of 7,000 workers to AI-focused teams', 'actor:meta', false, ['inherited']],
      ['Meta does not expect additional company-wide layoffs for the remainder of 2026', 'actor:mark-zuckerberg', false, ['direct']],
      // Tension 2's side A: "Zuckerberg's post-layoff reassurance of no further cuts [4]".
      ['no further cuts', 'actor:mark-zuckerberg', false, ['direct']],
    ]);
  });

  it('does not take apostrophes inside words for quote marks', () => {
    const spans = new Set(doc.claims.filter((claim) => claim.kind === 'quote').map((claim) => claim.quote));
    // 'routine monitoring', 'learning from our best people', 'helping employees work better' and 'training their replacement' are labels no one is said to have said.
    expect([...spans]).toEqual(['really smart people', "success isn't a given", 'learn by watching employees do it, then replace them', 'gotten a lot blurrier']);
  });

  it('keeps every claim text verbatim in the document, without citation markers', () => {
    const plain = readFileSync(seedPath, 'utf8').replace(/\s*\[\d+\]/g, '');
    // But for a quotation completing words an inserted attribution interrupts, whose mention writes them so.
    const asWritten = (claim: ClaimNode) => claim.mentions.find((m) => m.text.replace(/,\s+in\s+[^,]+,\s+(?=['‘"“])/u, ' ') === claim.text)?.text ?? claim.text;
    for (const claim of doc.claims) expect(plain).toContain(asWritten(claim));
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
