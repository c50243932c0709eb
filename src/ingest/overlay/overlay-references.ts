import { contentKey, slugKey } from '../../model/ids';
import type { ActorNode, ClaimNode, SourceNode, StoryGraphDocument } from '../../model/story-graph';
import { OverlayError, type OverlayPath } from './overlay-error';
import type { ClaimRef, NodeRef, SourceRef } from './story-overlay';

interface TextNode {
  id: string;
  position: number;
  text: string;
}

const quoted = (text: string) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);

/**
 * Finds what an overlay names in the story graph it is being applied to, reading the graph as it
 * stands (so actors and sources the overlay created earlier resolve too). A reference that does not
 * resolve, or resolves to several nodes, is an error at its JSON path.
 */
export class OverlayReferences {
  constructor(
    private readonly doc: StoryGraphDocument,
    private readonly file: string,
  ) {}

  fail(path: OverlayPath, problem: string): OverlayError {
    return new OverlayError(this.file, path, problem);
  }

  findActor(ref: string): ActorNode | undefined {
    if (ref.startsWith('actor:')) return this.doc.actors.find((actor) => actor.id === ref);
    const key = slugKey(ref);
    return this.doc.actors.find(
      (actor) => actor.id === `actor:${key}` || [actor.name, ...actor.aliases].some((name) => slugKey(name) === key),
    );
  }

  actor(ref: string, path: OverlayPath): ActorNode {
    const actor = this.findActor(ref);
    if (!actor) throw this.fail(path, `no actor ${quoted(ref)} in the story; add it under "actors" with a kind`);
    return actor;
  }

  source(ref: SourceRef, path: OverlayPath): SourceNode {
    const source = this.doc.sources.find((s) =>
      typeof ref === 'number' ? s.ref === ref : s.id === ref || s.id.endsWith(`:${ref}`),
    );
    if (!source) throw this.fail(path, typeof ref === 'number' ? `no source [${ref}] in the story` : `no source ${quoted(ref)} in the story`);
    return source;
  }

  claim(ref: ClaimRef, path: OverlayPath): ClaimNode {
    if (typeof ref === 'string') return this.one(this.doc.claims.filter((claim) => claim.id === ref), path, `claim ${ref}`);
    if ('text' in ref) return this.one(byText(this.doc.claims, ref.text), path, `claim with text ${quoted(ref.text)}`);
    const quotes = this.doc.claims.filter((claim) => claim.quote === ref.quote);
    const quoteClaims = quotes.filter((claim) => claim.kind === 'quote');
    return this.one(quoteClaims.length > 0 ? quoteClaims : quotes, path, `claim quoting ${quoted(ref.quote)}`);
  }

  node<T extends TextNode>(nodes: readonly T[], ref: NodeRef, path: OverlayPath, what: string): T {
    if (typeof ref === 'string') return this.one(nodes.filter((node) => node.id === ref), path, `${what} ${ref}`);
    if ('position' in ref) return this.one(nodes.filter((node) => node.position === ref.position), path, `${what} at position ${ref.position}`);
    return this.one(byText(nodes, ref.text), path, `${what} with text ${quoted(ref.text)}`);
  }

  private one<T>(found: readonly T[], path: OverlayPath, what: string): T {
    const [first] = found;
    if (first === undefined) throw this.fail(path, `no ${what} in the story`);
    if (found.length > 1) throw this.fail(path, `${what} is ambiguous: ${found.length} match; name one by id`);
    return first;
  }
}

/** Exact text first; else text equal up to case, spacing and quote style, as ids compare it. */
function byText<T extends { text: string }>(nodes: readonly T[], text: string): T[] {
  const exact = nodes.filter((node) => node.text === text);
  return exact.length > 0 ? exact : nodes.filter((node) => contentKey(node.text) === contentKey(text));
}
