import { z } from 'zod';
import type { SourceNode } from './story-graph';

/**
 * The ids of the sources `sourceId` derives from, directly or through other sources (itself only
 * through a cycle). Iterative, so that a long chain of derivations cannot overflow the stack.
 */
export function derivationsReached(sourceId: string, byId: ReadonlyMap<string, Pick<SourceNode, 'derivedFrom'>>): Set<string> {
  const reached = new Set<string>();
  const pending = [sourceId];
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    for (const { sourceId: from } of byId.get(id)?.derivedFrom ?? []) {
      if (!reached.has(from)) pending.push(from);
      reached.add(from);
    }
  }
  return reached;
}

/**
 * How a source derives from another: a `relay` passes the other's content on (relays, quotes,
 * carries, cites, reposts, republishes, is based on), so it adds no origin of its own; an
 * `analysis` reports on the other in its own words (analyses, reviews, comments on, draws on), so
 * what it says begins in it. A verb the list does not know counts as a relay: counting too few
 * independent origins is the error a fact-checker can live with, too many is not.
 */
export const DERIVATION_KINDS = ['relay', 'analysis'] as const;
export type DerivationKind = (typeof DERIVATION_KINDS)[number];
export const DerivationKindSchema = z.enum(DERIVATION_KINDS);

const ANALYSIS_VERB =
  /^(?:analy[sz](?:es|ed|ing|e)|comment(?:s|ed|ing)? on|review(?:s|ed|ing)?|examin(?:es|ed|ing|e)|interpret(?:s|ed|ing)?|summari[sz](?:es|ed|ing|e)|discuss(?:es|ed|ing)?|d(?:raws|rew|rawing|raw) on|respond(?:s|ed|ing)? to|fact-check(?:s|ed|ing)?)\b/iu;

export function derivationKind(how: string | null | undefined): DerivationKind {
  return how != null && ANALYSIS_VERB.test(how.trim()) ? 'analysis' : 'relay';
}
