import { ENUM_VALUES } from '../enum-values';
import type { Resolvers } from '../generated/resolvers-types';

export const enumResolvers: Resolvers = ENUM_VALUES;
