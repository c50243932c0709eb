import { createHash } from 'node:crypto';
import type { NodeType } from './graph-vocabulary';

/** A lowercase, diacritic-free, dash-separated key: the same actor or story named twice gets one key. */
export function slugKey(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'unnamed';
}

/**
 * A short digest of text with case, spacing and quote style folded, so that the same
 * statement keeps its id across versions of a story while a reworded one gets a new id.
 */
export function contentKey(text: string): string {
  return digest(foldText(text));
}

/** contentKey of several texts at once, each folded apart: ('a b', 'c') and ('a', 'b c') get different keys. */
export function contentKeyOf(parts: readonly string[]): string {
  return digest(JSON.stringify(parts.map(foldText)));
}

const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** Text as content keys compare it: case, spacing and quote style folded away. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d'"`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function nodeId(type: NodeType, ...parts: (string | number)[]): string {
  return [type, ...parts.map(String)].join(':');
}

/** The type named by an id's prefix, or undefined for an id no node type owns. */
export function nodeTypeOf(id: string, types: readonly NodeType[]): NodeType | undefined {
  const prefix = id.slice(0, id.indexOf(':'));
  return types.find((type) => type === prefix);
}

/** The id conventions every producer of story graph documents (parser, curators, generators) shares. */
export const storyIds = (storySlug: string) => ({
  story: nodeId('story', storySlug),
  source: (ref: number) => nodeId('source', storySlug, ref),
  claim: (text: string) => nodeId('claim', storySlug, contentKey(text)),
  event: (date: string, text: string) => nodeId('event', storySlug, contentKey(`${date} ${text}`)),
  question: (text: string) => nodeId('question', storySlug, contentKey(text)),
  perspective: (label: string) => nodeId('perspective', storySlug, slugKey(label)),
  tension: (text: string) => nodeId('tension', storySlug, contentKey(text)),
  mention: (key: string) => nodeId('mention', storySlug, contentKey(key)),
  /** The story's own voice: one narrator per story, so its id carries the story. */
  narrator: nodeId('actor', 'narrator', storySlug),
});

/** Actors are shared across stories, so their id depends on the name alone. */
export const actorId = (name: string) => nodeId('actor', slugKey(name));
