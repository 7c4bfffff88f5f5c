/**
 * The rules for the publisher's help attributes (`help-phone`, `help-url`): what is linked, what is
 * shown as text, what is not shown.
 */

/** The attribute form, trimmed (`''` when not set). */
export interface HelpFields {
  readonly name: string;
  readonly phone: string;
  readonly url: string;
  readonly hours: string;
}

/** Digits (ASCII, Arabic-Indic, Extended Arabic-Indic, Thai), spaces, `+` first, `-`, `.`, `( )`. */
const PHONE = /^\+?[\d\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59\s().-]+$/;
const NATIVE_DIGIT = /[\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59]/g;

/**
 * The `tel:` target of `help-phone` (`+` and digits, e.g. `+442079460958`), or `''` when it is not a
 * phone number: at most 20 characters of digits, spaces, `+` (first only), `-`, `.`, `( )`, with 3
 * to 15 digits. A trunk prefix written `(0)` after a country code is left out of the link.
 */
export function helpTel(phone: string): string {
  if (phone.length > 20 || !PHONE.test(phone)) return '';
  const plus = phone.startsWith('+');
  const digits = (plus ? phone.replace('(0)', '') : phone)
    // U+0660, U+06F0 and U+0E50 are each a zero whose last hex digit is 0.
    .replace(NATIVE_DIGIT, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/\D/g, '');
  return digits.length >= 3 && digits.length <= 15 ? `${plus ? '+' : ''}${digits}` : '';
}

/** `help-url` as given when it is an https: address without user name or password, else `''`. */
export function helpHref(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password ? url : '';
  } catch {
    return '';
  }
}

/** Whether the attribute form shows anything (the opening times alone do not). */
export function hasHelpFields({ name, phone, url }: HelpFields): boolean {
  return name !== '' || phone !== '' || helpHref(url) !== '';
}
