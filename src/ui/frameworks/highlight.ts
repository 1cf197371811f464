/**
 * Syntax highlighting for the exported snippets: highlight.js core with only
 * Python and JavaScript registered (the five snippets use nothing else), so
 * the chunk stays small. Loaded lazily by useHighlighted; no styles are
 * injected and nothing is evaluated, so it runs under the strict CSP.
 */
import hljs from 'highlight.js/lib/core';
import javascript from 'highlight.js/lib/languages/javascript';
import python from 'highlight.js/lib/languages/python';

hljs.registerLanguage('python', python);
hljs.registerLanguage('javascript', javascript);

export type CodeLanguage = 'python' | 'javascript';

/**
 * The code as HTML: the text with `<span class="hljs-…">` around tokens.
 * highlight.js escapes every character of the source (&, <, >, ", ') before
 * wrapping tokens, so the HTML holds no markup from the code itself.
 */
export function highlightHtml(code: string, language: CodeLanguage): string {
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
