// Methods, analyses and codes of the technical professions beside software — civil and structural
// engineering, analytical chemistry, finance — that their postings ask for by name. O*NET's examples
// (./onet.ts) name the tools (software, instruments); these are the methods and standards themselves.
// Notation: see ../notation.ts.

import type { SkillGroup } from '../types';

export const DISCIPLINES: SkillGroup = {
  kind: 'hard',
  category: 'domain',
  entries: [
    // Civil and structural engineering.
    'structural analysis|structural analyses',
    'structural design',
    'reinforced concrete|reinforced concrete design',
    'Civil 3D|Autodesk Civil 3D|AutoCAD Civil 3D', // its name until 2019
    'condition assessment|condition assessments',
    'geotechnical engineering',
    'coastal engineering',
    'National Building Code of Canada|NBCC',
    'CSA S6|Canadian Highway Bridge Design Code|CHBDC',
    'CCDC contracts|^CCDC',
    'occupational health and safety|occupational health & safety|OHS|OH&S',
    // Analytical chemistry: separation and mass spectrometry, and the pharmacopoeias and guidelines methods follow.
    'HPLC|UHPLC|UPLC|high-performance liquid chromatography|high performance liquid chromatography',
    'gas chromatography',
    'GC-MS|GC/MS|gas chromatography-mass spectrometry',
    'LC-MS|LC/MS|liquid chromatography-mass spectrometry',
    'LC-MS/MS|tandem mass spectrometry',
    'method validation|analytical method validation',
    'ICH guidelines|^ICH|ICH Q2',
    'European Pharmacopoeia|Ph. Eur.|Ph.Eur.',
    'United States Pharmacopeia|?USP',
    // Finance.
    'FP&A|financial planning and analysis|financial planning & analysis',
    '!budgeting|budget planning|budget forecasting',
    'variance analysis',
    'financial statements|financial statement analysis',
    'financial reporting',
    // Security and ML serving terms that postings name beside the products.
    'CSPM|cloud security posture management',
    'CNAPP|cloud-native application protection platform|cloud-native application protection',
    'CWPP|cloud workload protection',
    '^STRIDE|STRIDE threat modeling|STRIDE threat modelling',
    'PSD2|open banking',
    'TensorRT-LLM',
    '?Triton|Triton Inference Server',
  ],
};
