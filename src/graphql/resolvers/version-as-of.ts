import type { RequestContext } from '../context';
import { apiError } from '../errors';

/** The newest version of a story recorded at or before `asOf` (record time); NOT_FOUND when none was yet. */
export async function versionAsOf(ctx: RequestContext, storyId: string, asOf: string): Promise<number> {
  const recorded = await ctx.loaders.versionAsOf(storyId, asOf);
  if (recorded === null) throw apiError('NOT_FOUND', `${storyId} had no version recorded by ${asOf}`, { storyId, asOf });
  return recorded;
}
