/** A `%…%` LIKE pattern matching `text` literally (its own % and _ escaped with a backslash). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
