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
      /^(?:requisitos(?: (?:minimos|imprescindibles|obligatorios|obrigatorios|necesarios|excluyentes|del puesto))?|(?:imprescindibles?|obligatorios?|obrigatorios?|essenciais|indispensables?|obligatoires?)|requerimientos|(?:tu |su |el )?perfil(?: (?:buscado|requerido|del candidato))?|(?:(?:que|lo que|o que) )?(?:buscamos|procuramos)(?: en ti)?|requisitos e qualificacoes|seu perfil|(?:votre |ton )?profil(?: (?:recherche|souhaite))?|exigences|competences(?: requises)?|qualifications(?: requises)?|(?:dein|ihr) profil|anforderungen|was (?:du|sie) mitbring(?:st|en)|das bringst du mit|das bringen sie mit|qualifikationen|requisiti(?: richiesti)?|(?:il tuo |il )?profilo(?: ricercato)?|competenze(?: richieste)?|(?:jouw |uw )?profiel|wat (?:wij vragen|we vragen|breng je mee)|functie-?eisen)$/,
  },
  {
    kind: 'responsibilities',
    pattern:
      /^(?:(?:que|lo que) haras|funciones(?: (?:del puesto|principales))?|(?:tus |sus )?(?:responsabilidades|tareas)|(?:o que )?(?:voce )?(?:vai|ira) fazer|(?:principais )?atividades|atribuicoes|(?:vos |tes )?missions(?: principales)?|(?:vos |tes )?responsabilites|(?:deine|ihre) aufgaben|aufgaben|das erwartet (?:dich|sie)|(?:le tue |le )?(?:mansioni|responsabilita|attivita)|(?:jouw |uw )?(?:taken|functie(?:omschrijving)?)|wat ga je doen)$/,
  },
  {
    kind: 'about',
    pattern:
      /^(?:(?:que |lo que )?ofrecemos|beneficios|(?:o que )?oferecemos|(?:ce que )?nous (?:offrons|proposons)|avantages|(?:was )?wir bieten(?: dir| ihnen)?|benefits|(?:cosa )?offriamo|wat (?:wij|we) bieden|sobre (?:nosotros|nos)|quienes somos|quem somos|qui sommes-nous|a propos(?: de nous)?|uber uns|chi siamo|over ons|(?:proceso|processo)(?: de seleccion| de selecao| di selezione)?|processus de recrutement|bewerbungsprozess|sollicitatieprocedure)$/,
  },
];

// Chinese postings (104, PTT, WeChat, Boss): "【需求條件】", "任职要求", "加分條件", "工作內容", traditional and simplified.
const CHINESE: { kind: JobSectionKind; pattern: RegExp }[] = [
  { kind: 'preferred', pattern: /^(?:加分(?:條件|条件|項目|项目|項|项)?|優先(?:條件|考慮)?|优先(?:条件|考虑)?|(?:有以下經驗者?|有以下经验者?)?尤佳)$/u },
  { kind: 'required', pattern: /^(?:(?:需求|應徵|应聘|應聘|任職|任职|職務|职位|職位|岗位|崗位)?(?:條件|条件|要求)|資格|资格|條件要求|条件要求)$/u },
  { kind: 'responsibilities', pattern: /^(?:工作(?:內容|内容|職責|职责)|(?:岗位|崗位|職務|职务)(?:職責|职责|內容|内容|說明|说明))$/u },
  { kind: 'about', pattern: /^(?:公司簡介|公司简介|薪資待遇|薪资待遇|福利(?:制度|待遇)?|應徵方式|应聘方式)$/u },
];

// Russian (after accents are stripped, "й" reads "и" and "ё" "е"), Uzbek and Indonesian or Malay postings:
// "Требования", "Будет плюсом", "Задачи", "Условия"; "Talablar"; "Kualifikasi", "Nilai tambah", "Tanggung jawab".
const OTHER_SCRIPTS: { kind: JobSectionKind; pattern: RegExp }[] = [
  {
    kind: 'preferred',
    pattern: /^(?:(?:будет |большим )?плюсом(?: будет)?|будет большим плюсом|приветствуется|желательно|преимуществом будет|afzalliklar|afzallik|qo'?shimcha afzallik|nilai (?:tambah|plus)|(?:lebih )?diutamakan|poin plus|kelebihan|lebih disukai)$/u,
  },
  {
    kind: 'required',
    pattern: /^(?:требования(?: к кандидату)?|(?:что )?мы (?:ожидаем|ждем)(?: от (?:вас|тебя))?|наши ожидания|ожидания|talablar|nomzodga talablar|kualifikasi(?: (?:umum|khusus|kandidat))?|persyaratan(?: (?:umum|khusus))?|syarat(?:-syarat)?|kriteria(?: kandidat)?|kelayakan)$/u,
  },
  {
    kind: 'responsibilities',
    pattern: /^(?:задачи|обязанности|(?:чем|что) (?:предстоит|нужно|будешь|будете) (?:заниматься|делать)|функционал|vazifalar|majburiyatlar|tanggung ?jawab(?: utama)?|deskripsi (?:pekerjaan|tugas)|uraian (?:tugas|pekerjaan)|tugas(?: utama)?|job ?desk)$/u,
  },
  {
    kind: 'about',
    pattern: /^(?:условия(?: работы)?|(?:что )?мы предлагаем|о (?:компании|нас)|sharoitlar|biz taklif qilamiz|kompaniya haqida|fasilitas|(?:benefit|keuntungan)(?: yang (?:ditawarkan|kamu dapatkan))?|tentang (?:kami|perusahaan)|cara (?:daftar|melamar)|tahapan seleksi)$/u,
  },
];

/** The kind of section a heading in another language names, or undefined. */
export function otherLanguageSection(heading: string): JobSectionKind | undefined {
  const plain = heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/^[¿¡【［\[「]+|[?!:.：】］\]」]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return (HEADINGS.find((h) => h.pattern.test(plain)) ?? OTHER_SCRIPTS.find((h) => h.pattern.test(plain)) ?? CHINESE.find((h) => h.pattern.test(plain.replace(/\s+/g, ''))))?.kind;
}
