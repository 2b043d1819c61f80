// The legal forms companies print after their names ("Acme Robotics Inc.", "Kiyosato Devices Co., Ltd.",
// "Nordvik AB", Malaysia's "Sdn. Bhd.", Mexico's "S.A. de C.V.", Poland's "sp. z o.o."): one list, so a letterhead, an imprint line and a name in brackets are read alike and a
// name is tidied of the same forms it was recognised by.

/** A legal form as a regular-expression source (no anchors, no leading separator). */
export const LEGAL_FORM =
  '(?:(?:Co\\.,?\\s*)?Ltd\\.?|Inc\\.?|inc\\.|Incorporated|LLC|L\\.L\\.C\\.|LLP|Limited|Corp\\.?|Corporation|GmbH|AG|SE|plc|Plc|PLC|S\\.A\\.?|SAS|B\\.V\\.?|N\\.V\\.?|ULC|(?:Pty|Pte|Pvt|Private)\\.? (?:Ltd\\.?|Limited)|DAC|K\\.K\\.?|Oyj?|AB|A/S|AS|ASA|ApS|SARL|S\\.L\\.|SRL|S\\.p\\.A\\.|SpA|S\\.A\\.S\\.|SA de CV|Sdn\\.? Bhd\\.?|Bhd\\.?|Tbk\\.?|Ltda\\.?|S\\.R\\.L\\.?|S\\.A\\. de C\\.V\\.|[Ss]p\\. z o\\.o\\.|Kft\\.?|A\\.Ş\\.)';

/** A legal form at the end of a name, with the comma or space before it, as written. */
const TRAILING_LEGAL_FORM = new RegExp(`[,.]?\\s+${LEGAL_FORM}\\.?$`);
/** The long forms in capitals too ("ACME TOOLS LTD"); the short ones only as written, so "Nutrien Ag" keeps its last word. */
const TRAILING_LONG_FORM = /[,.]?\s+(?:(?:Co\.,?\s*)?Ltd|Limited|Inc|Incorporated|LLC|LLP|Corp|Corporation|GmbH)\.?$/i;

/** Whether the name ends in a legal form ("Acme Potash Ltd.", "Acme Analytical, LLC"). */
export function endsInLegalForm(name: string): boolean {
  return withoutLegalForm(name) !== name;
}

/** "PT Sendang Logam Abadi" (Indonesia's Perseroan Terbatas): a legal form written before the name, whose words are in title case. */
export const LEGAL_FORM_FIRST = /\b(PT\.? (?:[A-Z][a-z][\w'’-]*)(?: [A-Z][a-z][\w'’-]*){0,4})/g;

/** The name without a legal form at its end. */
export function withoutLegalForm(name: string): string {
  return name.replace(TRAILING_LEGAL_FORM, '').replace(TRAILING_LONG_FORM, '');
}
