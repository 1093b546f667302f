/** Characters Markdown would read as markup in a message such as «*» or «[۱]». */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}
