/**
 * The articles of the Convention against Torture and Other Cruel, Inhuman or Degrading Treatment
 * or Punishment, adopted by the United Nations General Assembly in resolution 39/46 of
 * 10 December 1984 (entered into force 26 June 1987): their short titles (uncat-titles.ts) and
 * what each obliges, in its six official languages and Kazakh.
 *
 * The one-line obligations are faithful summaries of each article, not quotations of it as a
 * whole. Each language's wording follows the terms of the Convention's official text in that
 * language (Russian: «пытка», «жестокие, бесчеловечные или унижающие достоинство виды обращения
 * и наказания»), and takes its phrases where a summary follows an article closely (sources and
 * which phrases were checked: docs/GLOSSARY.md).
 *
 * Articles 1-16 (Part I) are substantive; 17-24 (Part II) concern the Committee, 25-33 (Part III)
 * are final clauses.
 */
import type { Article } from './schema';
import { CONVENTION_TITLES } from './uncat-titles';

/** What each article obliges, by language. */
const OBLIGES = new Map<number, Record<string, string>>([
  [
    1,
    {
      en: 'Defines torture: severe pain or suffering intentionally inflicted for a purpose such as a confession, punishment, intimidation or discrimination, by or with the consent or acquiescence of a public official.',
      ru: 'Определяет пытку: умышленное причинение сильной боли или страдания с целью получить признание, наказать, запугать или по причине дискриминации, государственным должностным лицом или с его согласия.',
      ar: 'تعرّف التعذيب: أي عمل ينتج عنه ألم أو عذاب شديد، جسدياً كان أم عقلياً، يلحق عمداً بشخص ما بقصد الحصول على معلومات أو على اعتراف، أو معاقبته، أو تخويفه، أو لأي سبب يقوم على التمييز، ويحرض عليه أو يوافق عليه أو يسكت عنه موظف رسمي.',
      zh: '界定酷刑：为了取得情报或供状、加以处罚、恐吓或基于任何一种歧视的理由，蓄意使某人在肉体或精神上遭受剧烈疼痛或痛苦的行为，由公职人员所造成或在其唆使、同意或默许下造成。',
      fr: 'Définit la torture : une douleur ou des souffrances aiguës, physiques ou mentales, intentionnellement infligées pour obtenir des renseignements ou des aveux, punir, intimider ou pour un motif fondé sur une discrimination, par un agent de la fonction publique ou avec son consentement exprès ou tacite.',
      es: 'Define la tortura: dolores o sufrimientos graves, físicos o mentales, infligidos intencionadamente para obtener información o una confesión, castigar, intimidar o por cualquier razón basada en cualquier tipo de discriminación, por un funcionario público o con su consentimiento o aquiescencia.',
      kk: 'Азаптауды анықтайды: мойындату, жазалау, қорқыту мақсатында немесе кемсітушілікке негізделген кез келген себеппен адамға қасақана қатты тән немесе жан азабын келтіру, мемлекеттік лауазымды адамның өзі не оның келісімімен.',
    },
  ],
  [
    2,
    {
      en: 'Take effective legislative, administrative, judicial or other measures to prevent torture; no exceptional circumstance or superior order may justify it.',
      ru: 'Предпринимать эффективные законодательные, административные, судебные и другие меры для предупреждения актов пыток; никакие исключительные обстоятельства и приказ вышестоящего начальника не могут служить оправданием пыток.',
      ar: 'اتخاذ إجراءات تشريعية أو إدارية أو قضائية فعالة أو أية إجراءات أخرى لمنع أعمال التعذيب؛ ولا يجوز التذرع بأية ظروف استثنائية ولا بالأوامر الصادرة عن موظفين أعلى مرتبة كمبرر للتعذيب.',
      zh: '采取有效的立法、行政、司法或其他措施，防止酷刑行为；任何意外情况或上级官员的命令均不得作为施行酷刑的理由。',
      fr: 'Prendre des mesures législatives, administratives, judiciaires et autres mesures efficaces pour empêcher la torture ; aucune circonstance exceptionnelle ni l’ordre d’un supérieur ne peut la justifier.',
      es: 'Tomar medidas legislativas, administrativas, judiciales o de otra índole eficaces para impedir la tortura; ninguna circunstancia excepcional ni la orden de un superior puede justificarla.',
      kk: 'Азаптаудың алдын алу үшін тиімді заңнамалық, әкімшілік, сот немесе басқа да шаралар қабылдау; ешқандай ерекше жағдай да, жоғары тұрған лауазымды адамның бұйрығы да азаптауды ақтай алмайды.',
    },
  ],
  [
    3,
    {
      en: 'Do not expel, return (“refouler”) or extradite a person to another State where there are substantial grounds for believing that he or she would be in danger of being subjected to torture.',
      ru: 'Не высылать, не возвращать и не выдавать лицо другому государству, если есть серьезные основания полагать, что ему угрожает там применение пыток.',
      ar: 'عدم طرد أي شخص أو إعادته أو تسليمه إلى دولة أخرى إذا توافرت أسباب حقيقية تدعو إلى الاعتقاد بأنه سيكون في خطر التعرض للتعذيب.',
      zh: '如有充分理由相信任何人在另一国家将有遭受酷刑的危险，不得将该人驱逐、遣返或引渡至该国。',
      fr: 'N’expulser, ne refouler ni n’extrader une personne vers un autre État où il y a des motifs sérieux de croire qu’elle risque d’être soumise à la torture.',
      es: 'No proceder a la expulsión, devolución o extradición de una persona a otro Estado cuando haya razones fundadas para creer que estaría en peligro de ser sometida a tortura.',
      kk: 'Адамның басқа мемлекетте азаптауға ұшырау қаупі бар деп есептеуге елеулі негіздер болса, оны сол мемлекетке шығарып жібермеу, қайтармау және ұстап бермеу.',
    },
  ],
  [
    4,
    {
      en: 'Make all acts of torture, attempts and complicity offences under criminal law, punishable by penalties that reflect their grave nature.',
      ru: 'Обеспечить, чтобы все акты пытки, покушение на пытку и соучастие в ней были преступлениями по уголовному праву и карались наказаниями с учетом их тяжкого характера.',
      ar: 'ضمان أن تكون جميع أعمال التعذيب ومحاولات ممارسته والتواطؤ والمشاركة فيه جرائم بموجب القانون الجنائي، يعاقب عليها بعقوبات مناسبة تأخذ في الاعتبار طبيعتها الخطيرة.',
      zh: '确保一切酷刑行为、施行酷刑的企图以及共谋或参与酷刑的行为均定为刑事罪行，并根据其严重程度处以适当的惩罚。',
      fr: 'Faire de tous les actes de torture, de la tentative et de la complicité des infractions au regard de son droit pénal, passibles de peines appropriées qui prennent en considération leur gravité.',
      es: 'Velar por que todos los actos de tortura, la tentativa y la complicidad constituyan delitos conforme a su legislación penal, castigados con penas adecuadas en las que se tenga en cuenta su gravedad.',
      kk: 'Азаптаудың барлық әрекеттерін, азаптауға оқталуды және оған қатысуды қылмыстық заң бойынша қылмыс деп тану және олардың ауыр сипатын ескеретін тиісті жаза белгілеу.',
    },
  ],
  [
    5,
    {
      en: 'Establish jurisdiction over torture committed in its territory, by or against its nationals, and where the alleged offender is present and not extradited.',
      ru: 'Установить юрисдикцию в отношении пыток, совершенных на его территории, его гражданами или против них, а также когда предполагаемый преступник находится на его территории и не выдается.',
      ar: 'إقامة ولايتها القضائية على جرائم التعذيب المرتكبة في إقليمها أو من مواطنيها أو ضدهم، وعندما يكون مرتكب الجريمة المزعوم موجوداً في إقليمها ولا تقوم بتسليمه.',
      zh: '对在其领土内、由其国民或针对其国民所犯的酷刑罪行，以及被指控罪犯在其领土内而不予引渡的情况，确立管辖权。',
      fr: 'Établir sa compétence à l’égard des actes de torture commis sur son territoire, par ses ressortissants ou contre eux, et lorsque l’auteur présumé se trouve sur son territoire et n’est pas extradé.',
      es: 'Instituir su jurisdicción sobre los actos de tortura cometidos en su territorio, por sus nacionales o contra ellos, y cuando el presunto delincuente se halle en su territorio y no se conceda la extradición.',
      kk: 'Өз аумағында, өз азаматтары жасаған немесе оларға қарсы жасалған азаптау қылмыстарына, сондай-ақ қылмыс жасады деген адам оның аумағында болып, ұстап берілмеген жағдайда юрисдикция белгілеу.',
    },
  ],
  [
    6,
    {
      en: 'Take a person alleged to have committed torture into custody or other legal measures, make a preliminary inquiry and notify the States concerned.',
      ru: 'Заключить под стражу лицо, подозреваемое в пытках, или принять иные правовые меры, провести предварительное расследование и уведомить заинтересованные государства.',
      ar: 'احتجاز الشخص المدعى أنه ارتكب التعذيب أو اتخاذ إجراءات قانونية أخرى لضمان وجوده، وإجراء تحقيق أولي، وإخطار الدول المعنية.',
      zh: '将被指控犯有酷刑罪行的人拘留或采取其他法律措施，立即进行初步调查，并通知有关国家。',
      fr: 'Placer en détention la personne soupçonnée d’actes de torture ou prendre d’autres mesures juridiques, procéder à une enquête préliminaire et aviser les États concernés.',
      es: 'Proceder a la detención de la persona de la que se supone que ha cometido tortura, o tomar otras medidas legales, realizar una investigación preliminar y notificarlo a los Estados interesados.',
      kk: 'Азаптау жасады деген адамды қамауға алу немесе өзге де құқықтық шаралар қолдану, алдын ала тергеу жүргізу және мүдделі мемлекеттерге хабарлау.',
    },
  ],
  [
    7,
    {
      en: 'If the alleged offender is not extradited, submit the case to the competent authorities for prosecution, with fair treatment at all stages.',
      ru: 'Если предполагаемый преступник не выдается, передать дело компетентным властям для уголовного преследования, гарантируя справедливое обращение на всех стадиях.',
      ar: 'إذا لم يُسلَّم مرتكب الجريمة المزعوم، عرض القضية على السلطات المختصة بقصد المحاكمة، مع ضمان معاملته معاملة عادلة في جميع مراحل الإجراءات.',
      zh: '如不引渡被指控罪犯，应将该案提交主管当局以便起诉，并保证在诉讼的所有阶段都得到公平待遇。',
      fr: 'Si l’auteur présumé n’est pas extradé, soumettre l’affaire aux autorités compétentes pour l’exercice de l’action pénale, avec la garantie d’un traitement équitable à tous les stades de la procédure.',
      es: 'Si no se concede la extradición del presunto delincuente, someter el caso a las autoridades competentes a efectos de enjuiciamiento, garantizando un trato justo en todas las fases del procedimiento.',
      kk: 'Қылмыс жасады деген адам ұстап берілмесе, істі қылмыстық қудалау үшін құзыретті органдарға беру және іс жүргізудің барлық сатысында әділ қарауға кепілдік беру.',
    },
  ],
  [
    8,
    {
      en: 'Treat torture offences as extraditable offences; the Convention may serve as the legal basis for extradition.',
      ru: 'Считать пытки преступлениями, влекущими выдачу; Конвенция может служить правовым основанием для выдачи.',
      ar: 'اعتبار جرائم التعذيب جرائم قابلة لتسليم مرتكبيها؛ ويجوز اعتبار الاتفاقية أساساً قانونياً للتسليم.',
      zh: '将酷刑罪行视为可引渡的罪行；本公约可作为引渡的法律依据。',
      fr: 'Considérer les actes de torture comme des cas d’extradition ; la Convention peut servir de base juridique à l’extradition.',
      es: 'Considerar los delitos de tortura como casos de extradición; la Convención puede servir de base jurídica para la extradición.',
      kk: 'Азаптау қылмыстарын ұстап беруге әкеп соғатын қылмыстар деп санау; Конвенция ұстап берудің құқықтық негізі бола алады.',
    },
  ],
  [
    9,
    {
      en: 'Afford other States parties the greatest measure of assistance in criminal proceedings concerning torture, including the supply of evidence.',
      ru: 'Оказывать другим государствам-участникам максимальную помощь в уголовном судопроизводстве по делам о пытках, включая предоставление доказательств.',
      ar: 'تقديم أكبر قدر من المساعدة إلى الدول الأطراف الأخرى في الإجراءات الجنائية المتعلقة بالتعذيب، بما في ذلك توفير الأدلة.',
      zh: '在有关酷刑罪行的刑事诉讼中，向其他缔约国提供最大程度的协助，包括提供证据。',
      fr: 'Accorder aux autres États parties l’entraide judiciaire la plus large possible dans toute procédure pénale relative à la torture, y compris la communication des éléments de preuve.',
      es: 'Prestar a los demás Estados Partes todo el auxilio posible en los procedimientos penales relativos a la tortura, incluido el suministro de las pruebas.',
      kk: 'Азаптау туралы қылмыстық істер бойынша басқа қатысушы мемлекеттерге барынша көмек көрсету, оның ішінде дәлелдемелер беру.',
    },
  ],
  [
    10,
    {
      en: 'Include education and information on the prohibition of torture in the training of law enforcement, medical and other personnel involved in custody, interrogation or treatment of detainees.',
      ru: 'Включать учебные и информационные материалы о запрещении пыток в подготовку сотрудников правоохранительных органов, медицинского и иного персонала, связанного с содержанием под стражей и допросами.',
      ar: 'إدراج التعليم والإعلام فيما يتعلق بحظر التعذيب في برامج تدريب الموظفين المكلفين بإنفاذ القوانين والموظفين الطبيين وغيرهم ممن قد تكون لهم علاقة باحتجاز الأفراد أو استجوابهم أو معاملتهم.',
      zh: '将关于禁止酷刑的教育和资料纳入执法人员、医务人员以及参与拘留、审讯或处理被拘留者的其他人员的培训之中。',
      fr: 'Inclure l’enseignement et l’information concernant l’interdiction de la torture dans la formation du personnel chargé de l’application des lois, du personnel médical et des autres personnes intervenant dans la garde, l’interrogatoire ou le traitement des personnes détenues.',
      es: 'Incluir la educación y la información sobre la prohibición de la tortura en la formación del personal encargado de la aplicación de la ley, del personal médico y de las demás personas que intervengan en la custodia, el interrogatorio o el tratamiento de las personas detenidas.',
      kk: 'Азаптауға тыйым салу туралы оқыту мен ақпаратты құқық қорғау органдары қызметкерлерінің, медицина персоналының және ұсталған адамдарды күзетуге, олардан жауап алуға не олармен жұмыс істеуге қатысатын өзге де адамдардың даярлығына енгізу.',
    },
  ],
  [
    11,
    {
      en: 'Keep interrogation rules, methods and practices and arrangements for the custody of persons deprived of liberty under systematic review, to prevent torture.',
      ru: 'Систематически рассматривать правила, методы и практику допроса, а также условия содержания под стражей лиц, лишенных свободы, чтобы не допускать пыток.',
      ar: 'إبقاء قواعد الاستجواب وأساليبه وممارساته، وكذلك ترتيبات احتجاز الأشخاص المحرومين من حريتهم، قيد الاستعراض المنظم، بقصد منع حدوث أي حالات تعذيب.',
      zh: '经常有系统地审查审讯规则、方法和惯例以及对被剥夺自由者的拘留安排，以避免发生任何酷刑事件。',
      fr: 'Exercer une surveillance systématique sur les règles, méthodes et pratiques d’interrogatoire et sur les dispositions concernant la garde des personnes privées de liberté, afin d’éviter tout cas de torture.',
      es: 'Mantener sistemáticamente en examen las normas, métodos y prácticas de interrogatorio, así como las disposiciones para la custodia de las personas privadas de libertad, a fin de evitar todo caso de tortura.',
      kk: 'Азаптау жағдайларына жол бермеу үшін жауап алу ережелерін, әдістері мен тәжірибесін, сондай-ақ бас бостандығынан айырылған адамдарды күзетпен ұстау тәртібін жүйелі түрде қарап отыру.',
    },
  ],
  [
    12,
    {
      en: 'Ensure a prompt and impartial investigation wherever there is reasonable ground to believe that torture has been committed.',
      ru: 'Обеспечить быстрое и беспристрастное расследование, когда имеются достаточные основания полагать, что была применена пытка.',
      ar: 'ضمان قيام السلطات المختصة بإجراء تحقيق سريع ونزيه كلما وجدت أسباب معقولة تدعو إلى الاعتقاد بأن عملاً من أعمال التعذيب قد ارتُكب.',
      zh: '在有适当理由认为已发生酷刑行为时，确保主管当局立即进行公正的调查。',
      fr: 'Veiller à ce que les autorités compétentes procèdent immédiatement à une enquête impartiale chaque fois qu’il y a des motifs raisonnables de croire qu’un acte de torture a été commis.',
      es: 'Velar por que las autoridades competentes procedan a una investigación pronta e imparcial siempre que haya motivos razonables para creer que se ha cometido un acto de tortura.',
      kk: 'Азаптау әрекеті жасалды деп есептеуге жеткілікті негіз болған кезде құзыретті органдардың жедел және бейтарап тергеу жүргізуін қамтамасыз ету.',
    },
  ],
  [
    13,
    {
      en: 'Ensure that anyone alleging torture can complain and have the case promptly and impartially examined, and that complainants and witnesses are protected from ill-treatment or intimidation.',
      ru: 'Обеспечить каждому, кто утверждает, что подвергся пыткам, право на предъявление жалобы и ее быстрое и беспристрастное рассмотрение, а также защиту истца и свидетелей от плохого обращения и запугивания.',
      ar: 'ضمان حق كل من يدعي أنه تعرض للتعذيب في أن يرفع شكوى وأن تنظر السلطات المختصة في حالته على وجه السرعة وبنزاهة، وحماية مقدم الشكوى والشهود من كافة أنواع المعاملة السيئة أو التخويف.',
      zh: '确保凡声称遭到酷刑的个人有权向主管当局申诉，并由主管当局对其案件进行迅速而公正的审查；确保申诉人和证人不因提出申诉或提供证据而遭受任何虐待或恐吓。',
      fr: 'Garantir à toute personne qui prétend avoir été soumise à la torture le droit de porter plainte et de voir sa cause examinée immédiatement et impartialement, et protéger le plaignant et les témoins contre tout mauvais traitement ou toute intimidation.',
      es: 'Garantizar a toda persona que alegue haber sido sometida a tortura el derecho a presentar una queja y a que su caso sea pronta e imparcialmente examinado, y proteger al denunciante y a los testigos contra todo maltrato o intimidación.',
      kk: 'Азаптауға ұшырадым деген әрбір адамның шағым беру және оның ісін жедел әрі бейтарап қарау құқығын қамтамасыз ету, сондай-ақ шағымданушы мен куәларды кез келген қатыгездік пен қорқытудан қорғау.',
    },
  ],
  [
    14,
    {
      en: 'Ensure in its legal system that the victim of an act of torture obtains redress and has an enforceable right to fair and adequate compensation, including the means for as full rehabilitation as possible.',
      ru: 'Обеспечить в своей правовой системе, чтобы жертва пыток получала возмещение и имела подкрепляемое правовой санкцией право на справедливую и адекватную компенсацию, включая средства для возможно более полной реабилитации.',
      ar: 'ضمان إنصاف من يتعرض لعمل من أعمال التعذيب وتمتعه بحق قابل للتنفيذ في تعويض عادل ومناسب، بما في ذلك وسائل إعادة تأهيله على أكمل وجه ممكن.',
      zh: '确保酷刑受害者得到补偿，并享有获得公平和充分赔偿的强制执行权利，其中包括尽量使其完全复原。',
      fr: 'Garantir à la victime d’un acte de torture le droit d’obtenir réparation et d’être indemnisée équitablement et de manière adéquate, y compris les moyens nécessaires à sa réadaptation la plus complète possible.',
      es: 'Garantizar que la víctima de un acto de tortura obtenga reparación y tenga un derecho exigible a una indemnización justa y adecuada, incluidos los medios para una rehabilitación lo más completa posible.',
      kk: 'Азаптаудан жәбірленушінің өтем алуын және әділ әрі барабар өтемақыға, оның ішінде барынша толық оңалту құралдарына мәжбүрлеп орындалатын құқығын қамтамасыз ету.',
    },
  ],
  [
    15,
    {
      en: 'Ensure that no statement made as a result of torture is invoked as evidence in any proceedings, except against a person accused of torture.',
      ru: 'Обеспечить, чтобы заявление, полученное под пыткой, не использовалось в качестве доказательства, кроме как против лица, обвиняемого в пытках.',
      ar: 'ضمان عدم الاستشهاد بأية أقوال يثبت أنه تم الإدلاء بها نتيجة للتعذيب كدليل في أية إجراءات، إلا ضد شخص متهم بارتكاب التعذيب.',
      zh: '确保在任何诉讼程序中，不得援引任何经证实是以酷刑取得的口供为证据，但可用作被控施用酷刑者的罪证。',
      fr: 'Veiller à ce que toute déclaration dont il est établi qu’elle a été obtenue par la torture ne puisse être invoquée comme un élément de preuve dans une procédure, si ce n’est contre la personne accusée de torture.',
      es: 'Asegurar que ninguna declaración que se demuestre que ha sido hecha como resultado de tortura pueda ser invocada como prueba en ningún procedimiento, salvo en contra de una persona acusada de tortura.',
      kk: 'Азаптау арқылы алынған кез келген мәлімдеменің іс жүргізуде дәлелдеме ретінде пайдаланылмауын қамтамасыз ету, азаптау жасады деп айыпталған адамға қарсы пайдаланудан басқа жағдайда.',
    },
  ],
  [
    16,
    {
      en: 'Prevent other acts of cruel, inhuman or degrading treatment or punishment by or with the consent or acquiescence of a public official; articles 10-13 apply to them.',
      ru: 'Предупреждать другие акты жестокого, бесчеловечного или унижающего достоинство обращения и наказания со стороны должностных лиц или с их согласия; к ним применяются статьи 10-13.',
      ar: 'منع الأعمال الأخرى من أعمال المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة التي يرتكبها موظف عمومي أو تُرتكب بتحريض منه أو بموافقته أو بسكوته عليها؛ وتنطبق عليها المواد 10 إلى 13.',
      zh: '防止公职人员施行或在其唆使、同意或默许下施行其他残忍、不人道或有辱人格的待遇或处罚的行为；第十条至第十三条适用于此类行为。',
      fr: 'Interdire les autres actes constitutifs de peines ou traitements cruels, inhumains ou dégradants commis par un agent de la fonction publique ou avec son consentement exprès ou tacite ; les articles 10 à 13 s’y appliquent.',
      es: 'Prohibir otros actos que constituyan tratos o penas crueles, inhumanos o degradantes cometidos por un funcionario público o con su consentimiento o aquiescencia; los artículos 10 a 13 se aplican a ellos.',
      kk: 'Мемлекеттік лауазымды адам жасаған немесе оның келісімімен жасалған қатыгез, адамгершілікке жатпайтын немесе ар-намысты қорлайтын іс-әрекеттер мен жазалаудың басқа да түрлерінің алдын алу; оларға 10–13-баптар қолданылады.',
    },
  ],
  [
    17,
    {
      en: 'Establishes the Committee against Torture: ten independent experts elected by the States parties.',
      ru: 'Учреждает Комитет против пыток из десяти независимых экспертов, избираемых государствами-участниками.',
      ar: 'تنشئ لجنة مناهضة التعذيب من عشرة خبراء مستقلين تنتخبهم الدول الأطراف.',
      zh: '设立禁止酷刑委员会，由缔约国选举的十名独立专家组成。',
      fr: 'Institue le Comité contre la torture : dix experts indépendants élus par les États parties.',
      es: 'Establece el Comité contra la Tortura: diez expertos independientes elegidos por los Estados Partes.',
      kk: 'Қатысушы мемлекеттер сайлайтын он тәуелсіз сарапшыдан тұратын Азаптауларға қарсы комитетті құрады.',
    },
  ],
  [
    18,
    {
      en: 'The Committee elects its officers and adopts its own rules of procedure; the UN provides its staff and facilities.',
      ru: 'Комитет избирает должностных лиц и устанавливает свои правила процедуры; ООН предоставляет персонал и помещения.',
      ar: 'تنتخب اللجنة أعضاء مكتبها وتضع نظامها الداخلي؛ وتوفر الأمم المتحدة لها الموظفين والمرافق.',
      zh: '委员会选举其主席团成员并制定自己的议事规则；联合国为其提供工作人员和设施。',
      fr: 'Le Comité élit son bureau et établit son règlement intérieur ; l’ONU met à sa disposition le personnel et les installations.',
      es: 'El Comité elige su Mesa y aprueba su propio reglamento; las Naciones Unidas le proporcionan el personal y los servicios.',
      kk: 'Комитет өзінің лауазымды адамдарын сайлайды және жұмыс тәртібінің қағидаларын бекітеді; БҰҰ оған персонал мен жағдай береді.',
    },
  ],
  [
    19,
    {
      en: 'Submit reports to the Committee on the measures taken to give effect to the Convention, within one year and every four years thereafter.',
      ru: 'Представлять Комитету доклады о принятых мерах по осуществлению Конвенции: в течение года, затем каждые четыре года.',
      ar: 'تقديم تقارير إلى اللجنة عن التدابير المتخذة لتنفيذ الاتفاقية، خلال سنة واحدة ثم كل أربع سنوات.',
      zh: '在一年内并于其后每四年向委员会提交关于为履行本公约所采取措施的报告。',
      fr: 'Présenter au Comité des rapports sur les mesures prises pour donner effet à la Convention, dans un délai d’un an, puis tous les quatre ans.',
      es: 'Presentar al Comité informes sobre las medidas adoptadas para dar efectividad a la Convención, dentro del plazo de un año y después cada cuatro años.',
      kk: 'Конвенцияны орындау үшін қабылданған шаралар туралы Комитетке бір жыл ішінде, кейін әр төрт жыл сайын баяндама беру.',
    },
  ],
  [
    20,
    {
      en: 'On reliable information that torture is systematically practised, the Committee may make a confidential inquiry, including a visit with the State party’s agreement.',
      ru: 'При достоверной информации о систематическом применении пыток Комитет может провести конфиденциальное расследование, включая посещение с согласия государства.',
      ar: 'إذا تلقت اللجنة معلومات موثوقاً بها تدل على أن التعذيب يمارس على نحو منتظم، جاز لها إجراء تحقيق سري، يشمل زيارة بموافقة الدولة الطرف.',
      zh: '如收到可靠资料表明有系统地施行酷刑，委员会可进行秘密调查，经该缔约国同意可包括前往访问。',
      fr: 'Sur la foi de renseignements crédibles indiquant que la torture est pratiquée systématiquement, le Comité peut procéder à une enquête confidentielle, y compris une visite avec l’accord de l’État partie.',
      es: 'Si recibe información fiable de que se practica sistemáticamente la tortura, el Comité puede realizar una investigación confidencial, incluida una visita con el acuerdo del Estado Parte.',
      kk: 'Азаптау жүйелі түрде қолданылады деген сенімді ақпарат болса, Комитет құпия тергеу жүргізе алады, оның ішінде қатысушы мемлекеттің келісімімен сол елге бару.',
    },
  ],
  [
    21,
    {
      en: 'A State party may declare that the Committee can receive communications from another State party claiming that it does not fulfil its obligations.',
      ru: 'Государство может заявить, что признает компетенцию Комитета получать сообщения другого государства-участника о невыполнении им обязательств.',
      ar: 'يجوز للدولة الطرف أن تعلن اعترافها باختصاص اللجنة في تسلم بلاغات من دولة طرف أخرى تدعي أنها لا تفي بالتزاماتها.',
      zh: '缔约国可声明承认委员会有权接受另一缔约国声称其未履行义务的来文。',
      fr: 'Un État partie peut déclarer qu’il reconnaît la compétence du Comité pour recevoir des communications d’un autre État partie affirmant qu’il ne s’acquitte pas de ses obligations.',
      es: 'Un Estado Parte puede declarar que reconoce la competencia del Comité para recibir comunicaciones en que otro Estado Parte alegue que no cumple sus obligaciones.',
      kk: 'Қатысушы мемлекет басқа қатысушы мемлекеттің оны міндеттемелерін орындамайды деген хабарламаларын алуға Комитеттің құзыретін тани алады.',
    },
  ],
  [
    22,
    {
      en: 'A State party may declare that the Committee can receive communications from individuals claiming to be victims of its violation of the Convention.',
      ru: 'Государство может заявить, что признает компетенцию Комитета получать сообщения от лиц, утверждающих, что они являются жертвами нарушения им Конвенции.',
      ar: 'يجوز للدولة الطرف أن تعلن اعترافها باختصاص اللجنة في تسلم بلاغات من أفراد يدعون أنهم ضحايا لانتهاكها أحكام الاتفاقية.',
      zh: '缔约国可声明承认委员会有权接受声称因该缔约国违反本公约而受害的个人的来文。',
      fr: 'Un État partie peut déclarer qu’il reconnaît la compétence du Comité pour recevoir des communications de particuliers qui se prétendent victimes d’une violation de la Convention par lui.',
      es: 'Un Estado Parte puede declarar que reconoce la competencia del Comité para recibir comunicaciones de personas que aleguen ser víctimas de una violación de la Convención por ese Estado.',
      kk: 'Қатысушы мемлекет оның Конвенцияны бұзуынан жәбір көрдік деген жеке адамдардың хабарламаларын алуға Комитеттің құзыретін тани алады.',
    },
  ],
  [
    23,
    {
      en: 'Committee members and ad hoc conciliation commission members enjoy the facilities, privileges and immunities of experts on mission for the UN.',
      ru: 'Члены Комитета и согласительных комиссий пользуются льготами, привилегиями и иммунитетами экспертов в командировках ООН.',
      ar: 'يتمتع أعضاء اللجنة وأعضاء لجان التوفيق المخصصة بالتسهيلات والامتيازات والحصانات المقررة للخبراء الموفدين في مهام للأمم المتحدة.',
      zh: '委员会委员和特设和解委员会委员享有联合国特派专家的便利、特权和豁免。',
      fr: 'Les membres du Comité et des commissions de conciliation ad hoc jouissent des facilités, privilèges et immunités des experts en mission pour l’ONU.',
      es: 'Los miembros del Comité y de las comisiones especiales de conciliación gozan de las facilidades, privilegios e inmunidades de los expertos en misión de las Naciones Unidas.',
      kk: 'Комитет мүшелері мен арнаулы бітімгерлік комиссиялардың мүшелері БҰҰ тапсырмасымен жүрген сарапшылардың жеңілдіктерін, артықшылықтары мен иммунитеттерін пайдаланады.',
    },
  ],
  [
    24,
    {
      en: 'The Committee submits an annual report on its activities to the States parties and to the UN General Assembly.',
      ru: 'Комитет представляет государствам-участникам и Генеральной Ассамблее ООН ежегодный доклад о своей деятельности.',
      ar: 'تقدم اللجنة تقريراً سنوياً عن أنشطتها إلى الدول الأطراف وإلى الجمعية العامة للأمم المتحدة.',
      zh: '委员会向缔约国和联合国大会提交关于其活动的年度报告。',
      fr: 'Le Comité présente un rapport annuel sur ses activités aux États parties et à l’Assemblée générale des Nations Unies.',
      es: 'El Comité presenta un informe anual sobre sus actividades a los Estados Partes y a la Asamblea General de las Naciones Unidas.',
      kk: 'Комитет өз қызметі туралы жылдық баяндаманы қатысушы мемлекеттерге және БҰҰ Бас Ассамблеясына ұсынады.',
    },
  ],
  [
    25,
    {
      en: 'The Convention is open for signature by all States and subject to ratification.',
      ru: 'Конвенция открыта для подписания всеми государствами и подлежит ратификации.',
      ar: 'الاتفاقية مفتوحة لتوقيع جميع الدول، وتخضع للتصديق.',
      zh: '本公约开放给所有国家签署，并须经批准。',
      fr: 'La Convention est ouverte à la signature de tous les États et soumise à ratification.',
      es: 'La Convención está abierta a la firma de todos los Estados y sujeta a ratificación.',
      kk: 'Конвенция барлық мемлекеттердің қол қоюы үшін ашық және ратификациялануға тиіс.',
    },
  ],
  [
    26,
    {
      en: 'The Convention is open to accession by all States.',
      ru: 'Конвенция открыта для присоединения всех государств.',
      ar: 'الاتفاقية مفتوحة لانضمام جميع الدول إليها.',
      zh: '本公约开放给所有国家加入。',
      fr: 'La Convention est ouverte à l’adhésion de tous les États.',
      es: 'La Convención está abierta a la adhesión de todos los Estados.',
      kk: 'Конвенция барлық мемлекеттердің қосылуы үшін ашық.',
    },
  ],
  [
    27,
    {
      en: 'The Convention enters into force on the thirtieth day after the twentieth ratification or accession.',
      ru: 'Конвенция вступает в силу на тридцатый день после сдачи на хранение двадцатой ратификационной грамоты или документа о присоединении.',
      ar: 'يبدأ نفاذ الاتفاقية في اليوم الثلاثين بعد إيداع صك التصديق أو الانضمام العشرين.',
      zh: '本公约在第二十份批准书或加入书交存后第三十天开始生效。',
      fr: 'La Convention entre en vigueur le trentième jour après le dépôt du vingtième instrument de ratification ou d’adhésion.',
      es: 'La Convención entra en vigor el trigésimo día a partir de la fecha en que se deposite el vigésimo instrumento de ratificación o de adhesión.',
      kk: 'Конвенция жиырмасыншы ратификациялау грамотасы немесе қосылу туралы құжат сақтауға тапсырылғаннан кейін отызыншы күні күшіне енеді.',
    },
  ],
  [
    28,
    {
      en: 'A State may declare that it does not recognise the Committee’s competence under article 20.',
      ru: 'Государство может заявить, что не признает компетенцию Комитета, предусмотренную статьей 20.',
      ar: 'يجوز للدولة أن تعلن أنها لا تعترف باختصاص اللجنة المنصوص عليه في المادة 20.',
      zh: '各国可声明不承认第二十条所规定的委员会职权。',
      fr: 'Un État peut déclarer qu’il ne reconnaît pas la compétence accordée au Comité aux termes de l’article 20.',
      es: 'Un Estado puede declarar que no reconoce la competencia del Comité según se establece en el artículo 20.',
      kk: 'Мемлекет 20-бапта көзделген Комитеттің құзыретін танымайтынын мәлімдей алады.',
    },
  ],
  [
    29,
    {
      en: 'Procedure by which States parties propose and adopt amendments to the Convention.',
      ru: 'Порядок предложения и принятия поправок к Конвенции государствами-участниками.',
      ar: 'إجراءات اقتراح الدول الأطراف تعديلات على الاتفاقية واعتمادها.',
      zh: '缔约国提出和通过本公约修正案的程序。',
      fr: 'Procédure selon laquelle les États parties proposent et adoptent des amendements à la Convention.',
      es: 'Procedimiento por el que los Estados Partes proponen y aprueban enmiendas a la Convención.',
      kk: 'Қатысушы мемлекеттердің Конвенцияға түзетулер ұсыну және қабылдау тәртібі.',
    },
  ],
  [
    30,
    {
      en: 'Disputes between States parties on the Convention go to negotiation, arbitration or the International Court of Justice, unless a State has reserved.',
      ru: 'Споры между государствами о Конвенции решаются переговорами, арбитражем или Международным Судом, если государство не сделало оговорки.',
      ar: 'تُسوّى المنازعات بين الدول الأطراف بشأن الاتفاقية بالتفاوض أو التحكيم أو أمام محكمة العدل الدولية، ما لم تكن الدولة قد أبدت تحفظاً.',
      zh: '缔约国之间关于本公约的争端通过谈判、仲裁或国际法院解决，但作出保留的国家除外。',
      fr: 'Les différends entre États parties concernant la Convention sont réglés par voie de négociation, d’arbitrage ou devant la Cour internationale de Justice, sauf réserve d’un État.',
      es: 'Las controversias entre Estados Partes sobre la Convención se someten a negociación, arbitraje o a la Corte Internacional de Justicia, salvo que un Estado haya formulado una reserva.',
      kk: 'Қатысушы мемлекеттер арасындағы Конвенцияға қатысты даулар келіссөз, төрелік немесе Халықаралық Сот арқылы шешіледі, егер мемлекет ескертпе жасамаса.',
    },
  ],
  [
    31,
    {
      en: 'A State party may denounce the Convention by written notification; denunciation takes effect one year later.',
      ru: 'Государство может денонсировать Конвенцию письменным уведомлением; денонсация вступает в силу через год.',
      ar: 'يجوز للدولة الطرف أن تنسحب من الاتفاقية بإشعار كتابي؛ ويصبح الانسحاب نافذاً بعد سنة.',
      zh: '缔约国可书面通知退出本公约；退约在一年后生效。',
      fr: 'Un État partie peut dénoncer la Convention par notification écrite ; la dénonciation prend effet un an plus tard.',
      es: 'Un Estado Parte puede denunciar la Convención mediante notificación escrita; la denuncia surte efecto un año después.',
      kk: 'Қатысушы мемлекет жазбаша хабарлама арқылы Конвенцияны денонсациялай алады; денонсация бір жылдан кейін күшіне енеді.',
    },
  ],
  [
    32,
    {
      en: 'The UN Secretary-General informs States of signatures, ratifications, entry into force and denunciations.',
      ru: 'Генеральный секретарь ООН уведомляет государства о подписаниях, ратификациях, вступлении в силу и денонсациях.',
      ar: 'يُخطر الأمين العام للأمم المتحدة الدول بالتوقيعات والتصديقات وبدء النفاذ وحالات الانسحاب.',
      zh: '联合国秘书长将签署、批准、生效和退约情况通知各国。',
      fr: 'Le Secrétaire général de l’ONU informe les États des signatures, des ratifications, de l’entrée en vigueur et des dénonciations.',
      es: 'El Secretario General de las Naciones Unidas comunica a los Estados las firmas, las ratificaciones, la entrada en vigor y las denuncias.',
      kk: 'БҰҰ Бас хатшысы мемлекеттерге қол қою, ратификациялау, күшіне ену және денонсациялау туралы хабарлайды.',
    },
  ],
  [
    33,
    {
      en: 'The Arabic, Chinese, English, French, Russian and Spanish texts are equally authentic.',
      ru: 'Тексты на английском, арабском, испанском, китайском, русском и французском языках равно аутентичны.',
      ar: 'النصوص الإسبانية والإنكليزية والروسية والصينية والعربية والفرنسية متساوية في الحجية.',
      zh: '本公约的阿拉伯文、中文、英文、法文、俄文和西班牙文文本同等作准。',
      fr: 'Les textes anglais, arabe, chinois, espagnol, français et russe font également foi.',
      es: 'Los textos en árabe, chino, español, francés, inglés y ruso son igualmente auténticos.',
      kk: 'Конвенцияның ағылшын, араб, испан, қытай, орыс және француз тілдеріндегі мәтіндерінің күші бірдей.',
    },
  ],
]);

/** Every article of the Convention, as the dataset description's `articles` entries. */
export const UNCAT_ARTICLES: ReadonlyMap<number, Article> = new Map(
  [...OBLIGES].map(([number, obliges]) => [
    number,
    { number, title: { ...CONVENTION_TITLES.get(number) }, obliges },
  ]),
);

/** The substantive articles (Part I): offered when an imported file names no article. */
export const SUBSTANTIVE_ARTICLES = Array.from({ length: 16 }, (_, i) => i + 1);
