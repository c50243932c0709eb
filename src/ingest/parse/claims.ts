import type { storyIds } from '../../model/ids';
import type { ClaimNode } from '../../model/story-graph';

export type NewClaim = Omit<ClaimNode, 'id' | 'position' | 'supports'>;

/**
 * Collects claims in document order. A claim's id comes from its text, so text that recurs (a
 * tension side worded the same twice, a bare quotation in two sentences) is one claim whose
 * citations and attributions gather those of every occurrence; the first occurrence fixes the rest.
 */
export class ClaimCollector {
  private readonly claims = new Map<string, ClaimNode>();
  /** First line of each claim, for error messages and the consistency report. */
  readonly lines = new Map<string, number>();

  constructor(private readonly ids: ReturnType<typeof storyIds>) {}

  add(claim: NewClaim, line: number): string {
    const id = this.ids.claim(claim.text);
    const existing = this.claims.get(id);
    if (!existing) {
      this.claims.set(id, { ...claim, id, position: this.claims.size, supports: [] });
      this.lines.set(id, line);
      return id;
    }
    existing.sourceRefs = [...new Set([...existing.sourceRefs, ...claim.sourceRefs])];
    for (const assertion of claim.assertedBy) {
      const known = existing.assertedBy.some((a) => a.actorId === assertion.actorId && a.channel === assertion.channel);
      if (!known) existing.assertedBy.push(assertion);
    }
    return id;
  }

  list(): ClaimNode[] {
    return [...this.claims.values()];
  }
}
