/** A set of the words of a space-separated list (or `separator`-separated): how word lists are written here. */
export const wordSet = (words: string, separator = ' '): ReadonlySet<string> => new Set(words.split(separator));
