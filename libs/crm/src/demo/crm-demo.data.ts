/** Believable buyers of a Chinese exporter of tools, hardware and home goods, from many countries. */
export interface DemoCompany {
  name: string;
  localName?: string;
  country: string;
  city: string;
  industry: string;
  /** Absent for a buyer known only by a contact (as the demo's duplicates are). */
  website?: string;
  contact: { name: string; title: string; email: string; phone: string; language: string };
  tags: string[];
  stage: 'lead' | 'prospect' | 'customer' | 'dormant' | 'lost';
}

export const DEMO_TAG_GROUPS: { name: string; kind: 'region' | 'industry' | 'value' | 'custom'; tags: [string, string][] }[] = [
  { name: 'Region', kind: 'region', tags: [['Europe', '#1677ff'], ['North America', '#13c2c2'], ['Latin America', '#52c41a'], ['Middle East', '#fa8c16'], ['Asia-Pacific', '#722ed1'], ['Africa', '#a0d911']] },
  { name: 'Industry', kind: 'industry', tags: [['Hardware', '#2f54eb'], ['Home & Garden', '#eb2f96'], ['Retail chain', '#faad14'], ['Importer', '#1890ff'], ['E-commerce', '#f5222d']] },
  { name: 'Value', kind: 'value', tags: [['High margin', '#389e0d'], ['Price sensitive', '#cf1322'], ['Pays on time', '#08979c']] },
  { name: 'Source', kind: 'custom', tags: [['Canton Fair', '#d46b08'], ['Alibaba', '#fa541c'], ['Referral', '#7cb305']] },
];

