// A complete, valid application as the participation form sends it (a person who took 95 s to fill it).
export const application = {
  communeCode: '93048',
  signerName: 'Patrice Bessac',
  signerRole: 'Maire',
  contactName: 'Awa Diallo',
  role: 'Cheffe de projet inclusion numérique',
  email: 'awa.diallo@example.org',
  phone: '+33 1 23 45 67 89',
  components: ['places', 'support'],
  expectedPeople: { 2024: 120, 2025: 300, 2026: 450 },
  prescribers: [
    { organisation: 'CCAS de Montreuil', kind: 'ccas', email: 'ccas@example.org' },
    { organisation: 'Bureau de poste Croix-de-Chavaux', kind: 'la-poste', email: 'poste@example.org' },
  ],
  structures: [
    {
      name: 'Maison du numérique',
      status: 'associative',
      siret: '732 829 320 00074',
      address: '1 rue de Paris, 93100 Montreuil',
      peoplePerYear: 200,
    },
    {
      name: 'La Poste – espace numérique',
      status: 'public',
      siret: '35600000049837',
      address: '2 place de la Croix-de-Chavaux, 93100 Montreuil',
      peoplePerYear: 80,
    },
  ],
  projectDescription: 'Un lieu de médiation au centre social.',
  projectCost: 85000,
  message: '=HYPERLINK("http://evil.example")', // what a spreadsheet would run
  consent: true,
  antispam: { website: '', fillMs: 95_000 },
};
