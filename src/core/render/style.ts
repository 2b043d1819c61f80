// Print stylesheet: one column, system fonts (nothing to download), compact spacing that fits a
// student resume on one page, headings that never end a page, bullets that never split across pages.
// One-page mode may tighten the form in steps (DENSITIES) before it gives up content; the tightest
// step stays within what résumé guides call readable: body text ≥ 9.5 pt, line height ≥ 1.2,
// margins ≥ 0.4 in (10 mm).

export type Paper = 'letter' | 'a4';

interface PageBox {
  size: string;
  /** Vertical and horizontal margins, in inches. */
  marginY: number;
  marginX: number;
  /** Page size in inches (for estimating how much a denser step holds). */
  width: number;
  height: number;
}

const PAGE: Record<Paper, PageBox> = {
  letter: { size: 'letter', marginY: 0.5, marginX: 0.6, width: 8.5, height: 11 },
  a4: { size: 'A4', marginY: 0.47, marginX: 0.59, width: 8.27, height: 11.69 },
};

export interface Density {
  /** Body font size, pt. */
  font: number;
  lineHeight: number;
  /** Margins, in inches (never below 0.4). */
  marginY: number;
  marginX: number;
  /** Spacing around headings, entries and lists, as a share of the default. */
  gaps: number;
  /** What a reader would call it, for the report. */
  label: string;
}

/** Level 0 is the default look; each next level holds more on a page and changes only the form. */
export const DENSITIES: readonly Density[] = [
  { font: 10.5, lineHeight: 1.35, marginY: 0.5, marginX: 0.6, gaps: 1, label: 'the default layout' },
  { font: 10.5, lineHeight: 1.25, marginY: 0.45, marginX: 0.55, gaps: 0.7, label: 'tighter spacing (10.5 pt text, line height 1.25, 0.45 in margins)' },
  { font: 10, lineHeight: 1.22, marginY: 0.42, marginX: 0.5, gaps: 0.55, label: 'a compact layout (10 pt text, line height 1.22, 0.42–0.5 in margins)' },
  { font: 9.5, lineHeight: 1.2, marginY: 0.4, marginX: 0.45, gaps: 0.45, label: 'the most compact readable layout (9.5 pt text, line height 1.2, 0.4–0.45 in margins)' },
];
export const MAX_DENSITY = DENSITIES.length - 1;

/** How much more text a page holds at `level` than at `from` (area in character cells), e.g. 1.3. */
export function densityGain(paper: Paper, from: number, level: number): number {
  const cells = (l: number) => {
    const d = DENSITIES[clampLevel(l)];
    const page = PAGE[paper];
    const w = page.width - 2 * Math.max(d.marginX, 0.4);
    const h = page.height - 2 * Math.max(d.marginY, 0.4);
    return (w / d.font) * (h / (d.font * d.lineHeight));
  };
  return cells(level) / cells(from);
}

const clampLevel = (level: number) => Math.max(0, Math.min(MAX_DENSITY, Math.round(level) || 0));
const pt = (n: number) => `${Math.round(n * 100) / 100}pt`;

export function printCss(paper: Paper, level = 0): string {
  const page = PAGE[paper];
  const d = DENSITIES[clampLevel(level)];
  const g = d.gaps;
  const margin = `${Math.max(d.marginY, 0.4)}in ${Math.max(d.marginX, 0.4)}in`;
  const width = paper === 'a4' ? '180mm' : '7.3in';
  return `
@page { size: ${page.size}; margin: ${margin}; }
:root { color-scheme: light; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: #111;
  font: ${pt(d.font)}/${d.lineHeight} "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
main.resume { max-width: ${width}; margin: 0 auto; padding: 0.4in 0; }
header { margin-bottom: ${pt(6 * g)}; }
h1 { font-size: ${pt(d.font * 1.9)}; line-height: 1.15; margin: 0 0 ${pt(3 * g)}; font-weight: 700; }
h2 { font-size: ${pt(d.font + 1)}; text-transform: uppercase; letter-spacing: 0.05em; margin: ${pt(11 * g)} 0 ${pt(4 * g)};
  padding-bottom: ${pt(2 * g)}; border-bottom: 1px solid #888; }
h3 { font-size: ${pt(d.font)}; margin: ${pt(7 * g)} 0 ${pt(1 * g)}; }
h4, h5, h6 { font-size: ${pt(d.font)}; margin: ${pt(5 * g)} 0 ${pt(1 * g)}; }
p { margin: ${pt(2 * g)} 0; }
ul, ol { margin: ${pt(2 * g)} 0 ${pt(4 * g)}; padding-left: 1.15em; }
li { margin: ${pt(1 * g)} 0; }
li > p { margin: 0; }
a { color: #0b3d91; text-decoration: none; }
em { font-style: italic; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
table { border-collapse: collapse; width: 100%; margin: ${pt(3 * g)} 0; }
th, td { text-align: left; vertical-align: top; padding: ${pt(1 * g)} 6pt ${pt(1 * g)} 0; }
hr { border: 0; border-top: 1px solid #bbb; margin: ${pt(6 * g)} 0; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
li, tr { break-inside: avoid; page-break-inside: avoid; }
@media print {
  main.resume { max-width: none; padding: 0; }
  a { color: inherit; }
}
`.trim();
}
