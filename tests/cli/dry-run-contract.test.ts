import path from 'node:path';
import { fixturePath, relayCircleFile } from '../fixtures/stories/story-fixtures';
import { claimgraph } from '../support/run-claimgraph';

/**
 * The dry-run contract of issue 11: `claimgraph ingest --dry-run` prints, for any story, what a
 * fact-checker needs without a database — claims with speaker, verbatim and mentions (with their
 * citations and scope), actors with kinds (the narrator included), perspectives split into holders
 * and qualifier, and sources whose missing publisher is null.
 */

const root = path.join(__dirname, '..', '..');
const ACTOR_KINDS = ['person', 'organization', 'outlet', 'group', 'narrator'];
const SECTIONS = ['what', 'why_it_matters', 'narrative', 'timeline', 'perspectives', 'tensions', 'questions'];

type Json = Record<string, unknown>;
const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

test.each([
  ['the seed (with its overlay)', path.join(root, 'seed', 'meta-surveillance-layoffs.v1.txt')],
  ['the fixture story v2', fixturePath('lumina-health-breach.v2.txt')],
  ['the relay-circle fixture', relayCircleFile],
])('--dry-run of %s holds the contract', async (_name, file) => {
  const run = await claimgraph('ingest', '--dry-run', file);
  expect(run.code).toBe(0);
  const doc = JSON.parse(run.stdout) as Json;
  const story = doc.story as Json;

  const claims = list(doc.claims);
  expect(claims.length).toBeGreaterThan(0);
  for (const claim of claims) {
    expect(claim).toEqual(
      expect.objectContaining({
        id: expect.stringMatching(/^claim:/),
        text: expect.any(String),
        kind: expect.stringMatching(/^(statement|quote|framing|prediction)$/),
        verbatim: expect.any(Boolean),
        speakerId: expect.stringMatching(/^actor:/),
      }),
    );
    const mentions = list(claim.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) {
      expect(SECTIONS).toContain(mention.section);
      expect(mention).toEqual(
        expect.objectContaining({ line: expect.any(Number), citationRefs: expect.any(Array), citationScope: expect.stringMatching(/^(direct|inherited)$/) }),
      );
    }
  }

  const actors = list(doc.actors);
  for (const actor of actors) {
    expect(actor).toEqual(expect.objectContaining({ id: expect.stringMatching(/^actor:/), name: expect.any(String) }));
    expect(ACTOR_KINDS).toContain(actor.kind);
  }
  expect(actors.filter((actor) => actor.kind === 'narrator').map((actor) => actor.id)).toEqual([story.narratorId]);
  const actorIds = new Set(actors.map((actor) => actor.id));
  for (const claim of claims) expect(actorIds.has(claim.speakerId)).toBe(true);

  for (const perspective of list(doc.perspectives)) {
    expect(perspective).toEqual(expect.objectContaining({ id: expect.any(String), label: expect.any(String), stance: expect.any(String) }));
    expect(list(perspective.holderIds).length).toBeGreaterThan(0);
    if ('qualifier' in perspective) expect(typeof perspective.qualifier).toBe('string');
    expect(`${String(perspective.stance)} ${String(perspective.evolution ?? '')}`).not.toMatch(/\[\d+\]/);
  }

  for (const source of list(doc.sources)) {
    expect(source).toEqual(expect.objectContaining({ id: expect.stringMatching(/^source:/), title: expect.any(String), authorIds: expect.any(Array) }));
    expect('publisherId' in source).toBe(true);
    expect(source.publisherId === null || actorIds.has(source.publisherId)).toBe(true);
  }
});
