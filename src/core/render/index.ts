// Rendering: Markdown resume → self-contained, sanitized, print-ready HTML.
export { CONTENT_SECURITY_POLICY, escapeHtml, markdownToHtmlFragment, renderHtml, type Paper, type RenderOptions } from './html';
export { DENSITIES, MAX_DENSITY, densityGain, printCss, type Density } from './style';
export { withProfileHeader } from './header';
