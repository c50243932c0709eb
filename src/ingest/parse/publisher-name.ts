import type { SourceKind } from '../../model/story-graph';

export interface PublisherName {
  /** The publisher without a trailing platform name: "Rohan Paul" for "Rohan Paul Twitter". */
  name: string;
  platform?: string;
  /** What an item from this publisher most likely is, judged by its platform. */
  kind: SourceKind;
}

const PLATFORM_KINDS: Record<string, SourceKind> = {
  twitter: 'social_post',
  x: 'social_post',
  youtube: 'social_post',
  threads: 'social_post',
  bluesky: 'social_post',
  mastodon: 'social_post',
  linkedin: 'social_post',
  facebook: 'social_post',
  instagram: 'social_post',
  tiktok: 'social_post',
  reddit: 'social_post',
  substack: 'newsletter',
};

/** Documents name an account as "<owner> <platform>"; the owner is the actor, the platform only says how it published. */
export function parsePublisherName(publisher: string): PublisherName {
  const match = /^(.*\S)\s+\(?([A-Za-z]+)\)?$/.exec(publisher.trim());
  const platform = match?.[2];
  const kind = platform === undefined ? undefined : PLATFORM_KINDS[platform.toLowerCase()];
  if (match?.[1] === undefined || platform === undefined || kind === undefined) return { name: publisher.trim(), kind: 'article' };
  return { name: match[1], platform, kind };
}
