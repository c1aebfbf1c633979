/**
 * The words an editor's note uses to say that the source has no headline of its own and the archive wrote the
 * title: `npm run import --title` writes them, and docs/editing.md asks editors who write a note by hand to use them.
 */
export const SUPPLIED_TITLE_WORDS = 'the archive supplied this title';

/**
 * `true` when an article's editor's note says that the archive supplied its title, so the page can say so
 * beside the headline. Capitals and line breaks in the note do not matter.
 * @example isTitleSupplied('The source text has no headline; the archive supplied this title.') // true
 */
export function isTitleSupplied(editorNote: string | undefined): boolean {
  return editorNote !== undefined && editorNote.replace(/\s+/g, ' ').toLowerCase().includes(SUPPLIED_TITLE_WORDS);
}
