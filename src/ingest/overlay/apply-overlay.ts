import { actorId, nodeId, storyIds } from '../../model/ids';
import { StoryGraphDocument, evidenceRefs, type ClaimNode } from '../../model/story-graph';
import { deriveAssertions } from '../parse/derive-assertions';
import { OverlayError } from './overlay-error';
import { OverlayReferences } from './overlay-references';
import type { AssertionInput, StoryOverlay } from './story-overlay';

/**
 * Applies a curation overlay to a parsed story graph and returns the curated graph; the input is
 * left untouched. References that do not resolve are `OverlayError`s naming the overlay file and
 * the JSON path of the reference.
 */
export function applyOverlay(document: StoryGraphDocument, overlay: StoryOverlay, { file }: { file: string }): StoryGraphDocument {
  const doc = structuredClone(document);
  const refs = new OverlayReferences(doc, file);
  const slug = doc.story.id.slice('story:'.length);
  const assertions = (list: AssertionInput[], path: (string | number)[]): ClaimNode['assertedBy'] =>
    list.map(({ actor, channel, at, disclosures }, i) => ({
      actorId: refs.actor(actor, [...path, i, 'actor']).id,
      channel,
      ...(at && { at }),
      disclosures: disclosures.map((d, j) => ({ channel: d.channel, ...(d.at && { at: d.at }), sourceId: refs.source(d.source, [...path, i, 'disclosures', j, 'source']).id })),
    }));

  overlay.actors.forEach((patch, i) => {
    const path = ['actors', i, 'actor'];
    let actor = refs.findActor(patch.actor);
    if (!actor) {
      if (patch.kind === undefined || patch.actor.startsWith('actor:')) throw refs.fail(path, `no actor ${JSON.stringify(patch.actor)} in the story; give a kind to create it`);
      actor = { id: actorId(patch.actor), name: patch.actor, kind: patch.kind, aliases: [] };
      doc.actors.push(actor);
    }
    if (patch.kind) actor.kind = patch.kind;
    actor.aliases = [...new Set([...actor.aliases, ...patch.addAliases])];
  });

  overlay.extraSources.forEach(({ key, title, publisher, publishedAt, recordedAt, kind, channel }, i) => {
    const id = nodeId('source', slug, key);
    if (doc.sources.some((source) => source.id === id)) throw refs.fail(['extraSources', i, 'key'], `the story already has a source ${id}`);
    if (recordedAt && publishedAt && recordedAt > publishedAt) {
      throw refs.fail(['extraSources', i, 'recordedAt'], `recorded on ${recordedAt}, after it became public on ${publishedAt}`);
    }
    const published = publisher === undefined ? { publisher: null, publisherId: null } : { publisher, publisherId: refs.actor(publisher, ['extraSources', i, 'publisher']).id };
    const dated = { ...(publishedAt && { publishedAt }), ...(recordedAt && { recordedAt }) };
    doc.sources.push({ id, title, ...published, authorIds: [], ...dated, kind, ...(channel && { channel }), derivedFrom: [] });
  });

  overlay.sources.forEach((patch, i) => {
    const path = ['sources', i];
    const source = refs.source(patch.source, [...path, 'source']);
    if (patch.kind) source.kind = patch.kind;
    if (patch.channel) source.channel = patch.channel;
    if (patch.authors) source.authorIds = patch.authors.map((author, j) => refs.actor(author, [...path, 'authors', j]).id);
    if (patch.derivedFrom) {
      source.derivedFrom = patch.derivedFrom.map(({ source: from, how }, j) => ({
        sourceId: refs.source(from, [...path, 'derivedFrom', j, 'source']).id,
        ...(how && { how }),
      }));
    }
  });

  overlay.removeClaims.forEach((ref, i) => {
    const removed = refs.claim(ref, ['removeClaims', i]);
    doc.claims.splice(doc.claims.indexOf(removed), 1);
    redirectClaim(doc, removed.id, undefined);
  });

  const numbered = new Set(doc.sources.flatMap((source) => (source.ref === undefined ? [] : [source.ref])));
  overlay.extraClaims.forEach((extra, i) => {
    const path = ['extraClaims', i];
    const { after, quote, sourceRefs, citationScope, ...fields } = extra;
    const ids = storyIds(slug);
    const id = ids.claim(extra.text);
    if (doc.claims.some((claim) => claim.id === id)) throw refs.fail([...path, 'text'], `the story already has this claim (${id})`);
    extra.sourceRefs.forEach((ref, j) => {
      if (!numbered.has(ref)) throw refs.fail([...path, 'sourceRefs', j], `no source [${ref}] in the story`);
    });
    const previous = after === undefined ? undefined : refs.claim(after, [...path, 'after']);
    const index = previous === undefined ? doc.claims.length : doc.claims.indexOf(previous) + 1;
    // Words the curator cut out of a passage: mentioned on the line of the claim they follow.
    const mention = {
      id: ids.mention(`${id} ${extra.section} ${extra.text}`),
      section: extra.section,
      line: previous?.mentions[0]?.line ?? 1,
      // Just after the words it was cut from, until mentions are renumbered below.
      position: previous?.mentions[0] === undefined ? Number.MAX_SAFE_INTEGER : previous.mentions[0].position + 0.5,
      text: extra.text,
      citationRefs: sourceRefs,
      citationScope,
    };
    const claim = { ...fields, ...(quote && { quote }), id, verbatim: extra.kind === 'quote', speakerId: doc.story.narratorId, position: 0, sourceRefs, mentions: [mention], assertedBy: [], supports: [] };
    doc.claims.splice(index, 0, claim);
  });
  overlay.sameClaims.forEach(({ claim: ref, restatements }, i) => {
    const claim = refs.claim(ref, ['sameClaims', i, 'claim']);
    restatements.forEach((restatementRef, j) => {
      const path = ['sameClaims', i, 'restatements', j];
      const restatement = refs.claim(restatementRef, path);
      if (restatement === claim) throw refs.fail(path, `is the claim it would restate (${claim.id})`);
      if (restatement.speakerId !== claim.speakerId) {
        throw refs.fail(path, `is spoken by ${restatement.speakerId}, not by ${claim.speakerId} like the claim it would restate (${claim.id})`);
      }
      mergeRestatement(doc, claim, restatement);
    });
  });
  doc.claims.forEach((claim, position) => (claim.position = position));
  // Mentions in the order written, an extra claim's right after the words it was cut from.
  doc.claims
    .flatMap((claim) => claim.mentions)
    .sort((a, b) => a.line - b.line || a.position - b.position)
    .forEach((mention, position) => (mention.position = position));

  // Sources the overlay made or patched may now show who made a claim's words, and on which channel.
  deriveAssertions(doc);
  overlay.claims.forEach((patch, i) => {
    const path = ['claims', i];
    const claim = refs.claim(patch.claim, [...path, 'claim']);
    if (patch.text !== undefined) {
      const id = storyIds(slug).claim(patch.text);
      if (id !== claim.id && doc.claims.some((other) => other.id === id)) throw refs.fail([...path, 'text'], `the story already has this claim (${id})`);
      redirectClaim(doc, claim.id, id);
      claim.id = id;
      claim.text = patch.text;
    }
    if (patch.kind) claim.kind = patch.kind;
    if (patch.verbatim !== undefined) claim.verbatim = patch.verbatim;
    if (patch.assertedBy) claim.assertedBy = assertions(patch.assertedBy, [...path, 'assertedBy']);
    // Whoever the curator says asserts the claim speaks it, unless the curator names the speaker.
    const speaker = patch.speaker === undefined ? patch.assertedBy?.[0]?.actor : patch.speaker;
    if (speaker !== undefined) claim.speakerId = refs.actor(speaker, [...path, patch.speaker === undefined ? 'assertedBy' : 'speaker']).id;
    for (const added of assertions(patch.addAssertedBy, [...path, 'addAssertedBy'])) {
      if (!claim.assertedBy.some((a) => a.actorId === added.actorId && a.channel === added.channel)) claim.assertedBy.push(added);
    }
    if (patch.supports) claim.supports = patch.supports.map((ref, j) => refs.claim(ref, [...path, 'supports', j]).id);
  });

  overlay.tensions.forEach((patch, i) => {
    const path = ['tensions', i];
    const tension = refs.node(doc.tensions, patch.tension, [...path, 'tension'], 'tension');
    for (const side of ['sideA', 'sideB'] as const) {
      const claims = patch[side];
      if (claims) tension[side].claimIds = claims.map((ref, j) => refs.claim(ref, [...path, side, j]).id);
    }
  });

  overlay.events.forEach((patch, i) => {
    const event = refs.node(doc.events, patch.event, ['events', i, 'event'], 'event');
    event.participantIds = patch.participants.map((actor, j) => refs.actor(actor, ['events', i, 'participants', j]).id);
  });

  overlay.questions.forEach((patch, i) => {
    const path = ['questions', i];
    const question = refs.node(doc.questions, patch.question, [...path, 'question'], 'question');
    question.concerns = patch.concerns.map((concern, j) => {
      const at = [...path, 'concerns', j];
      if ('claim' in concern) return refs.claim(concern.claim, [...at, 'claim']).id;
      if ('event' in concern) return refs.node(doc.events, concern.event, [...at, 'event'], 'event').id;
      return refs.actor(concern.actor, [...at, 'actor']).id;
    });
  });

  for (const claim of doc.claims) claim.sourceRefs = evidenceRefs(claim.mentions);
  const checked = StoryGraphDocument.safeParse(doc);
  if (checked.success) return checked.data;
  const problem = checked.error.issues[0];
  throw new OverlayError(file, [], `the curated graph is invalid at ${problem?.path.join('.')}: ${problem?.message}`, { cause: checked.error });
}

