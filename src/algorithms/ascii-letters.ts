// The one definition of an ASCII letter (and of an ASCII digit), on UTF-16 code units (`text.charCodeAt(i)`), for the tokenizers,
// the case cues and the spelling rules of both engines. The engines' model words are a–z only, so "a
// letter" throughout algorithms/ means these 52 codes: an accented or non-Latin letter is other text.
// Code units rather than one-character strings because the callers already hold codes in their hot
// loops; a range test on a number is what a regular expression on text[i] would do with more work.

/** True for 'A'–'Z' (65–90). */
export function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** True for 'a'–'z' (97–122). */
export function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/** True for the ASCII letters a–z and A–Z. */
export function isAsciiLetter(code: number): boolean {
  return isAsciiLower(code) || isAsciiUpper(code);
}

/** True for '0'–'9' (48–57). */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
