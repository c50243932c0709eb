import { StoryGraphDocument } from '../../../model/story-graph';
import { parseStory } from '../parse-story';
import { parseStoryDocument, storySlugFromFileName } from '../parse-story-document';
import { fixturePath, readFixture } from '../../../../tests/fixtures/stories/story-fixtures';

const parse = (name: string) =>
  parseStoryDocument(readFixture(name), { file: fixturePath(name), storySlug: storySlugFromFileName(name) });
const v1 = parse('lumina-health-breach.v1.txt');
const v2 = parse('lumina-health-breach.v2.txt');
const count = (doc: StoryGraphDocument) => ({
  sources: doc.sources.length,
  events: doc.events.length,
  questions: doc.questions.length,
  perspectives: doc.perspectives.length,
  tensions: doc.tensions.length,
});
const ids = (nodes: { id: string }[]) => nodes.map((node) => node.id);

describe('an invented story in the same format', () => {
  it('parses version 1 into a valid graph', () => {
    expect(StoryGraphDocument.parse(v1)).toEqual(v1);
    expect(v1.story).toMatchObject({ id: 'story:lumina-health-breach', version: 1, itemCount: 5, updatedAt: '2026-03-12T18:40:00Z' });
    expect(count(v1)).toEqual({ sources: 5, events: 5, questions: 3, perspectives: 4, tensions: 2 });
  });

  it('reads a title containing ": " and quotes, and a publisher that is a person on X', () => {
    expect(v1.sources[3]).toMatchObject({
      title: '"We cannot afford a second headline": Whitfield\'s memo on the breach',
      publisher: 'Priya Raman X',
      publisherId: 'actor:priya-raman',
      kind: 'social_post',
    });
    expect(v1.actors.find((actor) => actor.id === 'actor:priya-raman')).toEqual({
      id: 'actor:priya-raman',
      name: 'Priya Raman',
      kind: 'person',
      aliases: ['Priya Raman X'],
    });
  });

  it('attributes a leaked memo quote to the person the sentence names, found by surname', () => {
    const memo = v1.claims.find((claim) => claim.quote === 'we cannot afford a second headline');
    expect(memo).toMatchObject({
      text: 'we cannot afford a second headline',
      speakerId: 'actor:dana-whitfield',
      mentions: [{ text: "Whitfield told senior staff that 'we cannot afford a second headline'", citationScope: 'direct' }],
      sourceRefs: [4],
      assertedBy: [{ actorId: 'actor:dana-whitfield', channel: 'internal' }],
    });
  });

  it('gives tension sides their own citations', () => {
    expect(v1.tensions[0]).toMatchObject({
      sideA: { label: "Whitfield's public account ('acted as quickly as the facts allowed')", sourceRefs: [1] },
      sideB: { label: "the security team's internal assessment ('a confirmed exfiltration')", sourceRefs: [3] },
      sourceRefs: [1, 3],
    });
  });

  it('lists prose sentences without citations beside the graph', () => {
    const { info } = parseStory(readFixture('lumina-health-breach.v1.txt'), { file: 'v1.txt', storySlug: 'lumina-health-breach' });
    expect(info.uncitedSentences.map(({ line, section }) => ({ line, section }))).toEqual([
      { line: 7, section: 'why_it_matters' },
      { line: 13, section: 'narrative' },
    ]);
  });
});

describe('version 2 of the story', () => {
  it('adds a source, an event, a perspective and a tension, and drops a question', () => {
    expect(v2.story).toMatchObject({ id: v1.story.id, version: 2, itemCount: 6 });
    expect(count(v2)).toEqual({ sources: 6, events: 6, questions: 2, perspectives: 5, tensions: 3 });
  });

  it('keeps the ids of everything that did not change, so a reload updates rather than duplicates', () => {
    const added = (before: { id: string }[], after: { id: string }[]) => ids(after).filter((id) => !ids(before).includes(id));
    const removed = (before: { id: string }[], after: { id: string }[]) => ids(before).filter((id) => !ids(after).includes(id));
    expect(added(v1.sources, v2.sources)).toEqual(['source:lumina-health-breach:6']);
    expect(added(v1.events, v2.events)).toHaveLength(1);
    expect(removed(v1.events, v2.events)).toEqual([]);
    expect(removed(v1.questions, v2.questions)).toEqual([v1.questions[1]?.id]);
    expect(added(v1.perspectives, v2.perspectives)).toEqual(['perspective:lumina-health-breach:claymore-systems-public']);
    expect(added(v1.tensions, v2.tensions)).toHaveLength(1);
    expect(removed(v1.claims, v2.claims)).toEqual([]);
    expect(added(v1.actors, v2.actors)).toEqual(['actor:claymore-systems']);
  });
});