/** Makes `restatement`'s mentions, assertions and supports `claim`'s, and removes it; references to it follow. */
function mergeRestatement(doc: StoryGraphDocument, claim: ClaimNode, restatement: ClaimNode): void {
  claim.mentions = [...claim.mentions, ...restatement.mentions].sort((a, b) => a.line - b.line || a.position - b.position);
  claim.section = claim.mentions[0]?.section ?? claim.section;
  for (const assertion of restatement.assertedBy) {
    if (!claim.assertedBy.some((a) => a.actorId === assertion.actorId && a.channel === assertion.channel)) claim.assertedBy.push(assertion);
  }
  claim.supports = [...new Set([...claim.supports, ...restatement.supports])];
  claim.sourceRefs = evidenceRefs(claim.mentions);
  doc.claims.splice(doc.claims.indexOf(restatement), 1);
  redirectClaim(doc, restatement.id, claim.id);
}

/** Points every reference to claim `from` at `to`, or drops it when the claim is gone; a list names `to` once. */
function redirectClaim(doc: StoryGraphDocument, from: string, to: string | undefined): void {
  const redirect = (ids: string[]) => [...new Set(ids.flatMap((id) => (id !== from ? [id] : to === undefined ? [] : [to])))];
  for (const claim of doc.claims) claim.supports = redirect(claim.supports);
  for (const tension of doc.tensions) for (const side of [tension.sideA, tension.sideB]) side.claimIds = redirect(side.claimIds);
  for (const question of doc.questions) question.concerns = redirect(question.concerns);
}
