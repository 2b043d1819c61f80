// Print stylesheet: one column, system fonts (nothing to download), compact spacing that fits a
// student resume on one page, headings that never end a page, bullets that never split across pages.

export type Paper = 'letter' | 'a4';

const PAGE: Record<Paper, { size: string; margin: string; width: string }> = {
  letter: { size: 'letter', margin: '0.5in 0.6in', width: '7.3in' },
  a4: { size: 'A4', margin: '12mm 15mm', width: '180mm' },
};

export function printCss(paper: Paper): string {
  const page = PAGE[paper];
  return `
@page { size: ${page.size}; margin: ${page.margin}; }
:root { color-scheme: light; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #fff; color: #111;
  font: 10.5pt/1.35 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
main.resume { max-width: ${page.width}; margin: 0 auto; padding: 0.4in 0; }
header { margin-bottom: 6pt; }
h1 { font-size: 20pt; line-height: 1.15; margin: 0 0 3pt; font-weight: 700; }
h2 { font-size: 11.5pt; text-transform: uppercase; letter-spacing: 0.05em; margin: 11pt 0 4pt;
  padding-bottom: 2pt; border-bottom: 1px solid #888; }
h3 { font-size: 10.5pt; margin: 7pt 0 1pt; }
h4, h5, h6 { font-size: 10.5pt; margin: 5pt 0 1pt; }
p { margin: 2pt 0; }
ul, ol { margin: 2pt 0 4pt; padding-left: 1.15em; }
li { margin: 1pt 0; }
li > p { margin: 0; }
a { color: #0b3d91; text-decoration: none; }
em { font-style: italic; }
code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.92em; }
table { border-collapse: collapse; width: 100%; margin: 3pt 0; }
th, td { text-align: left; vertical-align: top; padding: 1pt 6pt 1pt 0; }
hr { border: 0; border-top: 1px solid #bbb; margin: 6pt 0; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
li, tr { break-inside: avoid; page-break-inside: avoid; }
@media print {
  main.resume { max-width: none; padding: 0; }
  a { color: inherit; }
}
`.trim();
}
