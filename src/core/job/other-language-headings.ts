// Section headings of postings written in Spanish, Portuguese, French, German, Italian or Dutch
// ("Requisitos", "Se valorará", "Dein Profil", "Vos missions"). A student abroad pastes such a posting
// as it came; its skills are the same technologies, and the heading still says whether they are asked,
// wished for or only used on the job. Only whole headings are read: a heading is short and set apart,
// and a phrase of these words inside a sentence says nothing about sections.
import type { JobSectionKind } from './types';

const HEADINGS: { kind: JobSectionKind; pattern: RegExp }[] = [
  {
    kind: 'preferred',
    pattern:
      /^(?:se valorara(?:n)?(?: positivamente)?|valoramos|(?:requisitos |conocimientos )?(?:deseables?|valorables?)|(?:seria|sera) un plus|plus|es un plus|diferenciais|desejave(?:l|is)|(?:sera )?um diferencial|atouts?|(?:les )?(?:petits )?plus|(?:serait|est) un plus|souhaite|(?:von )?vorteil(?:haft)?|(?:wunschenswert|nice to have|pluspunkte)|(?:costituira |e )?titolo preferenziale|(?:requisiti )?graditi)$/,
  },
  {
    kind: 'required',
    pattern:
      /^(?:requisitos(?: (?:minimos|imprescindibles|obligatorios|obrigatorios|necesarios|del puesto))?|(?:imprescindibles?|obligatorios?|obrigatorios?|essenciais|indispensables?|obligatoires?)|requerimientos|(?:tu |su |el )?perfil(?: (?:buscado|requerido|del candidato))?|(?:(?:que|lo que|o que) )?(?:buscamos|procuramos)(?: en ti)?|requisitos e qualificacoes|seu perfil|(?:votre |ton )?profil(?: (?:recherche|souhaite))?|exigences|competences(?: requises)?|qualifications(?: requises)?|(?:dein|ihr) profil|anforderungen|was (?:du|sie) mitbring(?:st|en)|das bringst du mit|das bringen sie mit|qualifikationen|requisiti(?: richiesti)?|(?:il tuo |il )?profilo(?: ricercato)?|competenze(?: richieste)?|(?:jouw |uw )?profiel|wat (?:wij vragen|we vragen|breng je mee)|functie-?eisen)$/,
  },
  {
    kind: 'responsibilities',
    pattern:
      /^(?:(?:que|lo que) haras|funciones(?: del puesto)?|(?:tus |sus )?(?:responsabilidades|tareas)|(?:o que )?(?:voce )?(?:vai|ira) fazer|(?:principais )?atividades|atribuicoes|(?:vos |tes )?missions(?: principales)?|(?:vos |tes )?responsabilites|(?:deine|ihre) aufgaben|aufgaben|das erwartet (?:dich|sie)|(?:le tue |le )?(?:mansioni|responsabilita|attivita)|(?:jouw |uw )?(?:taken|functie(?:omschrijving)?)|wat ga je doen)$/,
  },
  {
    kind: 'about',
    pattern:
      /^(?:(?:que |lo que )?ofrecemos|beneficios|(?:o que )?oferecemos|(?:ce que )?nous (?:offrons|proposons)|avantages|(?:was )?wir bieten(?: dir| ihnen)?|benefits|(?:cosa )?offriamo|wat (?:wij|we) bieden|sobre (?:nosotros|nos)|quienes somos|quem somos|qui sommes-nous|a propos(?: de nous)?|uber uns|chi siamo|over ons|(?:proceso|processo)(?: de seleccion| de selecao| di selezione)?|processus de recrutement|bewerbungsprozess|sollicitatieprocedure)$/,
  },
];

/** The kind of section a heading in another language names, or undefined. */
export function otherLanguageSection(heading: string): JobSectionKind | undefined {
  const plain = heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^[¿¡]+|[?!:.]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return HEADINGS.find((h) => h.pattern.test(plain))?.kind;
}
