/**
 * The articles of the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment
 * or Punishment, adopted by the United Nations General Assembly in resolution 39/46 of
 * 10 December 1984 (entered into force 26 June 1987): titles in its six official languages and
 * Kazakh, obligations in English and Russian.
 *
 * The Convention's articles carry no headings, in English or in Russian: the short titles below
 * are descriptive labels (as commonly used in the Committee against Torture's practice), and the
 * one-line obligations are faithful summaries of each article, not quotations. Russian wording
 * follows the terms of the official Russian text («пытка», «жестокие, бесчеловечные или
 * унижающие достоинство виды обращения и наказания»).
 *
 * Articles 1-16 (Part I) are substantive; 17-24 (Part II) concern the Committee, 25-33 (Part III)
 * are final clauses.
 */
import type { Article } from './schema';

type Entry = [number, string, string, string, string];

// [number, title en, obligation en, title ru, obligation ru]
const ENTRIES: Entry[] = [
  [
    1,
    'Definition of torture',
    'Defines torture: severe pain or suffering intentionally inflicted for a purpose such as a confession, punishment, intimidation or discrimination, by or with the consent or acquiescence of a public official.',
    'Определение пытки',
    'Определяет пытку: умышленное причинение сильной боли или страдания с целью получить признание, наказать, запугать или по причине дискриминации, государственным должностным лицом или с его согласия.',
  ],
  [
    2,
    'Prevention of torture',
    'Take effective legislative, administrative, judicial or other measures to prevent torture; no exceptional circumstance or superior order may justify it.',
    'Предупреждение пыток',
    'Принимать эффективные законодательные, административные, судебные и другие меры для предупреждения пыток; никакие исключительные обстоятельства и приказ начальника не оправдывают пытку.',
  ],
  [
    3,
    'Non-refoulement',
    'Do not expel, return or extradite a person to a State where there are substantial grounds for believing that he or she would be in danger of torture.',
    'Запрет высылки, возвращения и выдачи',
    'Не высылать, не возвращать и не выдавать лицо другому государству, если есть серьезные основания полагать, что ему угрожает там применение пыток.',
  ],
  [
    4,
    'Criminalisation of torture',
    'Make all acts of torture, attempts and complicity offences under criminal law, punishable by penalties that reflect their grave nature.',
    'Уголовная ответственность за пытки',
    'Обеспечить, чтобы все акты пытки, покушение на пытку и соучастие в ней были преступлениями по уголовному праву и карались наказаниями с учетом их тяжкого характера.',
  ],
  [
    5,
    'Jurisdiction',
    'Establish jurisdiction over torture committed in its territory, by or against its nationals, and where the alleged offender is present and not extradited.',
    'Юрисдикция',
    'Установить юрисдикцию в отношении пыток, совершенных на его территории, его гражданами или против них, а также когда предполагаемый преступник находится на его территории и не выдается.',
  ],
  [
    6,
    'Custody and preliminary inquiry',
    'Take a person alleged to have committed torture into custody or other legal measures, make a preliminary inquiry and notify the States concerned.',
    'Задержание и предварительное расследование',
    'Заключить под стражу лицо, подозреваемое в пытках, или принять иные правовые меры, провести предварительное расследование и уведомить заинтересованные государства.',
  ],
  [
    7,
    'Extradite or prosecute',
    'If the alleged offender is not extradited, submit the case to the competent authorities for prosecution, with fair treatment at all stages.',
    'Выдать или преследовать',
    'Если предполагаемый преступник не выдается, передать дело компетентным властям для уголовного преследования, гарантируя справедливое обращение на всех стадиях.',
  ],
  [
    8,
    'Extradition',
    'Treat torture offences as extraditable offences; the Convention may serve as the legal basis for extradition.',
    'Выдача',
    'Считать пытки преступлениями, влекущими выдачу; Конвенция может служить правовым основанием для выдачи.',
  ],
  [
    9,
    'Mutual legal assistance',
    'Afford other States parties the greatest measure of assistance in criminal proceedings concerning torture, including the supply of evidence.',
    'Взаимная правовая помощь',
    'Оказывать другим государствам-участникам максимальную помощь в уголовном судопроизводстве по делам о пытках, включая предоставление доказательств.',
  ],
  [
    10,
    'Education and training',
    'Include education and information on the prohibition of torture in the training of law enforcement, medical and other personnel involved in custody, interrogation or treatment of detainees.',
    'Обучение и информирование',
    'Включать учебные и информационные материалы о запрещении пыток в подготовку сотрудников правоохранительных органов, медицинского и иного персонала, связанного с содержанием под стражей и допросами.',
  ],
  [
    11,
    'Review of interrogation and custody',
    'Keep interrogation rules, methods and practices and arrangements for the custody of persons deprived of liberty under systematic review, to prevent torture.',
    'Контроль за допросом и содержанием под стражей',
    'Систематически рассматривать правила, методы и практику допроса, а также условия содержания под стражей лиц, лишенных свободы, чтобы не допускать пыток.',
  ],
  [
    12,
    'Prompt and impartial investigation',
    'Ensure a prompt and impartial investigation wherever there is reasonable ground to believe that torture has been committed.',
    'Быстрое и беспристрастное расследование',
    'Обеспечить быстрое и беспристрастное расследование, когда имеются достаточные основания полагать, что была применена пытка.',
  ],
  [
    13,
    'Right to complain',
    'Ensure that anyone alleging torture can complain and have the case promptly and impartially examined, and that complainants and witnesses are protected from ill-treatment or intimidation.',
    'Право на жалобу',
    'Обеспечить каждому, кто утверждает, что подвергся пыткам, право на жалобу и ее быстрое и беспристрастное рассмотрение, а также защиту истца и свидетелей от плохого обращения и запугивания.',
  ],
  [
    14,
    'Redress and compensation',
    'Ensure that victims of torture obtain redress and an enforceable right to fair and adequate compensation, including the means for as full a rehabilitation as possible.',
    'Возмещение и компенсация',
    'Обеспечить жертве пытки возмещение и право на справедливую и адекватную компенсацию, включая средства для возможно более полной реабилитации.',
  ],
  [
    15,
    'Exclusion of evidence obtained by torture',
    'Ensure that no statement made as a result of torture is invoked as evidence in any proceedings, except against a person accused of torture.',
    'Недопустимость доказательств, полученных под пыткой',
    'Обеспечить, чтобы заявление, полученное под пыткой, не использовалось в качестве доказательства, кроме как против лица, обвиняемого в пытках.',
  ],
  [
    16,
    'Cruel, inhuman or degrading treatment',
    'Prevent other acts of cruel, inhuman or degrading treatment or punishment by or with the consent or acquiescence of a public official; articles 10-13 apply to them.',
    'Жестокое, бесчеловечное или унижающее достоинство обращение',
    'Предупреждать другие акты жестокого, бесчеловечного или унижающего достоинство обращения и наказания со стороны должностных лиц или с их согласия; к ним применяются статьи 10-13.',
  ],
  [
    17,
    'Committee against Torture',
    'Establishes the Committee against Torture: ten independent experts elected by the States parties.',
    'Комитет против пыток',
    'Учреждает Комитет против пыток из десяти независимых экспертов, избираемых государствами-участниками.',
  ],
  [
    18,
    'Committee procedure',
    'The Committee elects its officers and adopts its own rules of procedure; the UN provides its staff and facilities.',
    'Порядок работы Комитета',
    'Комитет избирает должностных лиц и устанавливает свои правила процедуры; ООН предоставляет персонал и помещения.',
  ],
  [
    19,
    'Reports by States parties',
    'Submit reports to the Committee on the measures taken to give effect to the Convention, within one year and every four years thereafter.',
    'Доклады государств-участников',
    'Представлять Комитету доклады о принятых мерах по осуществлению Конвенции: в течение года, затем каждые четыре года.',
  ],
  [
    20,
    'Confidential inquiry',
    'On reliable information that torture is systematically practised, the Committee may make a confidential inquiry, including a visit with the State party’s agreement.',
    'Конфиденциальное расследование',
    'При достоверной информации о систематическом применении пыток Комитет может провести конфиденциальное расследование, включая посещение с согласия государства.',
  ],
  [
    21,
    'Inter-State communications',
    'A State party may declare that the Committee can receive communications from another State party claiming that it does not fulfil its obligations.',
    'Сообщения государств',
    'Государство может заявить, что признает компетенцию Комитета получать сообщения другого государства-участника о невыполнении им обязательств.',
  ],
  [
    22,
    'Individual communications',
    'A State party may declare that the Committee can receive communications from individuals claiming to be victims of its violation of the Convention.',
    'Индивидуальные сообщения',
    'Государство может заявить, что признает компетенцию Комитета получать сообщения от лиц, утверждающих, что они являются жертвами нарушения им Конвенции.',
  ],
  [
    23,
    'Privileges and immunities',
    'Committee members and ad hoc conciliation commission members enjoy the facilities, privileges and immunities of experts on mission for the UN.',
    'Привилегии и иммунитеты',
    'Члены Комитета и согласительных комиссий пользуются льготами, привилегиями и иммунитетами экспертов в командировках ООН.',
  ],
  [
    24,
    'Annual report',
    'The Committee submits an annual report on its activities to the States parties and to the UN General Assembly.',
    'Ежегодный доклад',
    'Комитет представляет государствам-участникам и Генеральной Ассамблее ООН ежегодный доклад о своей деятельности.',
  ],
  [
    25,
    'Signature and ratification',
    'The Convention is open for signature by all States and subject to ratification.',
    'Подписание и ратификация',
    'Конвенция открыта для подписания всеми государствами и подлежит ратификации.',
  ],
  [
    26,
    'Accession',
    'The Convention is open to accession by all States.',
    'Присоединение',
    'Конвенция открыта для присоединения всех государств.',
  ],
  [
    27,
    'Entry into force',
    'The Convention enters into force on the thirtieth day after the twentieth ratification or accession.',
    'Вступление в силу',
    'Конвенция вступает в силу на тридцатый день после сдачи на хранение двадцатой ратификационной грамоты или документа о присоединении.',
  ],
  [
    28,
    'Reservation on article 20',
    'A State may declare that it does not recognise the Committee’s competence under article 20.',
    'Оговорка к статье 20',
    'Государство может заявить, что не признает компетенцию Комитета, предусмотренную статьей 20.',
  ],
  [
    29,
    'Amendments',
    'Procedure by which States parties propose and adopt amendments to the Convention.',
    'Поправки',
    'Порядок предложения и принятия поправок к Конвенции государствами-участниками.',
  ],
  [
    30,
    'Settlement of disputes',
    'Disputes between States parties on the Convention go to negotiation, arbitration or the International Court of Justice, unless a State has reserved.',
    'Урегулирование споров',
    'Споры между государствами о Конвенции решаются переговорами, арбитражем или Международным Судом, если государство не сделало оговорки.',
  ],
  [
    31,
    'Denunciation',
    'A State party may denounce the Convention by written notification; denunciation takes effect one year later.',
    'Денонсация',
    'Государство может денонсировать Конвенцию письменным уведомлением; денонсация вступает в силу через год.',
  ],
  [
    32,
    'Notifications',
    'The UN Secretary-General informs States of signatures, ratifications, entry into force and denunciations.',
    'Уведомления',
    'Генеральный секретарь ООН уведомляет государства о подписаниях, ратификациях, вступлении в силу и денонсациях.',
  ],
  [
    33,
    'Authentic texts',
    'The Arabic, Chinese, English, French, Russian and Spanish texts are equally authentic.',
    'Аутентичные тексты',
    'Тексты на английском, арабском, испанском, китайском, русском и французском языках равно аутентичны.',
  ],
];

