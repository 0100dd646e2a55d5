/**
 * The world of a Chinese exporter's buyers, for the CRM generators: countries weighted like an
 * exporter's customer base, each with its cities, legal forms, web domain and the language its
 * company and people names are drawn from. Names are built from syllables and trade words, so
 * 100,000 companies get distinct, plausible names ("Kronhaus Werkzeughandel GmbH", "Comercial
 * Solvera S.A. de C.V.", "PT Sinar Makmur Abadi Tbk").
 */

export type LanguageKey =
  | 'en' | 'de' | 'fr' | 'es' | 'it' | 'pt' | 'nl' | 'nordic' | 'pl' | 'cs' | 'tr' | 'ar' | 'ru' | 'ja' | 'ko' | 'vi' | 'id' | 'th' | 'hi' | 'zh';

/** Where the customers' own script name (local_name) comes from, for countries that write one. */
export type LocalScript = 'ja' | 'ru' | 'ko' | 'zh' | 'ar' | 'th';

export interface Language {
  /** Brand words are a start and an end syllable: "Kron" + "haus". */
  starts: readonly string[];
  ends: readonly string[];
  /** What the company does, as the name says it. */
  trades: readonly string[];
  given: readonly string[];
  surnames: readonly string[];
  /** BCP 47 tag for contact.preferred_language. */
  tag: string;
  /** Job titles as contacts sign. */
  titles: readonly string[];
  /** Where the legal form goes; most put it last. */
  formFirst?: boolean;
}

export interface Country {
  code: string;
  /** Relative share of the customer base. */
  weight: number;
  language: LanguageKey;
  cities: readonly string[];
  /** Legal forms as people write them, with weights; '' is a name without one. */
  forms: readonly (readonly [string, number])[];
  /** Web domain ending: "de", "co.uk", "com.br". */
  tld: string;
  /** Free-mail providers people of this country use besides gmail/hotmail/yahoo/outlook. */
  freeMail: readonly string[];
  localScript?: LocalScript;
}

const words = (text: string): readonly string[] => text.trim().split(/\s*\|\s*|\s{2,}|\n\s*/).filter(Boolean);
/** Space-separated items; an underscore stands for a space inside one ("New_York", "de_Jong"). */
const list = (text: string): readonly string[] => text.trim().split(/\s+/).map((item) => item.replace(/_/g, ' '));

const GENERIC_TITLES = list('Purchasing_Manager Buyer Senior_Buyer Import_Manager Owner General_Manager Sourcing_Manager Category_Manager Director Procurement_Officer');

