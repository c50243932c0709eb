import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import { isApiKeyRole, roleAtLeast, type ApiKeyIdentity, type ApiKeyRole } from '../../api-keys/api-key-store';
import type { JwtSettings } from '../../config/config';

/** Why a bearer token was not taken: said to the client in the 401. */
export class BearerTokenRefusal extends Error {}

// jose's codes for a JWKS that timed out, failed, or answered something other than a key set.
const PROVIDER_FAILURES = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JOSE_GENERIC', 'ERR_JWKS_INVALID']);

// A provider's signing algorithms; a shared secret is HS256 only, so a token cannot pick its own.
const JWKS_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

/** Seconds a server's clock may be off from the provider's when `exp`, `nbf` and `iat` are checked. */
const CLOCK_TOLERANCE_SECONDS = 30;

/** The longest `sub` taken: it names the client in rate limits, logs and the audit trail. */
const MAX_SUBJECT_LENGTH = 256;

/**
 * The identity a verified bearer token (a JWT of the configured identity provider) stands for: its
 * subject as `jwt:<sub>`, with the highest claimgraph role its role claim names (a string, or a
 * list as providers write groups). Signature, issuer, audience, expiry, not-before and age (`iat`)
 * are checked by `jose`; the subject must be a string of 1 to 256 characters.
 */
export class BearerTokens {
  private readonly verify: (token: string) => Promise<JWTPayload>;

  constructor(private readonly settings: JwtSettings) {
    const checks = {
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: ['sub', 'exp'],
      maxTokenAge: settings.maxTokenAgeSeconds,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    };
    if ('secret' in settings.key) {
      const secret = new TextEncoder().encode(settings.key.secret);
      this.verify = async (token) => (await jwtVerify(token, secret, { ...checks, algorithms: ['HS256'] })).payload;
    } else {
      // Fetched on first use and cached by jose, fetched again for a key id it does not know.
      const keys = createRemoteJWKSet(new URL(settings.key.jwksUrl));
      this.verify = async (token) => (await jwtVerify(token, keys, { ...checks, algorithms: JWKS_ALGORITHMS })).payload;
    }
  }

  /** The token's identity; a BearerTokenRefusal when it does not verify or names no role. */
  async identify(token: string): Promise<ApiKeyIdentity> {
    const { roleClaim } = this.settings;
    let payload;
    try {
      payload = await this.verify(token);
    } catch (error) {
      // The provider's keys out of reach is no fault of the token: the gate answers 503 to that.
      if (!(error instanceof errors.JOSEError) || PROVIDER_FAILURES.has(error.code)) throw error;
      throw new BearerTokenRefusal('The bearer token is invalid or expired.');
    }
    const { sub } = payload as { sub: unknown };
    // Anything else would become a shared name such as `jwt:[object Object]` (one rate bucket, one audit name).
    if (typeof sub !== 'string' || sub.length === 0 || sub.length > MAX_SUBJECT_LENGTH) {
      throw new BearerTokenRefusal(`The bearer token's "sub" must be a string of 1 to ${MAX_SUBJECT_LENGTH} characters.`);
    }
    const claimed = payload[roleClaim];
    const roles = (Array.isArray(claimed) ? claimed : [claimed]).filter((role): role is string => typeof role === 'string').map((role) => role.toLowerCase()).filter(isApiKeyRole);
    const role = roles.reduce<ApiKeyRole | undefined>((highest, next) => (highest === undefined || roleAtLeast(next, highest) ? next : highest), undefined);
    if (role === undefined) throw new BearerTokenRefusal(`The bearer token names no role (reader, editor or admin) in its "${roleClaim}" claim.`);
    return { id: `jwt:${sub}`, role };
  }
}
