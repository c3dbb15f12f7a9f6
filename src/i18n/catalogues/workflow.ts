import { texts } from "../texts.ts";

/** The staff side: actions, events, the inbox, the complaint page, the decision letter. */
export const workflow = texts({
  "error.forward_window_closed": {
    kk: "Қолайлы актіні қабылдау мерзімі өтті: шағымды жіберу үшін берілген 3 жұмыс күні аяқталды",
    ru: "Срок для принятия благоприятного акта истёк: 3 рабочих дня на направление жалобы прошли",
    en: "The window for a favourable act has closed: the 3 working days to forward the complaint have passed",
  },
  "error.forward_not_available": {
    kk: "Шағымды тек әрекеті шағымданып отырған орган жібере алады",
    ru: "Направить жалобу может только орган, чьё действие обжалуется",
    en: "Only the body whose act is appealed can forward the complaint",
  },
  "error.extension_not_allowed": {
    kk: "Бұл шағым бойынша қарау мерзімін ұзартуға болмайды",
    ru: "Срок рассмотрения этой жалобы продлить нельзя",
    en: "The review of this complaint cannot be extended",
  },
  "error.already_assigned": {
    kk: "Шағым осы орындаушыға бұрыннан тапсырылған",
    ru: "Жалоба уже поручена этому исполнителю",
    en: "The complaint is already assigned to this executor",
  },
  "error.already_escalated": {
    kk: "Бұл шағым бойынша уәкілетті органға шағым бұрыннан берілген",
    ru: "По этой жалобе уже подана жалоба в уполномоченный орган",
    en: "This complaint has already been escalated to the authorized body",
  },
  "error.escalation_not_available": {
    kk: "Уәкілетті органның шешіміне тек сотқа шағымдануға болады",
    ru: "Решение уполномоченного органа обжалуется только в суде",
    en: "A decision of the authorized body can only be appealed in court",
  },
  "error.no_quality_authority": {
    kk: "Өңір бойынша сапаны бақылау жөніндегі уәкілетті орган табылмады",
    ru: "Уполномоченный орган по контролю качества для региона не найден",
    en: "No authorized body for quality was found for the region",
  },
  "error.version_conflict": {
    kk: "Шағымды басқа біреу өзгертті: бетті жаңартып, қайталап көріңіз",
    ru: "Жалобу изменил кто-то другой: обновите страницу и повторите",
    en: "Someone else changed the complaint: reload the page and try again",
  },
  "error.no_decision": {
    kk: "Шағым бойынша әлі шешім жоқ",
    ru: "По жалобе ещё нет решения",
    en: "There is no decision on this complaint yet",
  },
  "field.unknown_executor": {
    kk: "Ұйымыңызда мұндай орындаушы жоқ",
    ru: "В вашей организации нет такого исполнителя",
    en: "There is no such executor in your organization",
  },
  "field.unknown_reviewing_body": {
    kk: "Мұндай шағымды қарайтын орган жоқ",
    ru: "Такого органа, рассматривающего жалобу, нет",
    en: "There is no such reviewing body",
  },
  "field.extension_too_long": {
    kk: "Ұзарту ең көбі {max} жұмыс күні болуы мүмкін",
    ru: "Продление — не более {max} рабочих дней",
    en: "The extension can be at most {max} working days",
  },
  "wf.action.register": {
    kk: "Тіркеу",
    ru: "Зарегистрировать",
    en: "Register",
  },
  "wf.action.assign": {
    kk: "Орындаушыға тапсыру",
    ru: "Поручить исполнителю",
    en: "Assign to an executor",
  },
  "wf.action.comment": {
    kk: "Ішкі түсініктеме қосу",
    ru: "Добавить внутренний комментарий",
    en: "Add an internal comment",
  },
  "wf.action.favourable_act": {
    kk: "Қолайлы акт қабылдау",
    ru: "Принять благоприятный акт",
    en: "Adopt a favourable act",
  },
  "wf.action.forward": {
    kk: "Шағымды қарайтын органға жіберу",
    ru: "Направить в орган, рассматривающий жалобу",
    en: "Forward to the reviewing body",
  },
  "wf.action.extend": {
    kk: "Қарау мерзімін ұзарту",
    ru: "Продлить срок рассмотрения",
    en: "Extend the review",
  },
  "wf.action.decide": {
    kk: "Шешім шығару",
    ru: "Вынести решение",
    en: "Decide",
  },
  "wf.action.leave_without_consideration": {
    kk: "Қараусыз қалдыру",
    ru: "Оставить без рассмотрения",
    en: "Leave without consideration",
  },
  "wf.action.withdraw": {
    kk: "Шағымды кері қайтарып алу",
    ru: "Отозвать жалобу",
    en: "Withdraw the complaint",
  },
  "wf.action.escalate": {
    kk: "Уәкілетті органға шағымдану",
    ru: "Обжаловать в уполномоченный орган",
    en: "Appeal to the authorized body",
  },
  "wf.done": {
    kk: "Орындалды: {action}",
    ru: "Выполнено: {action}",
    en: "Done: {action}",
  },
  "wf.event.submitted": {
    kk: "Шағым түсті",
    ru: "Жалоба поступила",
    en: "Complaint received",
  },
  "wf.event.registered": {
    kk: "Тіркелді",
    ru: "Зарегистрирована",
    en: "Registered",
  },
  "wf.event.assigned": {
    kk: "Орындаушыға тапсырылды",
    ru: "Поручена исполнителю",
    en: "Assigned",
  },
  "wf.event.reassigned": {
    kk: "Басқа орындаушыға тапсырылды",
    ru: "Передана другому исполнителю",
    en: "Reassigned",
  },
  "wf.event.comment": {
    kk: "Ішкі түсініктеме",
    ru: "Внутренний комментарий",
    en: "Internal comment",
  },
  "wf.event.favourable_act": {
    kk: "Қолайлы акт қабылданды",
    ru: "Принят благоприятный акт",
    en: "Favourable act adopted",
  },
  "wf.event.forwarded": {
    kk: "Шағымды қарайтын органға жіберілді",
    ru: "Направлена в орган, рассматривающий жалобу",
    en: "Forwarded to the reviewing body",
  },
  "wf.event.extended": {
    kk: "Қарау мерзімі ұзартылды",
    ru: "Срок рассмотрения продлён",
    en: "Review extended",
  },
  "wf.event.decided": {
    kk: "Шешім шығарылды",
    ru: "Вынесено решение",
    en: "Decided",
  },
  "wf.event.left_without_consideration": {
    kk: "Қараусыз қалдырылды",
    ru: "Оставлена без рассмотрения",
    en: "Left without consideration",
  },
  "wf.event.withdrawn": {
    kk: "Өтініш беруші кері қайтарып алды",
    ru: "Отозвана заявителем",
    en: "Withdrawn by the applicant",
  },
  "wf.event.escalated": {
    kk: "Уәкілетті органға шағым берілді",
    ru: "Обжалована в уполномоченный орган",
    en: "Appealed to the authorized body",
  },
  "wf.leaveGround.not_competent": {
    kk: "Шағымды қарау органның құзыретіне кірмейді",
    ru: "Рассмотрение жалобы не входит в компетенцию органа",
    en: "Not within the body's competence",
  },
  "wf.leaveGround.missed_term": {
    kk: "Шағым беру мерзімі өткізілген, қалпына келтіру туралы өтініш жоқ",
    ru: "Пропущен срок обжалования, ходатайства о восстановлении нет",
    en: "Term missed, no request to restore it",
  },
  "wf.leaveGround.repeated": {
    kk: "Сол мәселе бойынша қайталама шағым",
    ru: "Повторная жалоба по тому же вопросу",
    en: "A repeated complaint on the same matter",
  },
  "wf.leaveGround.incomplete": {
    kk: "Шағымда міндетті мәліметтер жоқ",
    ru: "В жалобе нет обязательных сведений",
    en: "Required details are missing",
  },
  "wf.leaveGround.court_proceedings": {
    kk: "Сол мәселе бойынша сотта іс қаралуда",
    ru: "По тому же вопросу идёт судебное разбирательство",
    en: "The same matter is before a court",
  },
  "wf.leaveGround.other": {
    kk: "Басқа негіз",
    ru: "Иное основание",
    en: "Another ground",
  },
  "decisionPdf.title": {
    kk: "Шағымды қарау нәтижесі туралы хат",
    ru: "Письмо о результатах рассмотрения жалобы",
    en: "Letter on the result of the review of a complaint",
  },
  "decisionPdf.number": {
    kk: "Шағымның тіркеу нөмірі",
    ru: "Регистрационный номер жалобы",
    en: "Registration number",
  },
  "decisionPdf.registeredOn": {
    kk: "Тіркелген күні",
    ru: "Дата регистрации",
    en: "Registered on",
  },
  "decisionPdf.applicant": {
    kk: "Өтініш беруші",
    ru: "Заявитель",
    en: "Applicant",
  },
  "decisionPdf.outcome": {
    kk: "Нәтиже",
    ru: "Результат",
    en: "Outcome",
  },
  "decisionPdf.actNumber": {
    kk: "Актінің нөмірі",
    ru: "Номер акта",
    en: "Act number",
  },
  "decisionPdf.decidedAt": {
    kk: "Шешім шығарылған күні мен уақыты",
    ru: "Дата и время решения",
    en: "Decided on",
  },
  "decisionPdf.decidedBy": {
    kk: "Шешім шығарған лауазымды адам",
    ru: "Должностное лицо, принявшее решение",
    en: "Decided by",
  },
  "decisionPdf.reasoning": {
    kk: "Шешімнің дәлелдері",
    ru: "Мотивировка решения",
    en: "Reasons for the decision",
  },
  "wf.inbox.title": {
    kk: "Шағымдар: жұмыс тізімі",
    ru: "Жалобы: рабочий список",
    en: "Complaints inbox",
  },
  "wf.inbox.col.body": {
    kk: "Қабылдаған орган",
    ru: "Орган, получивший жалобу",
    en: "Received at",
  },
  "wf.inbox.report.active": {
    kk: "Есептегі сан бойынша сүзгілер",
    ru: "Фильтры по числу из отчёта",
    en: "Filters from the report's number",
  },
  "wf.inbox.report.clear": {
    kk: "Сүзгілерді алып тастау",
    ru: "Сбросить фильтры",
    en: "Clear the filters",
  },
  "wf.inbox.report.from": {
    kk: "Органға түскен күні, бастап",
    ru: "Поступила в орган, с",
    en: "Received at the body from",
  },
  "wf.inbox.report.to": {
    kk: "Органға түскен күні, дейін",
    ru: "Поступила в орган, по",
    en: "Received at the body to",
  },
  "wf.inbox.report.body": {
    kk: "Орган",
    ru: "Орган",
    en: "Body",
  },
  "wf.inbox.report.region": {
    kk: "Өңір (КАТО)",
    ru: "Регион (КАТО)",
    en: "Region (KATO)",
  },
  "wf.inbox.report.service": {
    kk: "Қызмет",
    ru: "Услуга",
    en: "Service",
  },
  "wf.inbox.report.ground": {
    kk: "Негіз",
    ru: "Основание",
    en: "Ground",
  },
  "wf.inbox.report.answer": {
    kk: "Органдағы нәтиже",
    ru: "Итог в органе",
    en: "Outcome at the body",
  },
  "wf.inbox.report.refusal": {
    kk: "Қараусыз қалдыру негізі",
    ru: "Основание оставления без рассмотрения",
    en: "Ground for leaving without consideration",
  },
  "wf.inbox.report.overdue": {
    kk: "Қазір мерзімі өткен",
    ru: "Просрочена сейчас",
    en: "Overdue now",
  },
  "wf.inbox.report.clock": {
    kk: "Мерзім",
    ru: "Срок",
    en: "Term",
  },
  "wf.inbox.report.met": {
    kk: "Мерзімінде ме",
    ru: "Соблюдён ли срок",
    en: "On time",
  },
  "wf.inbox.report.escalated": {
    kk: "Өтініш беруші шағымданған",
    ru: "Обжалована заявителем",
    en: "Escalated by the applicant",
  },
  "wf.inbox.report.upheld": {
    kk: "Шағым қанағаттандырылды",
    ru: "Жалоба на ответ удовлетворена",
    en: "Escalation upheld",
  },
  "wf.inbox.report.unit": {
    kk: "Санау бірлігі",
    ru: "Единица счёта",
    en: "Counted as",
  },
  "wf.inbox.report.clock.registration": {
    kk: "Тіркеу",
    ru: "Регистрация",
    en: "Registration",
  },
  "wf.inbox.report.clock.forward": {
    kk: "Жолдау (3 жұмыс күні)",
    ru: "Направление (3 рабочих дня)",
    en: "Forwarding (3 working days)",
  },
  "wf.inbox.report.clock.review": {
    kk: "Қарау (ұзартуымен)",
    ru: "Рассмотрение (с продлением)",
    en: "Review (with any extension)",
  },
  "wf.inbox.report.clock.answer": {
    kk: "Жауап беру (жолдау немесе қарау)",
    ru: "Ответ (направление или рассмотрение)",
    en: "Answer (forwarding or review)",
  },
  "wf.inbox.report.met.1": {
    kk: "Мерзімінде",
    ru: "В срок",
    en: "On time",
  },
  "wf.inbox.report.met.0": {
    kk: "Мерзімі өткен соң",
    ru: "С нарушением срока",
    en: "Late",
  },
  "wf.inbox.report.unit.complaint": {
    kk: "Әр шағым бір рет",
    ru: "Каждая жалоба один раз",
    en: "Each complaint once",
  },
  "wf.inbox.report.unit.case": {
    kk: "Шағым әр органда",
    ru: "Жалоба в каждом органе",
    en: "A complaint at each body",
  },
  "wf.inbox.report.yes": {
    kk: "Иә",
    ru: "Да",
    en: "Yes",
  },
  "wf.inbox.counts": {
    kk: "Күйлер бойынша саны",
    ru: "Количество по состояниям",
    en: "Counts by state",
  },
  "wf.inbox.overdueCount": {
    kk: "Мерзімі өткен",
    ru: "Просрочено",
    en: "Overdue",
  },
  "wf.inbox.filters": {
    kk: "Сүзгілер",
    ru: "Фильтры",
    en: "Filters",
  },
  "wf.inbox.status": {
    kk: "Күйі",
    ru: "Состояние",
    en: "Status",
  },
  "wf.inbox.status.open": {
    kk: "Жұмыстағылар",
    ru: "В работе",
    en: "Open",
  },
  "wf.inbox.status.all": {
    kk: "Барлығы",
    ru: "Все",
    en: "All",
  },
  "wf.inbox.overdue": {
    kk: "Тек мерзімі өткендер",
    ru: "Только просроченные",
    en: "Overdue only",
  },
  "wf.inbox.dueWithin": {
    kk: "Мерзімі N жұмыс күні ішінде",
    ru: "Срок в течение N рабочих дней",
    en: "Due within N working days",
  },
  "wf.inbox.executor": {
    kk: "Орындаушы",
    ru: "Исполнитель",
    en: "Executor",
  },
  "wf.inbox.ground": {
    kk: "Шағым негізі",
    ru: "Основание жалобы",
    en: "Ground",
  },
  "wf.inbox.service": {
    kk: "Мемлекеттік қызмет",
    ru: "Государственная услуга",
    en: "Public service",
  },
  "wf.inbox.q": {
    kk: "Іздеу: нөмір, өтініш беруші, мәтін",
    ru: "Поиск: номер, заявитель, текст",
    en: "Search: number, applicant, text",
  },
  "wf.inbox.any": {
    kk: "Кез келген",
    ru: "Любой",
    en: "Any",
  },
  "wf.inbox.apply": {
    kk: "Сүзу",
    ru: "Применить",
    en: "Apply",
  },
  "wf.inbox.col.number": {
    kk: "Нөмірі",
    ru: "Номер",
    en: "Number",
  },
  "wf.inbox.col.applicant": {
    kk: "Өтініш беруші",
    ru: "Заявитель",
    en: "Applicant",
  },
  "wf.inbox.col.status": {
    kk: "Күйі",
    ru: "Состояние",
    en: "Status",
  },
  "wf.inbox.col.due": {
    kk: "Мерзімі",
    ru: "Срок",
    en: "Due",
  },
  "wf.inbox.col.received": {
    kk: "Түскен күні",
    ru: "Поступила",
    en: "Received",
  },
  "wf.inbox.notRegistered": {
    kk: "Тіркелмеген",
    ru: "Не зарегистрирована",
    en: "Not registered",
  },
  "wf.inbox.badge.overdue": {
    kk: "Мерзімі өтті",
    ru: "Просрочена",
    en: "Overdue",
  },
  "wf.inbox.badge.today": {
    kk: "Бүгін аяқталады",
    ru: "Срок сегодня",
    en: "Due today",
  },
  "wf.inbox.badge.soon": {
    kk: "{n} жұмыс күні қалды",
    ru: "Осталось рабочих дней: {n}",
    en: "{n} working days left",
  },
  "wf.inbox.empty": {
    kk: "Сүзгіге сәйкес шағым жоқ",
    ru: "Жалоб по фильтру нет",
    en: "No complaints match",
  },
  "wf.inbox.found": {
    kk: "Табылды: {total}",
    ru: "Найдено: {total}",
    en: "Found: {total}",
  },
  "wf.inbox.foundMore": {
    kk: "Табылды: {total}-нан астам",
    ru: "Найдено: более {total}",
    en: "Found: more than {total}",
  },
  "wf.inbox.pageOpen": {
    kk: "{page}-бет",
    ru: "Страница {page}",
    en: "Page {page}",
  },
  "wf.inbox.page": {
    kk: "{page}-бет, барлығы {pages}",
    ru: "Страница {page} из {pages}",
    en: "Page {page} of {pages}",
  },
  "wf.inbox.prev": {
    kk: "Алдыңғы бет",
    ru: "Предыдущая страница",
    en: "Previous page",
  },
  "wf.inbox.next": {
    kk: "Келесі бет",
    ru: "Следующая страница",
    en: "Next page",
  },
  "wf.inbox.noOrganization": {
    kk: "Сіздің есептік жазбаңыз ұйымға байланыстырылмаған",
    ru: "Ваша учётная запись не привязана к организации",
    en: "Your account is not linked to an organization",
  },
  "wf.case.title": {
    kk: "Шағым {number}",
    ru: "Жалоба {number}",
    en: "Complaint {number}",
  },
  "wf.case.back": {
    kk: "Жұмыс тізіміне оралу",
    ru: "Вернуться к списку",
    en: "Back to the inbox",
  },
  "wf.case.summary": {
    kk: "Шағым",
    ru: "Жалоба",
    en: "Complaint",
  },
  "wf.case.status": {
    kk: "Күйі",
    ru: "Состояние",
    en: "Status",
  },
  "wf.case.outcome": {
    kk: "Нәтиже",
    ru: "Результат",
    en: "Outcome",
  },
  "wf.case.channel": {
    kk: "Беру тәсілі",
    ru: "Способ подачи",
    en: "Channel",
  },
  "wf.case.received": {
    kk: "Түскен уақыты",
    ru: "Поступила",
    en: "Received",
  },
  "wf.case.filedLate": {
    kk: "Шағым беру мерзімі өткізіліп берілген",
    ru: "Подана с пропуском срока обжалования",
    en: "Filed after the appeal term",
  },
  "wf.case.holder": {
    kk: "Қазір қарап жатқан орган",
    ru: "Сейчас у органа",
    en: "Now held by",
  },
  "wf.case.addressee": {
    kk: "Адресат",
    ru: "Адресат",
    en: "Addressee",
  },
  "wf.case.respondent": {
    kk: "Әрекетіне шағым жасалған орган",
    ru: "Обжалуемый орган",
    en: "Respondent",
  },
  "wf.case.officials": {
    kk: "Лауазымды адамдар",
    ru: "Должностные лица",
    en: "Officials",
  },
  "wf.case.grounds": {
    kk: "Негіздері",
    ru: "Основания",
    en: "Grounds",
  },
  "wf.case.reasons": {
    kk: "Шағымның себептері",
    ru: "Причины обжалования",
    en: "Reasons",
  },
  "wf.case.demands": {
    kk: "Талаптар",
    ru: "Требования",
    en: "Demands",
  },
  "wf.case.executor": {
    kk: "Орындаушы",
    ru: "Исполнитель",
    en: "Executor",
  },
  "wf.case.registration": {
    kk: "Тіркеу",
    ru: "Регистрация",
    en: "Registration",
  },
  "wf.case.registrationLine": {
    kk: "№ {number}, {date}, қабылдаған: {official}; жауап мерзімі: {answerBy}",
    ru: "№ {number} от {date}, принял: {official}; срок ответа: {answerBy}",
    en: "No. {number} of {date}, accepted by {official}; answer by {answerBy}",
  },
  "wf.case.applicant": {
    kk: "Өтініш беруші",
    ru: "Заявитель",
    en: "Applicant",
  },
  "wf.case.name": {
    kk: "Аты-жөні",
    ru: "ФИО",
    en: "Name",
  },
  "wf.case.iin": {
    kk: "ЖСН",
    ru: "ИИН",
    en: "IIN",
  },
  "wf.case.address": {
    kk: "Пошталық мекенжайы",
    ru: "Почтовый адрес",
    en: "Postal address",
  },
  "wf.case.phones": {
    kk: "Телефондары",
    ru: "Телефоны",
    en: "Phones",
  },
  "wf.case.email": {
    kk: "Электрондық пошта",
    ru: "Электронная почта",
    en: "E-mail",
  },
  "wf.case.attachments": {
    kk: "Қосымшалар",
    ru: "Приложения",
    en: "Attachments",
  },
  "wf.case.noAttachments": {
    kk: "Қосымша жоқ",
    ru: "Приложений нет",
    en: "No attachments",
  },
  "wf.case.deadlines": {
    kk: "Мерзімдер",
    ru: "Сроки",
    en: "Deadlines",
  },
  "wf.case.noDeadlines": {
    kk: "Мерзімдер тіркелгеннен кейін басталады",
    ru: "Сроки начнутся после регистрации",
    en: "The clocks start on registration",
  },
  "wf.case.deadline.kind": {
    kk: "Мерзім",
    ru: "Срок",
    en: "Clock",
  },
  "wf.case.deadline.forward": {
    kk: "Шағымды жіберу",
    ru: "Направление жалобы",
    en: "Forwarding",
  },
  "wf.case.deadline.review": {
    kk: "Қарау",
    ru: "Рассмотрение",
    en: "Review",
  },
  "wf.case.deadline.extension": {
    kk: "Ұзарту",
    ru: "Продление",
    en: "Extension",
  },
  "wf.case.deadline.starts": {
    kk: "Басталуы",
    ru: "Начало",
    en: "Starts",
  },
  "wf.case.deadline.days": {
    kk: "Жұмыс күндері",
    ru: "Рабочих дней",
    en: "Working days",
  },
  "wf.case.deadline.due": {
    kk: "Соңғы күні",
    ru: "Последний день",
    en: "Last day",
  },
  "wf.case.deadline.basis": {
    kk: "Құқықтық негізі",
    ru: "Правовое основание",
    en: "Legal basis",
  },
  "wf.case.deadline.state": {
    kk: "Жағдайы",
    ru: "Состояние",
    en: "State",
  },
  "wf.case.deadline.state.running": {
    kk: "Жүріп жатыр",
    ru: "Идёт",
    en: "Running",
  },
  "wf.case.deadline.state.met": {
    kk: "Уақытында орындалды",
    ru: "Соблюдён",
    en: "Met",
  },
  "wf.case.deadline.state.missed": {
    kk: "Бұзылды",
    ru: "Нарушен",
    en: "Missed",
  },
  "wf.case.deadline.state.overdue": {
    kk: "Мерзімі өтті",
    ru: "Просрочен",
    en: "Overdue",
  },
  "wf.case.decision": {
    kk: "Шешім",
    ru: "Решение",
    en: "Decision",
  },
  "wf.case.decisionBy": {
    kk: "{official}, {date}",
    ru: "{official}, {date}",
    en: "{official}, {date}",
  },
  "wf.case.decisionLetter": {
    kk: "Шешім туралы хатты жүктеу (PDF)",
    ru: "Скачать письмо о решении (PDF)",
    en: "Download the decision letter (PDF)",
  },
  "wf.case.caseFile": {
    kk: "Шағымның барлық материалдарын жүктеу (JSON)",
    ru: "Скачать все материалы жалобы (JSON)",
    en: "Download the whole case file (JSON)",
  },
  "wf.case.linked": {
    kk: "Байланысты шағымдар",
    ru: "Связанные жалобы",
    en: "Linked complaints",
  },
  "wf.case.history": {
    kk: "Шағым тарихы",
    ru: "История жалобы",
    en: "History",
  },
  "wf.case.history.when": {
    kk: "Уақыты",
    ru: "Время",
    en: "When",
  },
  "wf.case.history.what": {
    kk: "Не болды",
    ru: "Что произошло",
    en: "What happened",
  },
  "wf.case.history.who": {
    kk: "Кім",
    ru: "Кто",
    en: "Who",
  },
  "wf.case.history.details": {
    kk: "Толығырақ",
    ru: "Подробности",
    en: "Details",
  },
  "wf.case.history.internal": {
    kk: "Ішкі",
    ru: "Внутреннее",
    en: "Internal",
  },
  "wf.case.history.system": {
    kk: "Жүйе",
    ru: "Система",
    en: "System",
  },
  "wf.case.actions": {
    kk: "Әрекеттер",
    ru: "Действия",
    en: "Actions",
  },
  "wf.case.noActions": {
    kk: "Сізге қазір қолжетімді әрекет жоқ",
    ru: "Сейчас вам не доступно ни одного действия",
    en: "No action is open to you now",
  },
  "wf.form.executor": {
    kk: "Орындаушы",
    ru: "Исполнитель",
    en: "Executor",
  },
  "wf.form.text": {
    kk: "Дәлелді мәтін",
    ru: "Мотивированный текст",
    en: "Reasoned text",
  },
  "wf.form.comment": {
    kk: "Түсініктеме (өтініш берушіге көрсетілмейді)",
    ru: "Комментарий (заявителю не показывается)",
    en: "Comment (never shown to the applicant)",
  },
  "wf.form.actNumber": {
    kk: "Актінің нөмірі",
    ru: "Номер акта",
    en: "Act number",
  },
  "wf.form.actText": {
    kk: "Актінің мәтіні",
    ru: "Текст акта",
    en: "Text of the act",
  },
  "wf.form.reviewingBody": {
    kk: "Шағымды қарайтын орган",
    ru: "Орган, рассматривающий жалобу",
    en: "Reviewing body",
  },
  "wf.form.proposed": {
    kk: "Ұсынылған: {name}",
    ru: "Предложено: {name}",
    en: "Proposed: {name}",
  },
  "wf.form.explanation": {
    kk: "Органның түсініктемесі (әкімшілік іспен бірге жіберіледі)",
    ru: "Объяснение органа (направляется с административным делом)",
    en: "The body's explanation (sent with the administrative case)",
  },
  "wf.form.note": {
    kk: "Ілеспе хат",
    ru: "Сопроводительное письмо",
    en: "Covering note",
  },
  "wf.form.workingDays": {
    kk: "Неше жұмыс күніне ұзарту",
    ru: "На сколько рабочих дней продлить",
    en: "Extend by how many working days",
  },
  "wf.form.workingDaysHint": {
    kk: "Ең көбі {max} жұмыс күні",
    ru: "Не более {max} рабочих дней",
    en: "At most {max} working days",
  },
  "wf.form.reason": {
    kk: "Ұзарту себебі",
    ru: "Причина продления",
    en: "Reason for the extension",
  },
  "wf.form.outcome": {
    kk: "Нәтиже",
    ru: "Результат",
    en: "Outcome",
  },
  "wf.form.ground": {
    kk: "Негіз",
    ru: "Основание",
    en: "Ground",
  },
  "wf.form.choose": {
    kk: "Таңдаңыз",
    ru: "Выберите",
    en: "Choose",
  },
});
