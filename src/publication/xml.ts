/** Text with the characters XML 1.0 cannot hold (most control characters, lone surrogates, U+FFFE and U+FFFF) dropped. */
export function xmlChars(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/**
 * Text for XML (RSS, sitemap): characters XML 1.0 cannot hold are dropped, and the five
 * special characters escaped, so the result is safe in element text and in quoted attributes.
 */
export function escapeXml(text: string): string {
  return xmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
