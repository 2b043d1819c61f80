// Personal details that US and Canadian resumes leave out, by label. Each kind carries the reason the
// message gives. Labels are matched as whole words followed by a colon (or a dash) in the text.

export type PersonalDetailKind =
  | 'date of birth'
  | 'age'
  | 'marital status'
  | 'nationality'
  | 'gender'
  | 'religion'
  | 'ID number'
  | 'family details'
  | 'physical details'
  | 'photo'
  | 'military service'
  | 'salary';

export const PERSONAL_DETAIL_LABELS: Record<PersonalDetailKind, string[]> = {
  'date of birth': ['date of birth', 'birth date', 'birthdate', 'birthday', 'dob', 'd.o.b', 'd.o.b.', 'born'],
  age: ['age'],
  'marital status': ['marital status', 'civil status', 'relationship status'],
  nationality: ['nationality', 'place of birth', 'birthplace', 'birth place', 'country of birth', 'country of origin', 'state of origin', 'native place', 'hometown', 'home town', 'ethnicity', 'race'],
  gender: ['gender', 'sex'],
  religion: ['religion', 'religious affiliation', 'faith', 'caste'],
  'ID number': [
    'ssn', 'social security number', 'social security no', 'sin', 'social insurance number', 'passport number',
    'passport no', 'passport', 'national id', 'national id number', 'national identity number', 'id number', 'id no',
    'aadhaar', 'aadhaar number', 'aadhar', 'pan number', 'nric', "driver's license number", "driver's licence number",
    // National identity and tax numbers of the countries many applicants come from, by their usual names.
    'curp', 'rfc', 'cpf', 'dni', 'nie', 'cnic', 'pesel', 'hkid', 'cédula', 'cedula', 'cédula de ciudadanía', 'cedula de ciudadania', 'cédula de identidad', 'national insurance number',
    'resident registration number', 'tax id', 'tax file number', 'identity no', 'identity number', 'identity card number',
    'id card number', 'identification number', 'national identification number',
  ],
  'family details': [
    "father's name", "mother's name", "spouse's name", "husband's name", "wife's name", 'spouse', 'children', 'number of children',
    'dependents', 'number of dependents', 'pregnancy', 'pregnancy status',
  ],
  'physical details': ['height', 'weight', 'blood group', 'blood type'],
  photo: ['photo', 'photograph'],
  // Conscription status, a staple of CVs from countries with military service: it signals sex and age.
  'military service': ['military service', 'military status', 'military obligation', 'military service status', 'national service', 'military card', 'libreta militar'],
  // Not a protected ground, but the same kind of detail: it belongs to the offer, not to the resume.
  salary: [
    'salary expectation', 'salary expectations', 'expected salary', 'salary aspiration', 'salary aspirations', 'desired salary',
    'salary requirement', 'salary requirements', 'current salary', 'present salary', 'last drawn salary', 'expected ctc', 'current ctc',
    'salary pretension', 'salary pretensions', 'pretended salary',
  ],
};

/** Why each kind is left out, for the message. */
export const PERSONAL_DETAIL_REASONS: Record<PersonalDetailKind, string> = {
  'date of birth': 'US and Canadian employers leave birth dates out to avoid age discrimination; remove it.',
  age: 'US and Canadian employers leave age out to avoid age discrimination; remove it.',
  'marital status': 'marital status is a protected ground in US and Canadian hiring and does not belong on a resume.',
  nationality:
    'US and Canadian resumes leave nationality, birthplace and ethnicity out; if it matters, state your work authorization instead (e.g. "Authorized to work in Canada").',
  gender: 'gender is a protected ground in US and Canadian hiring and does not belong on a resume.',
  religion: 'religion is a protected ground in US and Canadian hiring and does not belong on a resume.',
  'ID number':
    'never put an ID number (SSN, SIN, passport, national ID) on a resume: employers need it only after an offer, and a resume is shared widely.',
  'family details': 'family details are left out of US and Canadian resumes.',
  'physical details': 'physical details are left out of US and Canadian resumes unless the job itself requires them.',
  photo: 'US and Canadian resumes leave photos out — they invite bias, and many applicant-tracking systems drop them.',
  'military service':
    'a military-service status (done, exempt, deferred) tells a US or Canadian reader your sex and age and nothing about the job; leave it out (service as work experience goes under Experience).',
  salary: 'US and Canadian resumes leave pay out: a current or expected salary is discussed with the employer (or asked on the application form), and on the page it can only cost you.',
};