// prettier-ignore
export const LANGUAGES: Record<LanguageKey, Language> = {
  en: {
    starts: list('Ash Bright Crest Golden Harbor Iron Key North Oak Pine Red River Silver Stone Summit Blue Eagle West East Green Star Lake Maple Park Crown Bay'),
    ends: list('field wood brook line point ridge view gate well stone ford bridge land port way side mark hill'),
    trades: words('Trading | Supply | Hardware | Home Goods | Industries | Distribution | Imports | Tools | Building Supplies | Housewares | Garden Products | Wholesale | International | Merchandise | Sourcing'),
    given: list('James John Robert Michael William David Mary Jennifer Linda Sarah Emma Olivia Daniel Matthew Laura Emily Thomas Chris Jessica Andrew Karen Brian Kevin Nancy Lisa'),
    surnames: list('Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore Martin Jackson White Harris Clark Lewis Walker Young Allen King Wright Scott Baker'),
    tag: 'en',
    titles: GENERIC_TITLES,
  },
  de: {
    starts: list('Kron Wald Berg Stein Hansa Nord Sonn Eich Falk Lind Adler Alpen Rhein Elb Hoch Brand Tann Fels Licht Wolf Greif Stark Blau Gold'),
    ends: list('haus berg werk hof mann feld tal stadt bach hain burg brück wald stein ring tor'),
    trades: words('Werkzeughandel | Baustoffe | Haushaltswaren | Handelsgesellschaft | Technik | Import | Vertrieb | Gartenbedarf | Metallwaren | Eisenwaren | Industriebedarf | Großhandel'),
    given: list('Anna Lukas Thomas Stefan Michael Andreas Katrin Sabine Julia Markus Jürgen Petra Claudia Tobias Jan Frank Monika Uwe Sven Birgit Maximilian Lena'),
    surnames: list('Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann'),
    tag: 'de',
    titles: words('Einkaufsleiter | Einkäufer | Geschäftsführer | Leiter Einkauf | Category Manager | Inhaber | Head of Purchasing'),
  },
  fr: {
    starts: list('Beau Mont Val Clair Belle Saint Grand Roche Pont Bois Fleur Cha Mar Lou Ver Cour Riv Pré'),
    ends: list('mont val lieu ville court champ fort rive lac bois nier ette ard ier'),
    trades: words('Bricolage | Outillage | Distribution | Quincaillerie | Maison et Jardin | Import | Négoce | Équipements | Fournitures | Commerce'),
    given: list('Julien Marie Camille Nicolas Pierre Sophie Isabelle Thomas Antoine Céline Nathalie François Laurent Émilie Claire Hugo Léa Mathieu Chloé'),
    surnames: list('Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia Roux Fournier Girard Bonnet Lambert'),
    tag: 'fr',
    titles: words('Acheteur | Responsable Achats | Directeur Général | Gérant | Chef de produit | Directrice des Achats'),
  },
  es: {
    starts: list('Sol Mar Luz Rio Monte Valle Costa Sierra Alta Nueva Oro Plata Terra Vista Cruz Roble Pino Aguila Norte Sur'),
    ends: list('vera mar sol nova luz ria dor tec plast mex sur ona ada ero'),
    trades: words('Comercial | Importaciones | Ferretería | Distribuidora | Suministros | Herramientas | Hogar | Materiales | Industrial | Representaciones'),
    given: list('Carlos María José Lucía Javier Ana Miguel Laura Alejandro Sofía Diego Carmen Juan Elena Pablo Valentina Andrés Paula Luis Gabriela'),
    surnames: list('García Rodríguez Martínez López González Hernández Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Muñoz Romero Álvarez Castillo Vargas Rojas'),
    tag: 'es',
    titles: words('Gerente de Compras | Comprador | Director General | Jefe de Importaciones | Gerente General | Propietario'),
  },
  it: {
    starts: list('Ferr Tecn Nord Sud Alp Adri Lomb Ven Sol Mar Pont Vall Rosa Oro Brun Cas Fior'),
    ends: list('ami ital ella ini one ana etti oro ara ico ento'),
    trades: words('Ferramenta | Utensili | Forniture | Commerciale | Casalinghi | Importazioni | Distribuzione | Edilizia | Industria | Articoli per la Casa'),
    given: list('Giulia Marco Luca Alessandro Francesca Chiara Matteo Andrea Giorgio Sara Paolo Elena Roberto Valentina Stefano Federica'),
    surnames: list('Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca Costa Giordano Mancini Rizzo Lombardi Moretti'),
    tag: 'it',
    titles: words('Responsabile Acquisti | Buyer | Amministratore | Direttore Commerciale | Titolare'),
  },
  pt: {
    starts: list('Casa Terra Mar Sol Rio Nova Ouro Prata Vale Serra Brasil Lusa Porto Alto Verde Estrela'),
    ends: list('mar sol lar forte nova luz tec bras sul ville'),
    trades: words('Comércio | Importadora | Ferragens | Distribuidora | Utilidades | Materiais de Construção | Ferramentas | Casa e Jardim | Suprimentos'),
    given: list('Ana João Pedro Maria Lucas Gabriel Juliana Rafael Fernanda Bruno Camila Rodrigo Patrícia Tiago Beatriz Felipe'),
    surnames: list('Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro Martins Carvalho Almeida Lopes Araújo Barbosa'),
    tag: 'pt',
    titles: words('Comprador | Gerente de Compras | Diretor | Sócio | Gerente Comercial'),
  },
  nl: {
    starts: list('Zee Dijk Noord Oost West Hol Brug Molen Vlas Tul Haven Polder Lin Eik Groen Vrij'),
    ends: list('land dam veld huis berg hof wijk haven stad poort bos'),
    trades: words('Handelsonderneming | Tuinartikelen | Gereedschap | Import | Groothandel | Bouwmaterialen | Huishoudelijke Artikelen | Distributie'),
    given: list('Pieter Jan Sanne Lotte Daan Sem Emma Femke Bram Thijs Anouk Ruben Eva Joost Maarten Inge'),
    surnames: list('de_Jong Jansen de_Vries van_den_Berg van_Dijk Bakker Visser Smit Meijer de_Boer Mulder de_Groot Bos Vos Peters Hendriks'),
    tag: 'nl',
    titles: words('Inkoper | Inkoopmanager | Directeur | Category Manager | Eigenaar'),
  },
  nordic: {
    starts: list('Nord Fjell Sjö Skog Berg Lund Vik Ek Björk Älv Hav Strand Norr Sol Is'),
    ends: list('berg lund vik dal strand holm by stad fors gård'),
    trades: words('Handel | Verktyg | Byggvaror | Hem | Import | Järnhandel | Trädgård | Teknik | Grossist'),
    given: list('Erik Lars Anna Karin Johan Sofia Magnus Emma Anders Ingrid Nils Elin Mikael Sara Henrik Maja'),
    surnames: list('Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsen Hansen Jensen Nielsen Lindqvist Berg Lund Virtanen Korhonen Dahl'),
    tag: 'sv',
    titles: words('Inköpschef | Inköpare | VD | Category Manager | Indkøbschef | Ägare'),
  },
  pl: {
    starts: list('Pol Wis Bal Kraw Mazo Tatr Odra Lech Bór Zło Sreb Dęb Sos Gór Mor'),
    ends: list('ex mar bud pol stal tech an ik ów ex-pol'),
    trades: words('Narzędzia | Hurtownia | Budownictwo | Handel | Import-Eksport | Artykuły Domowe | Technika | Dystrybucja'),
    given: list('Marek Anna Piotr Katarzyna Tomasz Agnieszka Paweł Magdalena Krzysztof Joanna Michał Monika Jakub Ewa Łukasz Karolina'),
    surnames: list('Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak Dąbrowski Kozłowski Jankowski Mazur'),
    tag: 'pl',
    titles: words('Kierownik Zakupów | Zakupowiec | Prezes | Dyrektor Handlowy | Właściciel'),
  },
  cs: {
    starts: list('Mor Vlt Krk Bor Hrad Les Zlat Stří Dub Jel Sokol Orl Buk Lip'),
    ends: list('ex tech stav kov dům les mont an ova'),
    trades: words('Nářadí | Obchod | Stavebniny | Velkoobchod | Technika | Domácí Potřeby | Kereskedelmi | Szerszám | Comerț'),
    given: list('Jan Petr Tomáš Jana Eva Martin Lucie Pavel Tereza Jakub László Zsófia Andrei Ioana Georgi Elena'),
    surnames: list('Novák Svoboda Novotný Dvořák Černý Procházka Kučera Nagy Kovács Tóth Szabó Popescu Ionescu Dimitrov Georgiev Papadopoulos'),
    tag: 'cs',
    titles: words('Nákupčí | Vedoucí Nákupu | Jednatel | Beszerzési Vezető | Director Achiziții | Manager'),
  },
  tr: {
    starts: list('Anadolu Ege Yıldız Deniz Kartal Altın Güneş Doğu Batı Marmara Toros Ak Kara Yeşil Gök Demir'),
    ends: list('lar han tek san kent yapı pazar er oğlu ay'),
    trades: words('Yapı Market | Hırdavat | Ticaret | İthalat İhracat | Nalburiye | Ev Gereçleri | Sanayi | Dış Ticaret'),
    given: list('Mehmet Ahmet Mustafa Ayşe Fatma Emre Elif Can Zeynep Burak Hakan Selin Murat Derya Serkan Esra'),
    surnames: list('Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin Kara'),
    tag: 'tr',
    titles: words('Satın Alma Müdürü | Genel Müdür | Satın Alma Uzmanı | Firma Sahibi | İthalat Sorumlusu'),
  },
  ar: {
    starts: list('Al Noor Gulf Dar Bab Nile Sahara Oasis Falcon Crescent Najm Zahra Sultan Amal Baraka Hayat'),
    ends: list('deen tech mart star line land way zone'),
    trades: words('Trading | General Trading | Building Materials | Hardware | Tools Trading | Home Appliances | Trading and Contracting | Import and Export | Industrial Supplies'),
    given: list('Mohammed Ahmed Omar Ali Khalid Fatima Aisha Youssef Hassan Ibrahim Layla Mariam Faisal Tariq Nadia Karim Samir Rania'),
    surnames: list('Al_Mansoori Al_Harbi Hassan Al_Qahtani Abdullah El_Sayed Haddad Khalil Nasser Al_Rashid Saleh Mahmoud Farouk Al_Shamsi Darwish Aziz'),
    tag: 'ar',
    titles: words('Procurement Manager | Purchasing Manager | General Manager | Owner | Managing Director | Buyer'),
  },
  ru: {
    starts: list('Volga Sibir Ural Neva Baikal Altai Sever Yug Zvezda Kristall Stroy Tekh Promo Avto Rus Don'),
    ends: list('snab torg prom stroy tekh servis invest resurs komplekt tools'),
    trades: words('Trading | Instrument | Stroytorg | Snab | Promtorg | Import | Tovary dlya doma | Tekhnika'),
    given: list('Dmitry Sergey Andrey Alexey Elena Olga Natalia Irina Ivan Mikhail Anna Tatiana Pavel Yulia Nikolai Svetlana'),
    surnames: list('Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov'),
    tag: 'ru',
    titles: words('Менеджер по закупкам | Директор | Закупки | Генеральный директор | Руководитель отдела закупок'),
  },
  ja: {
    starts: list('Sakura Fuji Yama Kawa Hoshi Tsuru Kita Minami Aoi Asahi Hikari Midori Taka Matsu Kaze Umi'),
    ends: list('ya do ten kan sha tec mart ko'),
    trades: words('Home Center | Shoji | Trading | Hardware | Kogyo | Bussan | Living | Tools'),
    given: list('Hiroshi Takashi Yuki Akira Kenji Naoko Yoko Keiko Satoshi Kazuo Haruka Daisuke Emi Makoto Tomoko'),
    surnames: list('Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Matsumoto Inoue Kimura'),
    tag: 'ja',
    titles: words('購買部長 | 購買担当 | 代表取締役 | バイヤー | 輸入課長'),
  },
  ko: {
    starts: list('Hankook Daehan Sam Hyun Seoul Busan Han Mirae Saebyeol Dong Nam Baek Cheon Jin'),
    ends: list('il sung dae won jin tech corp mart'),
    trades: words('Living | Trading | Industrial | Tools | Hardware | Commerce | Global | Mart'),
    given: list('Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Ji-woo Joon-ho Soo-min Hyun-woo Eun-ji Sung-min Ye-jin'),
    surnames: list('Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin'),
    tag: 'ko',
    titles: words('MD | 구매팀장 | 대표이사 | 구매담당 | Buyer'),
  },
  vi: {
    starts: list('Saigon Hanoi Mekong Phu Thanh Minh Hoang Viet Dong Nam Tan An Hung Thien Kim Long'),
    ends: list('phat thinh loc an tech co mart gia'),
    trades: words('Trading | Hardware | Import Export | Construction Materials | Household Goods | Tools | Production and Trading | Commercial Services'),
    given: list('An Binh Chi Dung Hoa Huong Lan Linh Minh Nam Phuong Quang Thao Trang Tuan Hai'),
    surnames: list('Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ho Ngo Duong'),
    tag: 'vi',
    titles: words('Director | Purchasing | Giám đốc | Trưởng phòng mua hàng | Sales Admin'),
  },
  id: {
    starts: list('Sinar Maju Jaya Mitra Karya Sumber Cahaya Bintang Mulia Sentosa Makmur Abadi Prima Harapan Indah Berkah Surya Nusantara'),
    ends: list('jaya makmur abadi sentosa utama mandiri perkasa sejahtera'),
    trades: words('Perkakas | Bangunan | Teknik | Trading | Niaga | Perdana | Indonesia | Sdn Bhd Trading | Hardware | Enterprise'),
    given: list('Budi Siti Agus Dewi Rudi Sri Andi Wati Hendra Ratna Ahmad Nur Fajar Putri Rizky Yusuf'),
    surnames: list('Santoso Wijaya Halim Gunawan Setiawan Kusuma Hidayat Tan Lim Abdullah Rahman Ismail Hassan Wong Lee'),
    tag: 'id',
    titles: words('Purchasing | Director | Manager | Owner | Procurement'),
  },
  th: {
    starts: list('Siam Thai Chao Krung Rattana Sri Chai Bangkok Sukhum Mongkol Charoen Somboon'),
    ends: list('pattana kit suk wong chai porn mart tech'),
    trades: words('Hardware | Trading | Home Mart | Industrial Supply | Construction | Import Export | Engineering'),
    given: list('Somchai Somsak Suda Nok Malee Prasit Wichai Ratana Anong Kittisak Pim Chaiwat'),
    surnames: list('Saetang Wongsakul Srisuk Chaiyaporn Rattanakorn Boonmee Kittikul Thongdee Sukprasert Jaidee'),
    tag: 'th',
    titles: words('Purchasing Manager | Managing Director | Buyer | ผู้จัดการฝ่ายจัดซื้อ | Owner'),
  },
  hi: {
    starts: list('Shree Ganesh Laxmi Bharat Sai Om Surya Krishna Vishnu Royal Star Hind Ambica Balaji Sagar Jai'),
    ends: list('tech traders mart exim ventures overseas impex agencies'),
    trades: words('Traders | Hardware Mart | Impex | Enterprises | Overseas | Home Essentials | Industries | Tools and Hardware | Agencies'),
    given: list('Rahul Priya Amit Sunita Rajesh Anjali Vikram Neha Sanjay Pooja Arjun Kavita Ravi Deepak Imran Ayesha'),
    surnames: list('Sharma Patel Singh Kumar Gupta Shah Mehta Reddy Iyer Khan Joshi Agarwal Verma Chowdhury Ali Malik'),
    tag: 'en',
    titles: words('Sourcing Head | Proprietor | Purchase Manager | Director | Partner | Import Manager'),
  },
  zh: {
    starts: list('Wing Kam Fook Lung Sun Wah Tai Hing Yuen Shing Kwong Chung Lee Man Hang'),
    ends: list('fat lung tai shing hing wah kee lee'),
    trades: words('Trading | Hardware | Industrial | Enterprise | International | Household Products | Import and Export'),
    given: list('Wai_Ming Ka_Yan Chi_Keung Siu_Ling Kin_Fai Mei_Ling Wing_Yee Chun_Hei Jun_Jie Ya_Ting'),
    surnames: list('Chan Wong Lee Cheung Lau Ng Leung Chen Lin Huang Tan Lim Ho Yeung'),
    tag: 'zh',
    titles: words('Purchasing Manager | Director | 采购经理 | 总经理 | Merchandiser'),
  },
};

