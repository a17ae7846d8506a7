/** Writing text into XML (the feeds). */

/** Escapes text for XML content and attribute values. */
export function escapeXml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Text as the HTML that RSS readers take a title or a description for, before it is escaped for
 * XML: only "&", "<" and ">", the characters that make markup, and with no entity HTML 4 lacks
 * (`&apos;`), which makes readers such as feedparser take the whole text as plain instead.
 */
export function escapeHtmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The first character XML 1.0 forbids even escaped (control characters, lone surrogates), or
 * undefined. One would make the whole feed unreadable, so it is refused rather than written.
 */
export function forbiddenXmlChar(text: string): string | undefined {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (!allowed) return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return undefined;
}
