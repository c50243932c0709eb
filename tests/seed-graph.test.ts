import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actorId, storyIds } from '../src/model/ids';
import { StoryGraphDocument } from '../src/model/story-graph';
import type { ClaimNode, SourceNode } from '../src/model/story-graph';

/**
 * The curated graph of the seeded story must say what the seeded document says, and nothing else.
 * Expectations are read off the document text itself wherever possible, so a wrong or drifted
 * graph file fails here rather than in the database.
 */

const ROOT = join(__dirname, '..');
const seedText = readFileSync(join(ROOT, 'seed/meta-surveillance-layoffs.v1.txt'), 'utf8');
const graph = StoryGraphDocument.parse(
  JSON.parse(readFileSync(join(ROOT, 'seed/meta-surveillance-layoffs.graph.json'), 'utf8')),
);
const ids = storyIds('meta-surveillance-layoffs');

const lines = seedText.split('\n');
const withoutCitations = (s: string) => s.replace(/\s*\[\d+\]/g, '');
const plainText = withoutCitations(seedText);
/** Distinct citation numbers in order of first appearance. */
/**
 * Where a claim's words stand in the document: its text, or for a quotation completing the
 * narrator's words past an inserted attribution ("has, in The Neuron's framing, '…'"), the mention
 * that writes them so.
 */