const GLOBAL_FREE = ['gmail.com', 'hotmail.com', 'yahoo.com', 'outlook.com'];

// prettier-ignore
export const COUNTRIES: readonly Country[] = ([
  // North America
  { code: 'US', weight: 14, language: 'en', cities: list('New_York Los_Angeles Chicago Houston Miami Dallas Atlanta Seattle'), forms: [['Inc.', 40], ['LLC', 40], ['Corp.', 10], ['Co.', 5], ['', 5]], tld: 'com', freeMail: ['aol.com', 'comcast.net', 'icloud.com'] },
  { code: 'CA', weight: 3, language: 'en', cities: list('Toronto Vancouver Montreal Calgary Ottawa'), forms: [['Inc.', 50], ['Ltd.', 30], ['Corp.', 10], ['', 10]], tld: 'ca', freeMail: ['shaw.ca', 'rogers.com'] },
  { code: 'MX', weight: 3, language: 'es', cities: list('Monterrey Guadalajara Ciudad_de_México Puebla Tijuana'), forms: [['S.A. de C.V.', 70], ['S. de R.L. de C.V.', 20], ['', 10]], tld: 'com.mx', freeMail: ['prodigy.net.mx'] },
  // Latin America
  { code: 'BR', weight: 3, language: 'pt', cities: list('São_Paulo Rio_de_Janeiro Curitiba Porto_Alegre Belo_Horizonte'), forms: [['Ltda.', 70], ['S.A.', 15], ['EIRELI', 10], ['', 5]], tld: 'com.br', freeMail: ['bol.com.br', 'uol.com.br'] },
  { code: 'AR', weight: 1, language: 'es', cities: list('Buenos_Aires Córdoba Rosario'), forms: [['S.A.', 50], ['S.R.L.', 40], ['', 10]], tld: 'com.ar', freeMail: [] },
  { code: 'CL', weight: 1.5, language: 'es', cities: list('Santiago Valparaíso Concepción'), forms: [['SpA', 50], ['Ltda.', 30], ['S.A.', 20]], tld: 'cl', freeMail: [] },
  { code: 'CO', weight: 1.5, language: 'es', cities: list('Bogotá Medellín Cali Barranquilla'), forms: [['S.A.S.', 70], ['Ltda.', 20], ['S.A.', 10]], tld: 'com.co', freeMail: [] },
  { code: 'PE', weight: 1, language: 'es', cities: list('Lima Arequipa Trujillo'), forms: [['S.A.C.', 60], ['E.I.R.L.', 25], ['S.A.', 15]], tld: 'com.pe', freeMail: [] },
  { code: 'EC', weight: 0.5, language: 'es', cities: list('Guayaquil Quito'), forms: [['S.A.', 60], ['Cía. Ltda.', 40]], tld: 'com.ec', freeMail: [] },
  { code: 'PA', weight: 0.5, language: 'es', cities: list('Panamá Colón'), forms: [['S.A.', 90], ['', 10]], tld: 'com.pa', freeMail: [] },
  { code: 'DO', weight: 0.4, language: 'es', cities: list('Santo_Domingo Santiago'), forms: [['S.R.L.', 70], ['S.A.', 30]], tld: 'com.do', freeMail: [] },
  { code: 'GT', weight: 0.4, language: 'es', cities: list('Guatemala Quetzaltenango'), forms: [['S.A.', 100]], tld: 'com.gt', freeMail: [] },
  { code: 'UY', weight: 0.3, language: 'es', cities: list('Montevideo'), forms: [['S.A.', 60], ['S.R.L.', 40]], tld: 'com.uy', freeMail: [] },
  // Western Europe
  { code: 'DE', weight: 7, language: 'de', cities: list('Hamburg Berlin München Köln Frankfurt Stuttgart Düsseldorf Hannover Nürnberg Bremen'), forms: [['GmbH', 60], ['GmbH & Co. KG', 15], ['AG', 5], ['e.K.', 5], ['KG', 5], ['', 10]], tld: 'de', freeMail: ['gmx.de', 'web.de', 't-online.de'] },
  { code: 'GB', weight: 5, language: 'en', cities: list('London Birmingham Manchester Leeds Glasgow Bristol Liverpool'), forms: [['Ltd', 70], ['Limited', 15], ['PLC', 5], ['', 10]], tld: 'co.uk', freeMail: ['btinternet.com', 'sky.com'] },
  { code: 'FR', weight: 4, language: 'fr', cities: list('Paris Marseille Lyon Toulouse Lille Bordeaux Nantes'), forms: [['SARL', 40], ['SAS', 40], ['S.A.', 10], ['EURL', 5], ['', 5]], tld: 'fr', freeMail: ['orange.fr', 'free.fr', 'wanadoo.fr'] },
  { code: 'IT', weight: 4, language: 'it', cities: list('Milano Roma Torino Napoli Bologna Verona Firenze'), forms: [['S.r.l.', 70], ['S.p.A.', 20], ['S.n.c.', 5], ['', 5]], tld: 'it', freeMail: ['libero.it', 'virgilio.it'] },
  { code: 'ES', weight: 4, language: 'es', cities: list('Madrid Barcelona Valencia Sevilla Bilbao Zaragoza'), forms: [['S.L.', 70], ['S.A.', 25], ['', 5]], tld: 'es', freeMail: ['telefonica.net'] },
  { code: 'NL', weight: 2.5, language: 'nl', cities: list('Rotterdam Amsterdam Utrecht Eindhoven Den_Haag'), forms: [['B.V.', 85], ['N.V.', 5], ['', 10]], tld: 'nl', freeMail: ['ziggo.nl', 'kpnmail.nl'] },
  { code: 'BE', weight: 1.5, language: 'nl', cities: list('Antwerpen Brussel Gent Liège'), forms: [['BV', 50], ['NV', 25], ['BVBA', 15], ['SRL', 10]], tld: 'be', freeMail: ['skynet.be', 'telenet.be'] },
  { code: 'CH', weight: 1, language: 'de', cities: list('Zürich Basel Bern Genève'), forms: [['AG', 60], ['GmbH', 35], ['SA', 5]], tld: 'ch', freeMail: ['bluewin.ch', 'gmx.ch'] },
  { code: 'AT', weight: 1, language: 'de', cities: list('Wien Graz Linz Salzburg'), forms: [['GmbH', 80], ['KG', 10], ['e.U.', 10]], tld: 'at', freeMail: ['gmx.at', 'aon.at'] },
  { code: 'SE', weight: 1, language: 'nordic', cities: list('Stockholm Göteborg Malmö Uppsala'), forms: [['AB', 95], ['', 5]], tld: 'se', freeMail: ['telia.com'] },
  { code: 'DK', weight: 0.7, language: 'nordic', cities: list('København Aarhus Odense'), forms: [['A/S', 60], ['ApS', 40]], tld: 'dk', freeMail: ['mail.dk'] },
  { code: 'NO', weight: 0.6, language: 'nordic', cities: list('Oslo Bergen Trondheim'), forms: [['AS', 90], ['ASA', 10]], tld: 'no', freeMail: ['online.no'] },
  { code: 'FI', weight: 0.5, language: 'nordic', cities: list('Helsinki Tampere Turku'), forms: [['Oy', 90], ['Oyj', 10]], tld: 'fi', freeMail: ['luukku.com'] },
  { code: 'IE', weight: 0.6, language: 'en', cities: list('Dublin Cork Galway'), forms: [['Ltd', 80], ['Limited', 10], ['DAC', 10]], tld: 'ie', freeMail: ['eircom.net'] },
  { code: 'PT', weight: 1, language: 'pt', cities: list('Lisboa Porto Braga'), forms: [['Lda.', 80], ['S.A.', 20]], tld: 'pt', freeMail: ['sapo.pt'] },
  // Central and Eastern Europe
  { code: 'PL', weight: 2.5, language: 'pl', cities: list('Warszawa Kraków Poznań Wrocław Gdańsk Łódź'), forms: [['Sp. z o.o.', 80], ['S.A.', 10], ['Sp.k.', 10]], tld: 'pl', freeMail: ['wp.pl', 'o2.pl', 'interia.pl', 'onet.pl'] },
  { code: 'CZ', weight: 1, language: 'cs', cities: list('Praha Brno Ostrava Plzeň'), forms: [['s.r.o.', 85], ['a.s.', 15]], tld: 'cz', freeMail: ['seznam.cz', 'email.cz'] },
  { code: 'HU', weight: 0.7, language: 'cs', cities: list('Budapest Debrecen Szeged'), forms: [['Kft.', 80], ['Zrt.', 20]], tld: 'hu', freeMail: ['freemail.hu'] },
  { code: 'RO', weight: 1, language: 'cs', cities: list('București Cluj-Napoca Timișoara Iași'), forms: [['S.R.L.', 90], ['S.A.', 10]], tld: 'ro', freeMail: ['yahoo.ro'] },
  { code: 'BG', weight: 0.5, language: 'cs', cities: list('Sofia Plovdiv Varna'), forms: [['EOOD', 50], ['OOD', 40], ['AD', 10]], tld: 'bg', freeMail: ['abv.bg'] },
  { code: 'GR', weight: 0.7, language: 'cs', cities: list('Athens Thessaloniki Piraeus'), forms: [['S.A.', 50], ['IKE', 30], ['EPE', 20]], tld: 'gr', freeMail: ['otenet.gr'] },
  { code: 'UA', weight: 1, language: 'ru', cities: list('Kyiv Kharkiv Odesa Dnipro Lviv'), forms: [['TOV', 60], ['LLC', 30], ['PP', 10]], tld: 'com.ua', freeMail: ['ukr.net', 'i.ua'], localScript: 'ru' },
  { code: 'RU', weight: 3, language: 'ru', cities: list('Moscow Saint_Petersburg Novosibirsk Yekaterinburg Kazan'), forms: [['OOO', 70], ['AO', 15], ['LLC', 15]], tld: 'ru', freeMail: ['mail.ru', 'yandex.ru', 'bk.ru', 'list.ru'], localScript: 'ru' },
  { code: 'KZ', weight: 0.8, language: 'ru', cities: list('Almaty Astana Shymkent'), forms: [['TOO', 80], ['LLP', 20]], tld: 'kz', freeMail: ['mail.ru', 'yandex.kz'], localScript: 'ru' },
  // Middle East
  { code: 'TR', weight: 2.5, language: 'tr', cities: list('İstanbul Ankara İzmir Bursa Antalya Konya'), forms: [['Ltd. Şti.', 60], ['A.Ş.', 35], ['', 5]], tld: 'com.tr', freeMail: ['hotmail.com.tr', 'yandex.com.tr'] },
  { code: 'AE', weight: 3, language: 'ar', cities: list('Dubai Abu_Dhabi Sharjah Ajman'), forms: [['LLC', 60], ['FZE', 15], ['FZCO', 10], ['L.L.C.', 10], ['', 5]], tld: 'ae', freeMail: ['eim.ae'], localScript: 'ar' },
  { code: 'SA', weight: 2.5, language: 'ar', cities: list('Riyadh Jeddah Dammam Mecca'), forms: [['Est.', 40], ['Co. Ltd.', 40], ['LLC', 20]], tld: 'com.sa', freeMail: [], localScript: 'ar' },
  { code: 'IL', weight: 0.8, language: 'en', cities: list('Tel_Aviv Haifa Jerusalem'), forms: [['Ltd.', 90], ['', 10]], tld: 'co.il', freeMail: ['walla.co.il'] },
  { code: 'QA', weight: 0.5, language: 'ar', cities: list('Doha'), forms: [['W.L.L.', 70], ['LLC', 30]], tld: 'com.qa', freeMail: [] },
  { code: 'KW', weight: 0.5, language: 'ar', cities: list('Kuwait_City'), forms: [['W.L.L.', 60], ['Co.', 40]], tld: 'com.kw', freeMail: [] },
  { code: 'OM', weight: 0.4, language: 'ar', cities: list('Muscat Sohar'), forms: [['LLC', 80], ['SAOC', 20]], tld: 'om', freeMail: ['omantel.net.om'] },
  { code: 'JO', weight: 0.4, language: 'ar', cities: list('Amman Irbid'), forms: [['Co.', 60], ['LLC', 40]], tld: 'jo', freeMail: [] },
  { code: 'IQ', weight: 0.5, language: 'ar', cities: list('Baghdad Erbil Basra'), forms: [['Co.', 60], ['LLC', 40]], tld: 'iq', freeMail: [], localScript: 'ar' },
  { code: 'LB', weight: 0.3, language: 'ar', cities: list('Beirut Tripoli'), forms: [['SARL', 70], ['SAL', 30]], tld: 'com.lb', freeMail: [] },
  // Africa
  { code: 'EG', weight: 1, language: 'ar', cities: list('Cairo Alexandria Giza'), forms: [['Co.', 50], ['S.A.E.', 30], ['LLC', 20]], tld: 'com.eg', freeMail: [], localScript: 'ar' },
  { code: 'NG', weight: 1.5, language: 'en', cities: list('Lagos Abuja Kano Port_Harcourt'), forms: [['Ltd', 80], ['Limited', 15], ['', 5]], tld: 'com.ng', freeMail: [] },
  { code: 'ZA', weight: 1.5, language: 'en', cities: list('Johannesburg Cape_Town Durban Pretoria'), forms: [['(Pty) Ltd', 85], ['CC', 10], ['', 5]], tld: 'co.za', freeMail: ['webmail.co.za'] },
  { code: 'KE', weight: 1, language: 'en', cities: list('Nairobi Mombasa Kisumu'), forms: [['Ltd', 90], ['', 10]], tld: 'co.ke', freeMail: [] },
  { code: 'MA', weight: 0.8, language: 'fr', cities: list('Casablanca Tanger Marrakech Rabat'), forms: [['SARL', 80], ['S.A.', 20]], tld: 'ma', freeMail: ['menara.ma'] },
  { code: 'GH', weight: 0.7, language: 'en', cities: list('Accra Kumasi Tema'), forms: [['Ltd', 90], ['', 10]], tld: 'com.gh', freeMail: [] },
  { code: 'DZ', weight: 0.5, language: 'fr', cities: list('Alger Oran Constantine'), forms: [['SARL', 80], ['EURL', 20]], tld: 'dz', freeMail: [] },
  { code: 'TZ', weight: 0.5, language: 'en', cities: list('Dar_es_Salaam Arusha'), forms: [['Ltd', 90], ['', 10]], tld: 'co.tz', freeMail: [] },
  { code: 'ET', weight: 0.4, language: 'en', cities: list('Addis_Ababa'), forms: [['PLC', 80], ['', 20]], tld: 'com.et', freeMail: [] },
  // Asia and Oceania
  { code: 'JP', weight: 2.5, language: 'ja', cities: list('Tokyo Osaka Nagoya Fukuoka Yokohama Sapporo'), forms: [['Co., Ltd.', 60], ['K.K.', 10], ['Corporation', 20], ['Inc.', 10]], tld: 'co.jp', freeMail: ['yahoo.co.jp', 'docomo.ne.jp'], localScript: 'ja' },
  { code: 'KR', weight: 2, language: 'ko', cities: list('Seoul Busan Incheon Daegu'), forms: [['Co., Ltd.', 80], ['Inc.', 15], ['', 5]], tld: 'co.kr', freeMail: ['naver.com', 'daum.net', 'hanmail.net'], localScript: 'ko' },
  { code: 'VN', weight: 2, language: 'vi', cities: list('Ho_Chi_Minh_City Hanoi Da_Nang Hai_Phong'), forms: [['Co., Ltd', 50], ['JSC', 40], ['', 10]], tld: 'vn', freeMail: [] },
  { code: 'TH', weight: 1.5, language: 'th', cities: list('Bangkok Chiang_Mai Chonburi'), forms: [['Co., Ltd.', 85], ['Public Co., Ltd.', 10], ['', 5]], tld: 'co.th', freeMail: [], localScript: 'th' },
  { code: 'ID', weight: 2, language: 'id', cities: list('Jakarta Surabaya Bandung Medan Semarang'), forms: [['PT', 85], ['CV', 15]], tld: 'co.id', freeMail: ['yahoo.co.id'] },
  { code: 'MY', weight: 1.5, language: 'id', cities: list('Kuala_Lumpur Penang Johor_Bahru'), forms: [['Sdn. Bhd.', 90], ['Bhd.', 10]], tld: 'com.my', freeMail: [] },
  { code: 'PH', weight: 1.5, language: 'en', cities: list('Manila Cebu Davao Quezon_City'), forms: [['Inc.', 60], ['Corp.', 30], ['', 10]], tld: 'com.ph', freeMail: [] },
  { code: 'SG', weight: 1, language: 'zh', cities: list('Singapore'), forms: [['Pte Ltd', 95], ['', 5]], tld: 'com.sg', freeMail: ['singnet.com.sg'] },
  { code: 'IN', weight: 3, language: 'hi', cities: list('Mumbai Delhi Chennai Bangalore Kolkata Ahmedabad Pune'), forms: [['Pvt. Ltd.', 60], ['Private Limited', 15], ['LLP', 10], ['', 15]], tld: 'in', freeMail: ['rediffmail.com'] },
  { code: 'PK', weight: 1, language: 'hi', cities: list('Karachi Lahore Islamabad Faisalabad'), forms: [['(Pvt) Ltd', 70], ['', 30]], tld: 'com.pk', freeMail: [] },
  { code: 'BD', weight: 0.8, language: 'hi', cities: list('Dhaka Chittagong'), forms: [['Ltd.', 70], ['', 30]], tld: 'com.bd', freeMail: [] },
  { code: 'LK', weight: 0.4, language: 'hi', cities: list('Colombo Kandy'), forms: [['(Pvt) Ltd', 90], ['', 10]], tld: 'lk', freeMail: [] },
  { code: 'HK', weight: 1, language: 'zh', cities: list('Hong_Kong Kowloon'), forms: [['Limited', 60], ['Co., Ltd.', 30], ['', 10]], tld: 'com.hk', freeMail: ['netvigator.com', 'qq.com'], localScript: 'zh' },
  { code: 'TW', weight: 0.8, language: 'zh', cities: list('Taipei Taichung Kaohsiung'), forms: [['Co., Ltd.', 80], ['Corp.', 20]], tld: 'com.tw', freeMail: ['hinet.net'], localScript: 'zh' },
  { code: 'AU', weight: 2.5, language: 'en', cities: list('Sydney Melbourne Brisbane Perth Adelaide'), forms: [['Pty Ltd', 90], ['', 10]], tld: 'com.au', freeMail: ['bigpond.com', 'optusnet.com.au'] },
  { code: 'NZ', weight: 0.8, language: 'en', cities: list('Auckland Wellington Christchurch'), forms: [['Limited', 70], ['Ltd', 30]], tld: 'co.nz', freeMail: ['xtra.co.nz'] },
] satisfies Country[]).map((c) => ({ ...c, freeMail: [...GLOBAL_FREE, ...c.freeMail] }));

