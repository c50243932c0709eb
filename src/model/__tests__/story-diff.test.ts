import { readFileSync } from 'node:fs';
import path from 'node:path';
import { diffStoryVersions } from '../story-diff';
import { StoryGraphDocument } from '../story-graph';

const seed = StoryGraphDocument.parse(
  JSON.parse(readFileSync(path.join(__dirname, '../../../seed/meta-surveillance-layoffs.graph.json'), 'utf8')),
);

test('a version compared with itself has no differences', () => {
  const diff = diffStoryVersions(seed, seed);
  expect(diff).toEqual({ from: 1, to: 1, added: [], removed: [], changed: [] });
});

test('added, removed and changed items are told apart by id', () => {
  const [dropped, ...keptQuestions] = seed.questions;
  const [perspective, ...otherPerspectives] = seed.perspectives;
  if (!dropped || !perspective) throw new Error('the seed has questions and perspectives');
  const next: StoryGraphDocument = {
    ...seed,
    story: { ...seed.story, version: 2 },
    questions: keptQuestions.map((q) => ({ ...q, position: q.position - 1 })),
    perspectives: [{ ...perspective, evolution: 'Now contested.' }, ...otherPerspectives],
    events: [...seed.events, { id: 'event:meta-surveillance-layoffs:new', date: '2026-05-23', datePrecision: 'day', text: 'A new event.', position: 4, sourceRefs: [1], participantIds: [] }],
  };
  const diff = diffStoryVersions(seed, next);
  expect(diff.added).toEqual([{ kind: 'events', id: 'event:meta-surveillance-layoffs:new', summary: 'A new event.' }]);
  expect(diff.removed).toEqual([{ kind: 'questions', id: dropped.id, summary: dropped.text }]);
  // Moving up after the removal is not a change; the new evolution line is.
  expect(diff.changed).toEqual([
    { kind: 'perspectives', id: perspective.id, summary: perspective.label, fields: [{ field: 'evolution', before: perspective.evolution, after: 'Now contested.' }] },
  ]);
});
