/**
 * Short titles for the articles of the Convention against Torture and Other Cruel, Inhuman or
 * Degrading Treatment or Punishment (UN General Assembly resolution 39/46, 10 December 1984), in
 * its six official languages and Kazakh. The Convention's articles carry no headings: these are
 * descriptive labels (as commonly used in the Committee against Torture's practice), each worded
 * with the terms of the official text in that language (for Kazakh, of the Republic of
 * Kazakhstan's legislation). Sources and the terms used: docs/GLOSSARY.md.
 *
 * A module of its own because every dataset's first view needs the titles, while what each
 * article obliges (uncat-articles.ts) is needed only when a file is imported.
 */
import type { Article, Text } from './schema';

/** Each article's short title, by language. */
export const CONVENTION_TITLES: ReadonlyMap<number, Readonly<Record<string, string>>> = new Map<
  number,
  Record<string, string>
>([
  [
    1,
    {
      en: 'Definition of torture',
      ru: 'Определение пытки',
      ar: 'تعريف التعذيب',
      zh: '酷刑的定义',
      fr: 'Définition de la torture',
      es: 'Definición de la tortura',
      kk: 'Азаптаудың анықтамасы',
    },
  ],
  [
    2,
    {
      en: 'Prevention of torture',
      ru: 'Предупреждение пыток',
      ar: 'منع التعذيب',
      zh: '防止酷刑',
      fr: 'Prévention de la torture',
      es: 'Prevención de la tortura',
      kk: 'Азаптаудың алдын алу',
    },
  ],
  [
    3,
    {
      en: 'Non-refoulement',
      ru: 'Запрет высылки, возвращения и выдачи',
      ar: 'عدم الإعادة القسرية',
      zh: '不驱回',
      fr: 'Non-refoulement',
      es: 'No devolución',
      kk: 'Шығарып жібермеу, қайтармау және ұстап бермеу',
    },
  ],
  [
    4,
    {
      en: 'Criminalisation of torture',
      ru: 'Уголовная ответственность за пытки',
      ar: 'تجريم التعذيب',
      zh: '将酷刑定为刑事罪行',
      fr: 'Incrimination de la torture',
      es: 'Tipificación de la tortura como delito',
      kk: 'Азаптау үшін қылмыстық жауаптылық',
    },
  ],
  [
    5,
    {
      en: 'Jurisdiction',
      ru: 'Юрисдикция',
      ar: 'الولاية القضائية',
      zh: '管辖权',
      fr: 'Compétence',
      es: 'Jurisdicción',
      kk: 'Юрисдикция',
    },
  ],
  [
    6,
    {
      en: 'Custody and preliminary inquiry',
      ru: 'Задержание и предварительное расследование',
      ar: 'الاحتجاز والتحقيق الأولي',
      zh: '拘留和初步调查',
      fr: 'Détention et enquête préliminaire',
      es: 'Detención e investigación preliminar',
      kk: 'Күзетпен ұстау және алдын ала тергеу',
    },
  ],
  [
    7,
    {
      en: 'Extradite or prosecute',
      ru: 'Выдать или преследовать',
      ar: 'التسليم أو المحاكمة',
      zh: '引渡或起诉',
      fr: 'Extrader ou poursuivre',
      es: 'Extraditar o juzgar',
      kk: 'Ұстап беру немесе қудалау',
    },
  ],
  [
    8,
    {
      en: 'Extradition',
      ru: 'Выдача',
      ar: 'التسليم',
      zh: '引渡',
      fr: 'Extradition',
      es: 'Extradición',
      kk: 'Ұстап беру',
    },
  ],
  [
    9,
    {
      en: 'Mutual legal assistance',
      ru: 'Взаимная правовая помощь',
      ar: 'المساعدة القانونية المتبادلة',
      zh: '司法协助',
      fr: 'Entraide judiciaire',
      es: 'Auxilio judicial mutuo',
      kk: 'Өзара құқықтық көмек',
    },
  ],
  [
    10,
    {
      en: 'Education and training',
      ru: 'Обучение и информирование',
      ar: 'التعليم والإعلام',
      zh: '教育和宣传',
      fr: 'Enseignement et information',
      es: 'Educación e información',
      kk: 'Оқыту және ақпараттандыру',
    },
  ],
  [
    11,
    {
      en: 'Review of interrogation and custody',
      ru: 'Контроль за допросом и содержанием под стражей',
      ar: 'استعراض قواعد الاستجواب والاحتجاز',
      zh: '审查审讯和拘留',
      fr: 'Surveillance de l’interrogatoire et de la garde',
      es: 'Examen de los interrogatorios y la custodia',
      kk: 'Жауап алу мен күзетпен ұстауды бақылау',
    },
  ],
  [
    12,
    {
      en: 'Prompt and impartial investigation',
      ru: 'Быстрое и беспристрастное расследование',
      ar: 'التحقيق السريع والنزيه',
      zh: '迅速而公正的调查',
      fr: 'Enquête rapide et impartiale',
      es: 'Investigación pronta e imparcial',
      kk: 'Жедел және бейтарап тергеу',
    },
  ],
  [
    13,
    {
      en: 'Right to complain',
      ru: 'Право на жалобу',
      ar: 'الحق في رفع شكوى',
      zh: '申诉的权利',
      fr: 'Droit de porter plainte',
      es: 'Derecho a presentar una queja',
      kk: 'Шағым беру құқығы',
    },
  ],
  [
    14,
    {
      en: 'Redress and compensation',
      ru: 'Возмещение и компенсация',
      ar: 'الإنصاف والتعويض',
      zh: '补偿和赔偿',
      fr: 'Réparation et indemnisation',
      es: 'Reparación e indemnización',
      kk: 'Өтем және өтемақы',
    },
  ],
  [
    15,
    {
      en: 'Exclusion of evidence obtained by torture',
      ru: 'Недопустимость доказательств, полученных под пыткой',
      ar: 'عدم الاستشهاد بالأقوال المنتزعة بالتعذيب',
      zh: '不得援引以酷刑取得的口供',
      fr: 'Irrecevabilité des déclarations obtenues par la torture',
      es: 'Exclusión de las declaraciones obtenidas mediante tortura',
      kk: 'Азаптау арқылы алынған айғақтарды пайдаланбау',
    },
  ],
  [
    16,
    {
      en: 'Cruel, inhuman or degrading treatment or punishment',
      ru: 'Жестокие, бесчеловечные или унижающие достоинство виды обращения и наказания',
      ar: 'المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة',
      zh: '残忍、不人道或有辱人格的待遇或处罚',
      fr: 'Peines ou traitements cruels, inhumains ou dégradants',
      es: 'Tratos o penas crueles, inhumanos o degradantes',
      kk: 'Қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекеттер мен жазалау түрлері',
    },
  ],
  [
    17,
    {
      en: 'Committee against Torture',
      ru: 'Комитет против пыток',
      ar: 'لجنة مناهضة التعذيب',
      zh: '禁止酷刑委员会',
      fr: 'Comité contre la torture',
      es: 'Comité contra la Tortura',
      kk: 'Азаптауларға қарсы комитет',
    },
  ],
  [
    18,
    {
      en: 'Committee procedure',
      ru: 'Порядок работы Комитета',
      ar: 'إجراءات عمل اللجنة',
      zh: '委员会的议事规则',
      fr: 'Fonctionnement du Comité',
      es: 'Funcionamiento del Comité',
      kk: 'Комитеттің жұмыс тәртібі',
    },
  ],
  [
    19,
    {
      en: 'Reports by States parties',
      ru: 'Доклады государств-участников',
      ar: 'تقارير الدول الأطراف',
      zh: '缔约国的报告',
      fr: 'Rapports des États parties',
      es: 'Informes de los Estados Partes',
      kk: 'Қатысушы мемлекеттердің баяндамалары',
    },
  ],
  [
    20,
    {
      en: 'Confidential inquiry',
      ru: 'Конфиденциальное расследование',
      ar: 'التحقيق السري',
      zh: '秘密调查',
      fr: 'Enquête confidentielle',
      es: 'Investigación confidencial',
      kk: 'Құпия тергеу',
    },
  ],
  [
    21,
    {
      en: 'Inter-State communications',
      ru: 'Сообщения государств',
      ar: 'البلاغات المقدمة من الدول الأطراف',
      zh: '缔约国的来文',
      fr: 'Communications d’États parties',
      es: 'Comunicaciones de Estados Partes',
      kk: 'Мемлекеттердің хабарламалары',
    },
  ],
  [
    22,
    {
      en: 'Individual communications',
      ru: 'Индивидуальные сообщения',
      ar: 'البلاغات المقدمة من الأفراد',
      zh: '个人来文',
      fr: 'Communications de particuliers',
      es: 'Comunicaciones individuales',
      kk: 'Жеке адамдардың хабарламалары',
    },
  ],
  [
    23,
    {
      en: 'Privileges and immunities',
      ru: 'Привилегии и иммунитеты',
      ar: 'التسهيلات والامتيازات والحصانات',
      zh: '便利、特权和豁免',
      fr: 'Facilités, privilèges et immunités',
      es: 'Facilidades, privilegios e inmunidades',
      kk: 'Жеңілдіктер, артықшылықтар және иммунитеттер',
    },
  ],
  [
    24,
    {
      en: 'Annual report',
      ru: 'Ежегодный доклад',
      ar: 'التقرير السنوي',
      zh: '年度报告',
      fr: 'Rapport annuel',
      es: 'Informe anual',
      kk: 'Жылдық баяндама',
    },
  ],
  [
    25,
    {
      en: 'Signature and ratification',
      ru: 'Подписание и ратификация',
      ar: 'التوقيع والتصديق',
      zh: '签署和批准',
      fr: 'Signature et ratification',
      es: 'Firma y ratificación',
      kk: 'Қол қою және ратификациялау',
    },
  ],
  [
    26,
    {
      en: 'Accession',
      ru: 'Присоединение',
      ar: 'الانضمام',
      zh: '加入',
      fr: 'Adhésion',
      es: 'Adhesión',
      kk: 'Қосылу',
    },
  ],
  [
    27,
    {
      en: 'Entry into force',
      ru: 'Вступление в силу',
      ar: 'بدء النفاذ',
      zh: '生效',
      fr: 'Entrée en vigueur',
      es: 'Entrada en vigor',
      kk: 'Күшіне ену',
    },
  ],
  [
    28,
    {
      en: 'Reservation on article 20',
      ru: 'Оговорка к статье 20',
      ar: 'التحفظ على المادة 20',
      zh: '对第二十条的保留',
      fr: 'Réserve à l’article 20',
      es: 'Reserva respecto del artículo 20',
      kk: '20-бапқа қатысты ескертпе',
    },
  ],
  [
    29,
    {
      en: 'Amendments',
      ru: 'Поправки',
      ar: 'التعديلات',
      zh: '修正',
      fr: 'Amendements',
      es: 'Enmiendas',
      kk: 'Түзетулер',
    },
  ],
  [
    30,
    {
      en: 'Settlement of disputes',
      ru: 'Урегулирование споров',
      ar: 'تسوية المنازعات',
      zh: '争端的解决',
      fr: 'Règlement des différends',
      es: 'Solución de controversias',
      kk: 'Дауларды шешу',
    },
  ],
  [
    31,
    {
      en: 'Denunciation',
      ru: 'Денонсация',
      ar: 'الانسحاب',
      zh: '退约',
      fr: 'Dénonciation',
      es: 'Denuncia',
      kk: 'Денонсациялау',
    },
  ],
  [
    32,
    {
      en: 'Notifications',
      ru: 'Уведомления',
      ar: 'الإخطارات',
      zh: '通知',
      fr: 'Notifications',
      es: 'Notificaciones',
      kk: 'Хабардар ету',
    },
  ],
  [
    33,
    {
      en: 'Authentic texts',
      ru: 'Аутентичные тексты',
      ar: 'النصوص ذات الحجية',
      zh: '作准文本',
      fr: 'Textes faisant foi',
      es: 'Textos auténticos',
      kk: 'Түпнұсқа мәтіндер',
    },
  ],
]);

/**
 * A dataset's articles with a title in every language of the interface: a language the dataset
 * does not give gets the Convention's own short title (above), so that an Arabic reader sees
 * «المادة 12: التحقيق السريع والنزيه» rather than the English label. The dataset's own titles
 * are kept (a plain string as the dataset's `language`); what each article obliges stays the
 * dataset's wording, in its languages.
 */
export function withConventionTitles(articles: readonly Article[], language: string): Article[] {
  return articles.map((a) => {
    const own = a.title;
    const ours = CONVENTION_TITLES.get(a.number);
    if (!ours) return a;
    const title: Text =
      typeof own === 'string' ? { ...ours, [language]: own } : { ...ours, ...own };
    return { ...a, title };
  });
}