/** Scripts for local_name: syllables and the legal form as the country writes it. */
// prettier-ignore
export const LOCAL_SCRIPTS: Record<LocalScript, { syllables: readonly string[]; join: string; form: (name: string) => string }> = {
  ja: { syllables: list('サ クラ ヤマ カワ ホシ トミ ミナ ハナ タカ マツ アサ ヒカリ ミドリ'), join: '', form: (n) => `株式会社${n}` },
  ru: { syllables: list('Вол га Си бир Урал Нева Бай кал Ал тай Се вер Звез да Строй Тех Пром'), join: '', form: (n) => `ООО «${n}»` },
  ko: { syllables: list('한 국 대 삼 현 서 울 부 산 미 래 새 동 남 백 천 진'), join: '', form: (n) => `주식회사 ${n}` },
  zh: { syllables: list('永 金 福 隆 新 华 泰 兴 源 盛 光 中 利 文 恒'), join: '', form: (n) => `${n}贸易有限公司` },
  ar: { syllables: list('النور الخليج دار باب النيل الصحراء الواحة الصقر الهلال النجم الزهراء السلطان الأمل البركة'), join: ' ', form: (n) => `شركة ${n} للتجارة` },
  th: { syllables: list('สยาม ไทย เจ้า กรุง รัตน ศรี ชัย สุข มงคล เจริญ สมบูรณ์'), join: '', form: (n) => `บริษัท ${n} จำกัด` },
};