const asWritten = (c: ClaimNode) => c.mentions.find((m) => m.text.replace(/,\s+in\s+[^,]+,\s+(?=['‘"“])/u, ' ') === c.text)?.text ?? c.text;
const citationsIn = (s: string) => [...new Set([...s.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])))];
const linesBetween = (from: string, to: string) => {
  const start = lines.indexOf(from);
  const end = lines.indexOf(to);
  if (start < 0 || end < start) throw new Error(`section ${from} not found in the seed document`);
  return lines.slice(start + 1, end);
};
const sectionText = (from: string, to: string) => linesBetween(from, to).join('\n');

const ZUCKERBERG = actorId('Mark Zuckerberg');
const META = actorId('Meta');
const NEURON = actorId('The Neuron');

const sourceByRef = (ref: number): SourceNode => {
  const source = graph.sources.find((s) => s.ref === ref);
  if (!source) throw new Error(`no source [${ref}]`);
  return source;
};
const sourceById = (id: string): SourceNode => {
  const source = graph.sources.find((s) => s.id === id);
  if (!source) throw new Error(`no source ${id}`);
  return source;
};
const claimById = new Map(graph.claims.map((c) => [c.id, c] as const));

describe('seed story graph: meta-surveillance-layoffs', () => {
  it('describes the story as its header and sections do', () => {
    expect(graph.story.id).toBe('story:meta-surveillance-layoffs');
    expect(graph.story.id).toBe(ids.story);
    expect(lines[0]).toBe(`${graph.story.title} · history`);
    expect(graph.story.title).toBe("Meta's Employee Surveillance for AI Training Data, Then Mass Layoffs");
    expect(lines[1]).toBe(`Version ${graph.story.version}`);
    expect(graph.story.version).toBe(1);
    expect(graph.story.updatedAt).toBe('2026-05-22T02:22:00Z');
    expect(lines[2]).toBe(`2026-05-22 02:22 UTC · ${graph.story.itemCount} items`);
    expect(graph.story.what).toBe(sectionText('What', 'Why it matters'));
    expect(graph.story.whyItMatters).toBe(sectionText('Why it matters', 'Open questions'));
  });

  it('has exactly the 4 numbered sources, with titles, publishers and dates as written', () => {
    const numbered = graph.sources.filter((s) => s.ref !== undefined);
    expect(numbered.map((s) => s.ref)).toEqual([1, 2, 3, 4]);
    expect(numbered.map((s) => s.publisher)).toEqual([
      'The Neuron',
      'Rohan Paul Twitter',
      'Rohan Paul Twitter',
      'SemiAnalysis Twitter',
    ]);
    expect(numbered.map((s) => s.publishedAt)).toEqual(['2026-05-21', '2026-05-21', '2026-05-20', '2026-05-20']);
    expect(numbered.map((s) => s.kind)).toEqual(['newsletter', 'social_post', 'social_post', 'social_post']);
    expect(numbered.map((s) => s.publisherId)).toEqual([
      NEURON,
      actorId('Rohan Paul'),
      actorId('Rohan Paul'),
      actorId('SemiAnalysis'),
    ]);
    // No source line names an author; "The Neuron (Eric Gerard Ruiz)" under Perspectives does not say he wrote [1].
    for (const source of numbered) expect(source.authorIds).toEqual([]);

    const sourceLines = lines.slice(lines.indexOf('Sources') + 1).filter((l) => l.startsWith('- ['));
    expect(sourceLines).toHaveLength(numbered.length);
    for (const source of numbered) {
      expect(source.id).toBe(ids.source(source.ref as number));
      expect(sourceLines).toContain(`- [${source.ref}] ${source.title} — ${source.publisher} (${source.publishedAt})`);
    }
  });

  it('records the anonymous sourcing the document states of [4], in its title and its publisher\'s perspective', () => {
    expect(lines).toContain('Neutral breaking-news relay; reported Zuckerberg\'s internal no-further-layoffs assurance via anonymous sources without editorial framing.');
    expect(sourceByRef(4).title.startsWith('Sources have told SemiAnalysis')).toBe(true);
    expect(graph.sources.map((s) => s.anonymousSourcing ?? [])).toEqual(graph.sources.map((s) => (s.ref === 4 ? ['via anonymous sources', 'Sources have told'] : [])));
  });

  it('models the relayed underlying items as unnumbered sources the numbered ones derive from', () => {
    const relayed = (ref: number) => sourceByRef(ref).derivedFrom.map((d) => sourceById(d.sourceId));
    const [audio] = relayed(2);
    const [memo] = relayed(3);
    const [post] = relayed(4);
    // Recorded at the April 30 all-hands; public only on 05-21 ("Leaked April 30 all-hands audio becomes public"),
    // through a leak whose leaker the document never names: Meta did not publish it, and no one is guessed.
    expect(audio).toMatchObject({ kind: 'audio', channel: 'leaked', recordedAt: '2026-04-30', publishedAt: '2026-05-21' });
    expect(audio?.publisherId).toBeNull();
    expect(audio?.publisher).toBeNull();
    // Internal items, written by Zuckerberg (authorIds); the document names no one who published them.
    expect(memo).toMatchObject({ kind: 'memo', channel: 'internal', publisherId: null, publishedAt: '2026-05-20' });
    expect(post).toMatchObject({ channel: 'internal', publisherId: null, publishedAt: '2026-05-20' });
    // The Neuron's analysis of the leak and the memo is no independent origin of what they say.
    expect(relayed(1)).toEqual([audio, memo]);

    const unnumbered = graph.sources.filter((s) => s.ref === undefined);
    expect(unnumbered.map((s) => s.id).sort()).toEqual([audio, memo, post].map((s) => s?.id).sort());
    for (const source of unnumbered) {
      expect(source.authorIds).toEqual([ZUCKERBERG]);
      expect(source.derivedFrom).toEqual([]);
    }
  });

  it('has the 4 timeline events in document order, not chronological order', () => {
    const timeline = linesBetween('Timeline', 'Perspectives');
    expect(graph.events.map((e) => e.date)).toEqual(['2026-04-30', '2026-05-20', '2026-05-21', '2026-05-20']);
    expect(graph.events.map((e) => e.position)).toEqual([0, 1, 2, 3]);
    expect(graph.events).toHaveLength(timeline.length);
    graph.events.forEach((event, i) => {
      const line = timeline[i] as string;
      expect(line.startsWith(`- ${event.date}: ${event.text} [`)).toBe(true);
      expect(withoutCitations(line)).toBe(`- ${event.date}: ${event.text}`);
      expect(event.sourceRefs).toEqual(citationsIn(line));
      expect(event.datePrecision).toBe('day');
      expect(event.id).toBe(ids.event(event.date, event.text));
      expect(event.participantIds.length).toBeGreaterThan(0);
    });
  });

  it('has the 4 open questions as written, with their citations', () => {
    const written = linesBetween('Open questions', 'Narrative');
    expect(graph.questions.map((q) => q.sourceRefs)).toEqual([[1], [2, 1], [1], [4, 1]]);
    expect(graph.questions.map((q) => q.text)).toEqual(written.map(withoutCitations));
    expect(graph.questions.map((q) => citationsIn(written[q.position] as string))).toEqual([[1], [2, 1], [1], [4, 1]]);
    for (const question of graph.questions) {
      expect(question.id).toBe(ids.question(question.text));
      expect(question.concerns.length).toBeGreaterThan(0);
    }
  });

  it('has the 4 perspectives with their stance and evolution lines', () => {
    const written = linesBetween('Perspectives', 'Tensions');
    expect(written).toHaveLength(3 * graph.perspectives.length);
    expect(graph.perspectives).toHaveLength(4);
    graph.perspectives.forEach((p, i) => {
      expect(p.position).toBe(i);
      expect(written.slice(3 * i, 3 * i + 3)).toEqual([p.label, p.stance, `Evolution: ${p.evolution}`]);
      expect(p.id).toBe(ids.perspective(p.label));
    });
    expect(graph.perspectives[0]).toMatchObject({
      label: 'Mark Zuckerberg / Meta (internal)',
      holderIds: [ZUCKERBERG, META],
      qualifier: 'internal',
      channel: 'internal',
    });
    expect(graph.perspectives[1]).toMatchObject({ holderIds: [META], qualifier: 'public / official communications', channel: 'public' });
    expect(graph.perspectives[2]?.holderIds).toEqual([NEURON, actorId('Eric Gerard Ruiz')]);
    // A parenthesis of people names holders, not a qualifier.
    expect(graph.perspectives.map((p) => p.qualifier)).toEqual(['internal', 'public / official communications', undefined, undefined]);
  });

  it('has the 3 tensions with claims on both sides', () => {
    const written = linesBetween('Tensions', 'Sources');
    expect(graph.tensions).toHaveLength(3);
    expect(written).toHaveLength(3);
    graph.tensions.forEach((t, i) => {
      const line = written[i] as string;
      expect(t.position).toBe(i);
      expect(t.text).toBe(withoutCitations(line.slice(2)));
      expect(t.sourceRefs).toEqual(citationsIn(line));
      expect(t.id).toBe(ids.tension(t.text));
      for (const side of [t.sideA, t.sideB]) {
        expect(side.claimIds.length).toBeGreaterThan(0);
        for (const id of side.claimIds) expect(claimById.has(id)).toBe(true);
        expect(line).toContain(side.label);
        for (const n of side.sourceRefs) expect(line).toContain(`${side.label} [${n}]`);
      }
      expect(t.sideA.claimIds.filter((id) => t.sideB.claimIds.includes(id))).toEqual([]);
    });
    expect(graph.tensions[1]?.sideA.sourceRefs).toEqual([4]);
    expect(graph.tensions[1]?.sideB.sourceRefs).toEqual([1]);
  });

  it('attributes the quoted words to the speaker and channel the document names', () => {
    const quoted = (span: string) =>
      graph.claims.filter((c) => c.kind === 'quote' && c.quote === span && ['what', 'narrative'].includes(c.section));
    const smart = quoted('really smart people');
    expect(smart.length).toBeGreaterThan(0);
    // Said internally at the April 30 all-hands, public through the leaked audio on May 21: one assertion, one disclosure.
    const leak = { channel: 'leaked', at: '2026-05-21', sourceId: 'source:meta-surveillance-layoffs:all-hands-audio' };
    for (const c of smart) expect(c.assertedBy).toEqual([{ actorId: ZUCKERBERG, channel: 'internal', at: '2026-04-30', disclosures: [leak] }]);
    const success = quoted("success isn't a given");
    expect(success.length).toBeGreaterThan(0);
    // The memo reached the public through [3], the first to relay it.
    for (const c of success) {
      expect(c.assertedBy).toEqual([{ actorId: ZUCKERBERG, channel: 'internal', at: '2026-05-20', disclosures: [{ channel: 'public', at: '2026-05-20', sourceId: 'source:meta-surveillance-layoffs:3' }] }]);
    }
    for (const span of ['learn by watching employees do it, then replace them', 'gotten a lot blurrier']) {
      expect(quoted(span).map((c) => c.assertedBy)).toEqual([[{ actorId: NEURON, channel: 'public', at: '2026-05-21', disclosures: [] }]]);
    }
    // The document quotes no statement of Meta's: 'routine monitoring' labels what the narrator says Meta's framing was.
    expect(graph.claims.filter((c) => c.quote === 'routine monitoring' || (c.speakerId === META && c.kind === 'quote'))).toEqual([]);
    // It reports two, in its own words: Meta's public characterization of the monitoring and its announcement of the reassignments.
    const meta = graph.claims.filter((c) => c.speakerId === META);
    expect(meta.map((c) => [c.verbatim, c.assertedBy.map((a) => [a.actorId, a.channel])])).toEqual([
      [false, [[META, 'public']]],
      [false, [[META, 'public']]],
    ]);

    const reassurance = graph.claims.filter((c) => c.kind === 'prediction' && c.sourceRefs.includes(4));
    expect(reassurance.length).toBeGreaterThan(0);
    // The internal post leaked through [4], which had it from unnamed sources.
    for (const c of reassurance) {
      expect(c.assertedBy).toEqual([{ actorId: ZUCKERBERG, channel: 'internal', at: '2026-05-20', disclosures: [{ channel: 'leaked', at: '2026-05-20', sourceId: 'source:meta-surveillance-layoffs:4' }] }]);
    }
  });

  it('every quote span, claim text, event and question text occurs verbatim in the document', () => {
    for (const c of graph.claims) {
      expect(plainText).toContain(asWritten(c));
      if (c.quote !== undefined) {
        const span = c.quote;
        expect(c.text).toContain(span);
        // the span is the whole quotation, not a fragment of one: it stands between quote marks
        const marked = [`'${span}'`, `'${span},'`, `‘${span}’`].filter((m) => seedText.includes(m));
        expect({ span, marked: marked.length > 0 }).toEqual({ span, marked: true });
      }
      if (c.kind === 'quote') expect(c.quote).toBeDefined();
    }
    for (const e of graph.events) expect(seedText).toContain(e.text);
    for (const q of graph.questions) expect(plainText).toContain(q.text);
  });

  it('orders claims by position as they appear in the document, with conventional ids', () => {
    const sorted = [...graph.claims].sort((a, b) => a.position - b.position);
    expect(sorted.map((c) => c.position)).toEqual(sorted.map((_, i) => i));
    let cursor = 0;
    for (const c of sorted) {
      const at = plainText.indexOf(asWritten(c), cursor);
      expect({ text: c.text, at: at >= 0 }).toEqual({ text: c.text, at: true });
      cursor = at;
      expect(c.id).toBe(ids.claim(c.text));
      expect(new Set(c.sourceRefs).size).toBe(c.sourceRefs.length);
    }
  });

  describe.each([
    ['what', 'What', 'Why it matters'],
    ['why_it_matters', 'Why it matters', 'Open questions'],
    ['narrative', 'Narrative', 'Timeline'],
  ] as const)('claims of section %s', (section, heading, next) => {
    const sectionClaims: ClaimNode[] = graph.claims.filter((c) => c.section === section);
    const sentences = sectionText(heading, next)
      .split('\n')
      .flatMap((paragraph) => paragraph.split(/(?<=\.)\s+(?=[A-Z])/));
    const cited = sentences.filter((s) => citationsIn(s).length > 0);
    const claimsOf = (sentence: string) => sectionClaims.filter((c) => withoutCitations(sentence).includes(asWritten(c)));

    it('each cites at least one source, all cited within its own sentence', () => {
      expect(sectionClaims.length).toBeGreaterThan(0);
      for (const c of sectionClaims) {
        expect(c.sourceRefs.length).toBeGreaterThan(0);
        const home = cited.filter((s) => withoutCitations(s).includes(asWritten(c)));
        expect(home).toHaveLength(1);
        const refs = citationsIn(home[0] as string);
        for (const n of c.sourceRefs) expect(refs).toContain(n);
      }
    });

    it('covers every cited sentence, with all of its citations', () => {
      for (const sentence of cited) {
        const found = claimsOf(sentence);
        expect({ sentence, claims: found.length > 0 }).toEqual({ sentence, claims: true });
        const refs = new Set(found.flatMap((c) => c.sourceRefs));
        expect([...refs].sort()).toEqual([...citationsIn(sentence)].sort());
      }
    });
  });
});