export const DEMO_COMPANIES: DemoCompany[] = [
  { name: 'Hanse Werkzeug GmbH', country: 'DE', city: 'Hamburg', industry: 'Hardware', website: 'hanse-werkzeug.de', contact: { name: 'Anna Weber', title: 'Head of Purchasing', email: 'a.weber@hanse-werkzeug.de', phone: '+49 40 3012 4455', language: 'de' }, tags: ['Europe', 'Hardware', 'Pays on time', 'Canton Fair'], stage: 'customer' },
  { name: 'Bricolage Provence SARL', country: 'FR', city: 'Marseille', industry: 'Home & Garden', website: 'bricolage-provence.fr', contact: { name: 'Julien Moreau', title: 'Acheteur', email: 'j.moreau@bricolage-provence.fr', phone: '+33 4 91 55 12 30', language: 'fr' }, tags: ['Europe', 'Home & Garden', 'Price sensitive'], stage: 'customer' },
  { name: 'Ferramenta Nord S.r.l.', country: 'IT', city: 'Milano', industry: 'Hardware', website: 'ferramentanord.it', contact: { name: 'Giulia Rossi', title: 'Purchasing Manager', email: 'giulia.rossi@ferramentanord.it', phone: '+39 02 8734 1100', language: 'it' }, tags: ['Europe', 'Hardware', 'High margin'], stage: 'customer' },
  { name: 'Casa Ibérica S.L.', country: 'ES', city: 'Valencia', industry: 'Home & Garden', website: 'casaiberica.es', contact: { name: 'Lucía Fernández', title: 'Directora de Compras', email: 'lucia@casaiberica.es', phone: '+34 961 234 567', language: 'es' }, tags: ['Europe', 'Home & Garden', 'Alibaba'], stage: 'prospect' },
  { name: 'Dutch Garden Supplies B.V.', country: 'NL', city: 'Rotterdam', industry: 'Home & Garden', website: 'dutchgardensupplies.nl', contact: { name: 'Pieter de Vries', title: 'Category Manager', email: 'pieter@dutchgardensupplies.nl', phone: '+31 10 412 8899', language: 'nl' }, tags: ['Europe', 'Home & Garden', 'Importer', 'Pays on time'], stage: 'customer' },
  { name: 'Nordic Home AB', country: 'SE', city: 'Göteborg', industry: 'Retail chain', website: 'nordichome.se', contact: { name: 'Erik Lindqvist', title: 'Sourcing Lead', email: 'erik.lindqvist@nordichome.se', phone: '+46 31 700 1234', language: 'sv' }, tags: ['Europe', 'Retail chain', 'High margin'], stage: 'customer' },
  { name: 'Polska Narzędzia Sp. z o.o.', country: 'PL', city: 'Poznań', industry: 'Hardware', website: 'polskanarzedzia.pl', contact: { name: 'Marek Nowak', title: 'Kierownik Zakupów', email: 'm.nowak@polskanarzedzia.pl', phone: '+48 61 855 2040', language: 'pl' }, tags: ['Europe', 'Hardware', 'Price sensitive', 'Canton Fair'], stage: 'prospect' },
  { name: 'Britannia Tools Ltd', country: 'GB', city: 'Birmingham', industry: 'Hardware', website: 'britanniatools.co.uk', contact: { name: 'Oliver Smith', title: 'Buying Director', email: 'oliver.smith@britanniatools.co.uk', phone: '+44 121 496 0123', language: 'en' }, tags: ['Europe', 'Hardware', 'Importer'], stage: 'customer' },
  { name: 'Great Lakes Hardware Inc.', country: 'US', city: 'Chicago', industry: 'Retail chain', website: 'greatlakeshardware.com', contact: { name: 'Jennifer Miller', title: 'Senior Buyer', email: 'jmiller@greatlakeshardware.com', phone: '+1 312 555 0148', language: 'en' }, tags: ['North America', 'Retail chain', 'High margin', 'Pays on time'], stage: 'customer' },
  { name: 'Pacific Coast Home Goods LLC', country: 'US', city: 'Los Angeles', industry: 'E-commerce', website: 'pacificcoasthome.com', contact: { name: 'David Kim', title: 'Founder', email: 'david@pacificcoasthome.com', phone: '+1 213 555 0199', language: 'en' }, tags: ['North America', 'E-commerce', 'Alibaba'], stage: 'prospect' },
  { name: 'Maple Leaf Supply Co.', country: 'CA', city: 'Toronto', industry: 'Importer', website: 'mapleleafsupply.ca', contact: { name: 'Sarah Tremblay', title: 'Import Manager', email: 'sarah@mapleleafsupply.ca', phone: '+1 416 555 0172', language: 'en' }, tags: ['North America', 'Importer', 'Referral'], stage: 'customer' },
  { name: 'Ferretería El Águila S.A. de C.V.', country: 'MX', city: 'Monterrey', industry: 'Hardware', website: 'ferreteriaelaguila.mx', contact: { name: 'Carlos Hernández', title: 'Gerente de Compras', email: 'carlos.hernandez@ferreteriaelaguila.mx', phone: '+52 81 8123 4567', language: 'es' }, tags: ['Latin America', 'Hardware', 'Price sensitive'], stage: 'customer' },
  { name: 'Casa & Jardim Ltda.', country: 'BR', city: 'São Paulo', industry: 'Home & Garden', website: 'casaejardim.com.br', contact: { name: 'Ana Souza', title: 'Compradora', email: 'ana.souza@casaejardim.com.br', phone: '+55 11 3456 7890', language: 'pt' }, tags: ['Latin America', 'Home & Garden', 'Canton Fair'], stage: 'lead' },
  { name: 'Andes Importaciones SpA', country: 'CL', city: 'Santiago', industry: 'Importer', website: 'andesimportaciones.cl', contact: { name: 'Javier Muñoz', title: 'Gerente General', email: 'jmunoz@andesimportaciones.cl', phone: '+56 2 2345 6789', language: 'es' }, tags: ['Latin America', 'Importer'], stage: 'dormant' },
  { name: 'Gulf Building Materials LLC', country: 'AE', city: 'Dubai', industry: 'Importer', website: 'gulfbuildingmaterials.ae', contact: { name: 'Omar Al Mansoori', title: 'Procurement Head', email: 'omar@gulfbuildingmaterials.ae', phone: '+971 4 123 4567', language: 'ar' }, tags: ['Middle East', 'Importer', 'High margin'], stage: 'customer' },
  { name: 'Riyadh Tools Est.', country: 'SA', city: 'Riyadh', industry: 'Hardware', website: 'riyadhtools.sa', contact: { name: 'Faisal Al Harbi', title: 'Owner', email: 'faisal@riyadhtools.sa', phone: '+966 11 234 5678', language: 'ar' }, tags: ['Middle East', 'Hardware', 'Alibaba'], stage: 'prospect' },
  { name: 'Anadolu Yapı Market A.Ş.', country: 'TR', city: 'İstanbul', industry: 'Retail chain', website: 'anadoluyapi.com.tr', contact: { name: 'Mehmet Yılmaz', title: 'Satın Alma Müdürü', email: 'mehmet.yilmaz@anadoluyapi.com.tr', phone: '+90 212 345 6789', language: 'tr' }, tags: ['Middle East', 'Retail chain', 'Price sensitive'], stage: 'customer' },
  { name: 'Sakura Home Center 株式会社', localName: 'さくらホームセンター株式会社', country: 'JP', city: 'Osaka', industry: 'Retail chain', website: 'sakura-hc.co.jp', contact: { name: 'Tanaka Hiroshi', title: '購買部長', email: 'h.tanaka@sakura-hc.co.jp', phone: '+81 6 6123 4567', language: 'ja' }, tags: ['Asia-Pacific', 'Retail chain', 'High margin', 'Pays on time'], stage: 'customer' },
  { name: 'Hankook Living Co., Ltd.', country: 'KR', city: 'Seoul', industry: 'E-commerce', website: 'hankookliving.kr', contact: { name: 'Kim Min-jun', title: 'MD', email: 'minjun.kim@hankookliving.kr', phone: '+82 2 3456 7890', language: 'ko' }, tags: ['Asia-Pacific', 'E-commerce'], stage: 'prospect' },
  { name: 'Southern Cross Trade Pty Ltd', country: 'AU', city: 'Sydney', industry: 'Importer', website: 'southerncrosstrade.com.au', contact: { name: 'Emma Wilson', title: 'Procurement Manager', email: 'emma.wilson@southerncrosstrade.com.au', phone: '+61 2 9123 4567', language: 'en' }, tags: ['Asia-Pacific', 'Importer', 'Referral'], stage: 'customer' },
  { name: 'Saigon Hardware Trading JSC', country: 'VN', city: 'Ho Chi Minh City', industry: 'Hardware', website: 'saigonhardware.vn', contact: { name: 'Nguyen Van An', title: 'Director', email: 'an.nguyen@saigonhardware.vn', phone: '+84 28 3823 4567', language: 'vi' }, tags: ['Asia-Pacific', 'Hardware', 'Price sensitive'], stage: 'lead' },
  { name: 'PT Maju Jaya Perkakas Tbk', country: 'ID', city: 'Jakarta', industry: 'Hardware', website: 'majujaya.co.id', contact: { name: 'Budi Santoso', title: 'Purchasing', email: 'budi@majujaya.co.id', phone: '+62 21 5123 4567', language: 'id' }, tags: ['Asia-Pacific', 'Hardware', 'Canton Fair'], stage: 'customer' },
  { name: 'Mumbai Home Essentials Pvt. Ltd.', country: 'IN', city: 'Mumbai', industry: 'E-commerce', website: 'mumbaihome.in', contact: { name: 'Priya Sharma', title: 'Sourcing Head', email: 'priya@mumbaihome.in', phone: '+91 22 2345 6789', language: 'en' }, tags: ['Asia-Pacific', 'E-commerce', 'Price sensitive', 'Alibaba'], stage: 'prospect' },
  { name: 'Cape Hardware Distributors (Pty) Ltd', country: 'ZA', city: 'Cape Town', industry: 'Importer', website: 'capehardware.co.za', contact: { name: 'Thabo Nkosi', title: 'Buyer', email: 'thabo@capehardware.co.za', phone: '+27 21 123 4567', language: 'en' }, tags: ['Africa', 'Importer'], stage: 'dormant' },
  { name: 'Lagos Building Supplies Ltd', country: 'NG', city: 'Lagos', industry: 'Importer', website: 'lagosbuildingsupplies.ng', contact: { name: 'Chinedu Okafor', title: 'MD', email: 'chinedu@lagosbuildingsupplies.ng', phone: '+234 803 123 4567', language: 'en' }, tags: ['Africa', 'Importer', 'Referral'], stage: 'lead' },
  { name: 'Moscow Instrument OOO', localName: 'ООО «Инструмент»', country: 'RU', city: 'Moscow', industry: 'Hardware', website: 'instrument-msk.ru', contact: { name: 'Dmitry Ivanov', title: 'Закупки', email: 'd.ivanov@instrument-msk.ru', phone: '+7 495 123 4567', language: 'ru' }, tags: ['Europe', 'Hardware'], stage: 'lost' },
  { name: 'Alpine Haus AG', country: 'CH', city: 'Zürich', industry: 'Retail chain', website: 'alpinehaus.ch', contact: { name: 'Lukas Meier', title: 'Einkaufsleiter', email: 'lukas.meier@alpinehaus.ch', phone: '+41 44 123 45 67', language: 'de' }, tags: ['Europe', 'Retail chain', 'High margin'], stage: 'prospect' },
  { name: 'Cairo Tools Trading Co.', country: 'EG', city: 'Cairo', industry: 'Hardware', website: 'cairotools.com.eg', contact: { name: 'Ahmed Hassan', title: 'General Manager', email: 'ahmed@cairotools.com.eg', phone: '+20 2 2345 6789', language: 'ar' }, tags: ['Africa', 'Middle East', 'Hardware'], stage: 'lead' },
  // Two buyers entered a second time, as happens before Tradewind: the duplicates page offers to merge
  // them (one by a colleague's e-mail on the same domain, one by a name with a typing slip).
  { name: 'Hanse Tools Hamburg', country: 'DE', city: 'Hamburg', industry: 'Hardware', contact: { name: 'Klaus Schulz', title: 'Buyer', email: 'k.schulz@hanse-werkzeug.de', phone: '+49 40 3012 4460', language: 'de' }, tags: ['Europe', 'Alibaba'], stage: 'lead' },
  { name: 'Britania Tools Ltd', country: 'GB', city: 'Birmingham', industry: 'Hardware', contact: { name: 'Oliver Smith', title: 'Buyer', email: 'oliver.britannia@gmail.com', phone: '+44 7911 123456', language: 'en' }, tags: ['Europe', 'Canton Fair'], stage: 'lead' },
];

export const DEMO_ACTIVITY_SUBJECTS = [
  ['email', 'Sent the new catalogue and price list'],
  ['call', 'Discussed the autumn order quantities'],
  ['meeting', 'Met at the Canton Fair booth'],
  ['whatsapp', 'Asked for the packing details of item 3021'],
  ['wechat', 'Shared photos of the QC samples'],
  ['note', 'Prefers CIF Hamburg and T/T 30/70'],
  ['email', 'Quotation follow-up: waiting for their budget approval'],
  ['call', 'Complaint about carton strength, promised better packing'],
] as const;