export const INDUSTRIES = ['Hardware', 'Home & Garden', 'Building materials', 'Retail chain', 'Importer', 'E-commerce', 'Industrial supply', 'Furniture', 'Kitchenware', 'Lighting', 'Auto parts', 'Packaging'] as const;

export const SOURCES: readonly (readonly [string, number])[] = [
  ['Canton Fair', 20], ['Alibaba', 25], ['Referral', 15], ['Website', 12], ['Trade show', 10], ['Cold outreach', 8], ['import', 10],
];

export const PRODUCTS = ['hand tools', 'power tools', 'fasteners', 'garden tools', 'kitchenware', 'storage boxes', 'LED lighting', 'bathroom fittings', 'door hardware', 'paint brushes', 'ladders', 'work gloves'] as const;

/** Tag groups as an exporter sets them up; region tags follow the country, industry tags the industry. */
// prettier-ignore
export const TAG_GROUPS: readonly { name: string; kind: 'region' | 'industry' | 'value' | 'custom'; tags: readonly string[] }[] = [
  { name: 'Region', kind: 'region', tags: ['North America', 'Latin America', 'Western Europe', 'Eastern Europe', 'Middle East', 'Africa', 'Asia-Pacific', 'South Asia'] },
  { name: 'Industry', kind: 'industry', tags: ['Hardware', 'Home & Garden', 'Building materials', 'Retail chain', 'Importer', 'E-commerce', 'Industrial supply', 'Furniture', 'Kitchenware', 'Lighting', 'Auto parts', 'Packaging'] },
  { name: 'Value', kind: 'value', tags: ['High margin', 'Price sensitive', 'Pays on time', 'Slow payer', 'Large volumes', 'Samples only'] },
  { name: 'Source', kind: 'custom', tags: ['Canton Fair', 'Alibaba', 'Referral', 'Website', 'Trade show', 'Cold outreach'] },
  { name: 'Product line', kind: 'custom', tags: ['Hand tools', 'Power tools', 'Garden', 'Kitchen', 'Lighting', 'Storage', 'Fasteners', 'Bathroom'] },
];

