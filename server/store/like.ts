import { sql, type RawBuilder } from 'kysely';

/** A `%…%` LIKE pattern matching `text` literally (its own % and _ escaped with a backslash). */
export function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * `lower(column) LIKE '%text%'`, case-insensitive on both engines, `text` taken literally.
 * `column` is a qualified column name (`customers.name`), never user input.
 */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${sql.ref(column)}) like ${likePattern(text.toLowerCase())} escape '\\'`;
}
