import { writeFileSync } from 'node:fs';

/** Writes a trained model as JSON with one weight a line, so a retrain shows as a readable diff. */
export function writeModelJson(file: string, model: { weights: Record<string, number> } & Record<string, unknown>): void {
  const { weights, ...head } = model;
  const body = Object.entries(weights).map(([k, v]) => `    ${JSON.stringify(k)}: ${v}`).join(',\n');
  writeFileSync(file, JSON.stringify(head, null, 2).replace(/\n}$/, `,\n  "weights": {\n${body}\n  }\n}\n`));
}