/** The region tag of a country. */
// prettier-ignore
export const REGION_OF: Record<string, string> = Object.fromEntries([
  ...['US', 'CA'].map((c) => [c, 'North America']),
  ...['MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'EC', 'PA', 'DO', 'GT', 'UY'].map((c) => [c, 'Latin America']),
  ...['DE', 'GB', 'FR', 'IT', 'ES', 'NL', 'BE', 'CH', 'AT', 'SE', 'DK', 'NO', 'FI', 'IE', 'PT'].map((c) => [c, 'Western Europe']),
  ...['PL', 'CZ', 'HU', 'RO', 'BG', 'GR', 'UA', 'RU', 'KZ'].map((c) => [c, 'Eastern Europe']),
  ...['TR', 'AE', 'SA', 'IL', 'QA', 'KW', 'OM', 'JO', 'IQ', 'LB'].map((c) => [c, 'Middle East']),
  ...['EG', 'NG', 'ZA', 'KE', 'MA', 'GH', 'DZ', 'TZ', 'ET'].map((c) => [c, 'Africa']),
  ...['JP', 'KR', 'VN', 'TH', 'ID', 'MY', 'PH', 'SG', 'HK', 'TW', 'AU', 'NZ'].map((c) => [c, 'Asia-Pacific']),
  ...['IN', 'PK', 'BD', 'LK'].map((c) => [c, 'South Asia']),
]);

/** What a logged activity says, by type. */
// prettier-ignore
export const ACTIVITY_TEXTS: Record<'email' | 'call' | 'meeting' | 'note' | 'whatsapp' | 'wechat', readonly string[]> = {
  email: ['Sent the new catalogue and price list', 'Quotation follow-up: waiting for budget approval', 'Sent proforma invoice', 'Shipping schedule for the next container', 'Asked for the artwork of the new packaging', 'Sent test report and certificates', 'Reminder: balance payment due', 'Offer for the autumn promotion'],
  call: ['Discussed the autumn order quantities', 'Complaint about carton strength, promised better packing', 'Price negotiation for the annual contract', 'Checked the sample feedback', 'Talked about the delivery delay', 'Introduced the new product line'],
  meeting: ['Met at the Canton Fair booth', 'Factory visit with their QC team', 'Visited their warehouse', 'Video call with the purchasing team', 'Dinner meeting in Guangzhou'],
  note: ['Prefers CIF and T/T 30/70', 'Decision maker is the owner, not the buyer', 'Competitor offers 5% lower', 'Needs CE marking on all items', 'Their season starts in March'],
  whatsapp: ['Asked for packing details', 'Sent photos of the production samples', 'Confirmed the loading date', 'Asked for a video of the product'],
  wechat: ['Shared photos of the QC samples', 'Confirmed the colour codes', 'Sent the updated drawing', 'Asked about the MOQ'],
};
