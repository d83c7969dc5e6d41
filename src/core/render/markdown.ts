// Check-in notes and descriptions are Markdown written by anyone who can edit an OKR file: render
// them with raw HTML off, no images (remote resources) and only web/mail links. The webview's
// script sends link clicks to the extension, which opens them outside the webview.
import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(https?:|mailto:)/i;

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
markdown.disable(['image']);
const defaultValidateLink = markdown.validateLink.bind(markdown);
markdown.validateLink = (url: string) => defaultValidateLink(url) && SAFE_LINK.test(url.trim());

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}

export function isSafeLink(href: string): boolean {
  return SAFE_LINK.test(href.trim());
}