/**
 * The short titles in the other four official languages of the Convention and in Kazakh. Like the
 * English and Russian ones they are descriptive labels, not headings of the Convention (it has
 * none); each is worded with the terms of the official text in that language (for Kazakh, of the
 * Republic of Kazakhstan's legislation). Sources and the terms used: docs/GLOSSARY.md.
 */
const TITLES = new Map<number, Record<'ar' | 'zh' | 'fr' | 'es' | 'kk', string>>([
  [
    1,
    {
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
      ar: 'عدم الطرد أو الإعادة أو التسليم',
      zh: '不驱逐、遣返或引渡',
      fr: 'Non-refoulement',
      es: 'No devolución',
      kk: 'Шығарып жібермеу, қайтармау және ұстап бермеу',
    },
  ],
  [
    4,
    {
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
      ar: 'التسليم أو المحاكمة',
      zh: '引渡或起诉',
      fr: 'Extrader ou poursuivre',
      es: 'Extraditar o juzgar',
      kk: 'Ұстап беру немесе қудалау',
    },
  ],
  [8, { ar: 'التسليم', zh: '引渡', fr: 'Extradition', es: 'Extradición', kk: 'Ұстап беру' }],
  [
    9,
    {
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
      ar: 'المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة',
      zh: '残忍、不人道或有辱人格的待遇或处罚',
      fr: 'Peines ou traitements cruels, inhumains ou dégradants',
      es: 'Tratos o penas crueles, inhumanos o degradantes',
      kk: 'Қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекеттер мен жазалау',
    },
  ],
  [
    17,
    {
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
      ar: 'البلاغات المقدمة من الأفراد',
      zh: '个人来文',
      fr: 'Communications de particuliers',
      es: 'Comunicaciones de personas',
      kk: 'Жеке адамдардың хабарламалары',
    },
  ],
  [
    23,
    {
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
      ar: 'التوقيع والتصديق',
      zh: '签署和批准',
      fr: 'Signature et ratification',
      es: 'Firma y ratificación',
      kk: 'Қол қою және ратификациялау',
    },
  ],
  [26, { ar: 'الانضمام', zh: '加入', fr: 'Adhésion', es: 'Adhesión', kk: 'Қосылу' }],
  [
    27,
    {
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
      ar: 'التحفظ على المادة 20',
      zh: '对第二十条的保留',
      fr: 'Réserve à l’article 20',
      es: 'Reserva respecto del artículo 20',
      kk: '20-бапқа қатысты ескертпе',
    },
  ],
  [29, { ar: 'التعديلات', zh: '修正', fr: 'Amendements', es: 'Enmiendas', kk: 'Түзетулер' }],
  [
    30,
    {
      ar: 'تسوية المنازعات',
      zh: '争端的解决',
      fr: 'Règlement des différends',
      es: 'Solución de controversias',
      kk: 'Дауларды шешу',
    },
  ],
  [31, { ar: 'الانسحاب', zh: '退约', fr: 'Dénonciation', es: 'Denuncia', kk: 'Денонсациялау' }],
  [
    32,
    { ar: 'الإخطارات', zh: '通知', fr: 'Notifications', es: 'Notificaciones', kk: 'Хабардар ету' },
  ],
  [
    33,
    {
      ar: 'النصوص ذات الحجية',
      zh: '作准文本',
      fr: 'Textes faisant foi',
      es: 'Textos auténticos',
      kk: 'Түпнұсқа мәтіндер',
    },
  ],
]);

/** Every article of the Convention, as the dataset description's `articles` entries. */
export const UNCAT_ARTICLES: ReadonlyMap<number, Article> = new Map(
  ENTRIES.map(([number, titleEn, obligesEn, titleRu, obligesRu]) => [
    number,
    {
      number,
      title: { en: titleEn, ru: titleRu, ...TITLES.get(number) },
      obliges: { en: obligesEn, ru: obligesRu },
    },
  ]),
);

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
    const ours = UNCAT_ARTICLES.get(a.number)?.title;
    if (!ours || typeof ours === 'string') return a;
    const title = typeof own === 'string' ? { ...ours, [language]: own } : { ...ours, ...own };
    return { ...a, title };
  });
}

/** The substantive articles (Part I): offered when an imported file names no article. */
export const SUBSTANTIVE_ARTICLES = Array.from({ length: 16 }, (_, i) => i + 1);
