/**
 * Characters that show as nothing or reorder the text around them: bidi controls (U+202A–U+202E,
 * U+2066–U+2069), zero-width spaces and joiners (U+200B–U+200F), the byte order mark and every other
 * format character (Cf), control characters (Cc) and lone surrogates. A name holding one can display
 * as another actor's name.
 */
const INVISIBLE = /[\p{Cf}\p{Cc}\p{Cs}]/u;

const codePoint = (character: string) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first invisible character of a name, as `U+XXXX`, or undefined when it has none. */
export function invisibleCharacterIn(name: string): string | undefined {
  const found = INVISIBLE.exec(name)?.[0];
  return found === undefined ? undefined : codePoint(found);
}

/** A name quoted with its invisible characters spelled out (`"Mark<U+202E>Z"`), safe to print to a terminal. */
export const quotedVisibly = (name: string) => JSON.stringify(name.replace(new RegExp(INVISIBLE, 'gu'), (character) => `<${codePoint(character)}>`));

/** Why a name holding the invisible character `code` is refused, in words. */
export const describeInvisibleCharacter = (code: string) => `the invisible character ${code}, which can make one name display as another`;
