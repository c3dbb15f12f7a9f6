import { texts } from "../texts.ts";

/**
 * Office intake (paper complaints), the talon PDF, the contact centre 1414 and the public status
 * check. Kazakh and Russian are equals; English follows.
 */
export const office = texts({
  "talonPdf.title": {
    kk: "Шағымның қабылданғаны туралы талон",
    ru: "Талон о принятии жалобы",
    en: "Talon: complaint accepted",
  },
  "talonPdf.number": {
    kk: "Тіркеу нөмірі",
    ru: "Регистрационный номер",
    en: "Registration number",
  },
  "talonPdf.registeredOn": {
    kk: "Тіркелген күні",
    ru: "Дата регистрации",
    en: "Registration date",
  },
  "talonPdf.receivedAt": {
    kk: "Қабылданған күні мен уақыты",
    ru: "Дата и время принятия",
    en: "Accepted on (date and time)",
  },
  "talonPdf.acceptedBy": {
    kk: "Қабылдаған лауазымды адам",
    ru: "Принявшее должностное лицо",
    en: "Accepted by",
  },
  "talonPdf.applicant": {
    kk: "Өтініш беруші",
    ru: "Заявитель",
    en: "Applicant",
  },
  "talonPdf.answerBy": {
    kk: "Жауап беру мерзімі",
    ru: "Срок ответа",
    en: "Answer due by",
  },
  "talonPdf.answerPlace": {
    kk: "Жауап алатын орын",
    ru: "Место получения ответа",
    en: "Where to get the answer",
  },
  "talonPdf.checkCode": {
    kk: "Тексеру коды",
    ru: "Код проверки",
    en: "Check code",
  },
  "talonPdf.signature": {
    kk: "Қол қою тәсілі",
    ru: "Способ подписи",
    en: "Signed",
  },
  "talonPdf.signedAt": {
    kk: "Қол қойылған уақыты",
    ru: "Время подписи",
    en: "Signed at",
  },
  "talonPdf.signerIin": {
    kk: "Қол қоюшының ЖСН (сертификат)",
    ru: "ИИН подписавшего (сертификат)",
    en: "Signer's IIN (certificate)",
  },
  "talonPdf.qrText": {
    kk: "Шағымның мәртебесін QR-код бойынша немесе «Шағым» сайтындағы «Мәртебені тексеру» бетінде нөмір мен тексеру коды арқылы біліңіз.",
    ru: "Статус жалобы — по QR-коду или на странице «Проверка статуса» сайта «Шағым» по номеру и коду проверки.",
    en: "Follow the complaint with the QR code, or on the “Check the status” page of Shagym with the number and the check code.",
  },
  "statusCheck.title": {
    kk: "Шағымның мәртебесін тексеру",
    ru: "Проверка статуса жалобы",
    en: "Check the status of a complaint",
  },
  "statusCheck.lead": {
    kk: "Талондағы тіркеу нөмірі мен тексеру кодын енгізіңіз. Мәртебе, белгілер және жауап беру мерзімі көрсетіледі; жеке деректер көрсетілмейді.",
    ru: "Введите регистрационный номер и код проверки с талона. Будут показаны статус, отметки и срок ответа; персональные данные не показываются.",
    en: "Enter the registration number and the check code from the talon. You will see the status, the marks and the term of the answer; no personal data is shown.",
  },
  "statusCheck.number": {
    kk: "Тіркеу нөмірі",
    ru: "Регистрационный номер",
    en: "Registration number",
  },
  "statusCheck.numberHint": {
    kk: "Талонда басылған, мысалы AKMOLA-EDU-2026-00001",
    ru: "Напечатан на талоне, например AKMOLA-EDU-2026-00001",
    en: "Printed on the talon, for example AKMOLA-EDU-2026-00001",
  },
  "statusCheck.code": {
    kk: "Тексеру коды",
    ru: "Код проверки",
    en: "Check code",
  },
  "statusCheck.codeHint": {
    kk: "Талондағы 8 таңбалы код",
    ru: "8 знаков с талона",
    en: "The 8 characters on the talon",
  },
  "statusCheck.submit": {
    kk: "Тексеру",
    ru: "Проверить",
    en: "Check",
  },
  "statusCheck.notFound": {
    kk: "Мұндай тіркеу нөмірі мен тексеру коды бар шағым табылмады. Талондағы нөмір мен кодты тексеріңіз.",
    ru: "Жалоба с таким регистрационным номером и кодом проверки не найдена. Проверьте номер и код на талоне.",
    en: "No complaint has this registration number and check code. Check the number and the code on the talon.",
  },
  "field.number.required": {
    kk: "Тіркеу нөмірін енгізіңіз",
    ru: "Введите регистрационный номер",
    en: "Enter the registration number",
  },
  "field.code.required": {
    kk: "Тексеру кодын енгізіңіз",
    ru: "Введите код проверки",
    en: "Enter the check code",
  },
  "statusCheck.result": {
    kk: "№ {number} шағым",
    ru: "Жалоба № {number}",
    en: "Complaint {number}",
  },
  "statusCheck.status": {
    kk: "Мәртебесі",
    ru: "Статус",
    en: "Status",
  },
  "statusCheck.registeredOn": {
    kk: "Тіркелген күні",
    ru: "Дата регистрации",
    en: "Registration date",
  },
  "statusCheck.holder": {
    kk: "Шағым қазір қай органда",
    ru: "В каком органе жалоба сейчас",
    en: "Body now holding the complaint",
  },
  "statusCheck.answerBy": {
    kk: "Жауап беру мерзімі",
    ru: "Срок ответа",
    en: "Answer due by",
  },
  "statusCheck.closed": {
    kk: "Шағымды қарау аяқталды",
    ru: "Рассмотрение жалобы завершено",
    en: "The review is finished",
  },
  "statusCheck.marks": {
    kk: "Шағым бойынша белгілер",
    ru: "Отметки по жалобе",
    en: "Marks on the complaint",
  },
  "statusCheck.markWhen": {
    kk: "Уақыты",
    ru: "Время",
    en: "When",
  },
  "statusCheck.markWhat": {
    kk: "Белгі",
    ru: "Отметка",
    en: "Mark",
  },
  "statusCheck.markWhere": {
    kk: "Ұйым",
    ru: "Организация",
    en: "Organization",
  },
  "error.status_rate_limited": {
    kk: "Тексеру әрекеттері тым көп. {minutes} минуттан кейін қайталап көріңіз.",
    ru: "Слишком много проверок. Повторите через {minutes} мин.",
    en: "Too many checks. Try again in {minutes} minutes.",
  },
  "error.not_registered": {
    kk: "Шағым әлі тіркелмеген: талон тіркелгеннен кейін беріледі.",
    ru: "Жалоба ещё не зарегистрирована: талон выдаётся после регистрации.",
    en: "The complaint is not registered yet: the talon is issued on registration.",
  },
  "field.time_invalid": {
    kk: "Уақытты СС:ММ түрінде енгізіңіз, мысалы 09:30",
    ru: "Введите время в виде ЧЧ:ММ, например 09:30",
    en: "Enter the time as HH:MM, for example 09:30",
  },
  "officeIntake.title": {
    kk: "Қағаз шағымды енгізу",
    ru: "Ввод бумажной жалобы",
    en: "Enter a paper complaint",
  },
  "officeIntake.lead": {
    kk: "Шағымды қағаздағы ретпен енгізіңіз. Ол бірден тіркеледі: нөмір шығады, өтініш берушіге талон беріңіз.",
    ru: "Вводите жалобу в порядке бумаги. Она регистрируется сразу: появится номер, выдайте заявителю талон.",
    en: "Enter the complaint in the order of the paper. It is registered at once: you get the number; give the applicant the talon.",
  },
  "officeIntake.receipt": {
    kk: "Қабылдау",
    ru: "Приём",
    en: "Receipt",
  },
  "officeIntake.addresseeIs": {
    kk: "Адресат: {kind} — {organization}",
    ru: "Адресат: {kind} — {organization}",
    en: "Addressee: {kind} — {organization}",
  },
  "officeIntake.receivedHint": {
    kk: "Демалыс немесе мереке күні қабылданса, шағым келесі жұмыс күні тіркеледі.",
    ru: "Жалоба, принятая в выходной или праздничный день, регистрируется в следующий рабочий день.",
    en: "A complaint received on a day off or a holiday is registered on the next working day.",
  },
  "officeIntake.applicant": {
    kk: "Өтініш беруші",
    ru: "Заявитель",
    en: "Applicant",
  },
  "officeIntake.respondent": {
    kk: "Шағым жасалатын орган және лауазымды адамдар",
    ru: "Обжалуемый орган и должностные лица",
    en: "Body and officials complained about",
  },
  "officeIntake.official": {
    kk: "Лауазымды адам {n}",
    ru: "Должностное лицо {n}",
    en: "Official {n}",
  },
  "officeIntake.optional": {
    kk: "(міндетті емес)",
    ru: "(необязательно)",
    en: "(optional)",
  },
  "officeIntake.content": {
    kk: "Шағымның мазмұны",
    ru: "Содержание жалобы",
    en: "The complaint",
  },
  "officeIntake.choose": {
    kk: "Таңдаңыз",
    ru: "Выберите",
    en: "Choose",
  },
  "officeIntake.serviceNone": {
    kk: "Көрсетілмеген",
    ru: "Не указана",
    en: "Not stated",
  },
  "officeIntake.iinHint": {
    kk: "12 цифр",
    ru: "12 цифр",
    en: "12 digits",
  },
  "officeIntake.phonesHint": {
    kk: "Бірнеше болса, үтір арқылы жазыңыз",
    ru: "Если несколько — через запятую",
    en: "Separate several with commas",
  },
  "officeIntake.learnedOnHint": {
    kk: "Қағазда көрсетілсе. Мерзімі өткен шағым қабылданады және белгіленеді (ӘПК 92-бабы).",
    ru: "Если дата указана на бумаге. Жалоба с пропущенным сроком принимается и отмечается (АППК, ст. 92).",
    en: "If the paper gives it. A late complaint is accepted and flagged (APPC art. 92).",
  },
  "officeIntake.scans": {
    kk: "Сканерленген беттер",
    ru: "Отсканированные страницы",
    en: "Scanned pages",
  },
  "officeIntake.scansHint": {
    kk: "PDF, JPEG немесе PNG, әрқайсысы 10 МБ-қа дейін, ең көбі 20 файл",
    ru: "PDF, JPEG или PNG, каждый до 10 МБ, не более 20 файлов",
    en: "PDF, JPEG or PNG, up to 10 MB each, at most 20 files",
  },
  "officeIntake.kept": {
    kk: "Осы формамен бұрын жүктелген файлдар (сақталды):",
    ru: "Файлы, загруженные ранее с этой формой (сохранены):",
    en: "Files uploaded earlier with this form (kept):",
  },
  "officeIntake.acceptIncomplete": {
    kk: "Міндетті деректемелері жоқ шағымды белгімен қабылдау",
    ru: "Принять жалобу без обязательных реквизитов с отметкой",
    en: "Accept with missing required elements, flagged",
  },
  "officeIntake.acceptIncompleteHint": {
    kk: "Шағымды қабылдаудан бас тартуға болмайды. Белгіленсе, жетіспейтін деректемелердің тізімі шағымның журналына жазылады.",
    ru: "Отказ в приёме жалобы запрещён. Если отмечено, список недостающих реквизитов записывается в журнал жалобы.",
    en: "Refusing to accept a complaint is prohibited. When ticked, the missing elements are listed on the complaint's log.",
  },
  "officeIntake.submit": {
    kk: "Тіркеу және талон беру",
    ru: "Зарегистрировать и выдать талон",
    en: "Register and issue the talon",
  },
  "error.labelled": {
    kk: "{label}: {message}",
    ru: "{label}: {message}",
    en: "{label}: {message}",
  },
  "officeIntake.field.addressee.kind": {
    kk: "Адресат",
    ru: "Адресат",
    en: "Addressee",
  },
  "officeIntake.field.addressee.organizationId": {
    kk: "Адресат ұйым",
    ru: "Организация-адресат",
    en: "Addressee organization",
  },
  "officeIntake.field.receivedAt.date": {
    kk: "Қабылданған күні",
    ru: "Дата принятия",
    en: "Date received",
  },
  "officeIntake.field.receivedAt.time": {
    kk: "Қабылданған уақыты",
    ru: "Время принятия",
    en: "Time received",
  },
  "officeIntake.field.applicant.surname": {
    kk: "Өтініш берушінің тегі",
    ru: "Фамилия заявителя",
    en: "Applicant's surname",
  },
  "officeIntake.field.applicant.name": {
    kk: "Өтініш берушінің аты",
    ru: "Имя заявителя",
    en: "Applicant's name",
  },
  "officeIntake.field.applicant.patronymic": {
    kk: "Әкесінің аты (болса)",
    ru: "Отчество (при наличии)",
    en: "Patronymic (if any)",
  },
  "officeIntake.field.applicant.iin": {
    kk: "Өтініш берушінің ЖСН",
    ru: "ИИН заявителя",
    en: "Applicant's IIN",
  },
  "officeIntake.field.applicant.postalAddress": {
    kk: "Пошталық мекенжайы",
    ru: "Почтовый адрес",
    en: "Postal address",
  },
  "officeIntake.field.applicant.phones": {
    kk: "Байланыс телефондары (болса)",
    ru: "Контактные телефоны (при наличии)",
    en: "Contact phones (if any)",
  },
  "officeIntake.field.applicant.email": {
    kk: "Электрондық поштасы (болса)",
    ru: "Электронная почта (при наличии)",
    en: "E-mail (if any)",
  },
  "officeIntake.field.respondent.organizationId": {
    kk: "Шағым жасалатын ұйым",
    ru: "Обжалуемая организация",
    en: "Organization complained about",
  },
  "officeIntake.field.serviceId": {
    kk: "Мемлекеттік қызмет",
    ru: "Государственная услуга",
    en: "Public service",
  },
  "officeIntake.field.grounds": {
    kk: "Шағымның негіздері",
    ru: "Основания жалобы",
    en: "Grounds of the complaint",
  },
  "officeIntake.field.reasons": {
    kk: "Шағымның себептері",
    ru: "Причины обжалования",
    en: "Reasons for the appeal",
  },
  "officeIntake.field.demands": {
    kk: "Өтініш берушінің талаптары",
    ru: "Требования заявителя",
    en: "The applicant's demands",
  },
  "officeIntake.field.learnedOn": {
    kk: "Өтініш беруші шешім немесе әрекет туралы білген күн",
    ru: "Дата, когда заявитель узнал о решении или действии",
    en: "Date the applicant learned of the decision or action",
  },
  "officeIntake.field.scans": {
    kk: "Сканерленген беттер",
    ru: "Отсканированные страницы",
    en: "Scanned pages",
  },
  "officeIntake.official.position": {
    kk: "Лауазымы",
    ru: "Должность",
    en: "Position",
  },
  "officeIntake.official.surname": {
    kk: "Тегі",
    ru: "Фамилия",
    en: "Surname",
  },
  "officeIntake.official.name": {
    kk: "Аты",
    ru: "Имя",
    en: "Name",
  },
  "officeIntake.done": {
    kk: "Шағым тіркелді",
    ru: "Жалоба зарегистрирована",
    en: "Complaint registered",
  },
  "officeIntake.doneNotRegistered": {
    kk: "Шағым қабылданды",
    ru: "Жалоба принята",
    en: "Complaint accepted",
  },
  "officeIntake.numberIs": {
    kk: "Тіркеу нөмірі",
    ru: "Регистрационный номер",
    en: "Registration number",
  },
  "officeIntake.incomplete": {
    kk: "Міндетті деректемелері жоқ қабылданды, журналда белгіленді: {fields}",
    ru: "Принята без обязательных реквизитов, отмечено в журнале: {fields}",
    en: "Accepted with missing required elements, flagged on the log: {fields}",
  },
  "officeIntake.result.number": {
    kk: "Тіркеу нөмірі",
    ru: "Регистрационный номер",
    en: "Registration number",
  },
  "officeIntake.result.registeredOn": {
    kk: "Тіркелген күні",
    ru: "Дата регистрации",
    en: "Registration date",
  },
  "officeIntake.result.receivedAt": {
    kk: "Қабылданған күні мен уақыты",
    ru: "Дата и время принятия",
    en: "Received on",
  },
  "officeIntake.result.acceptedBy": {
    kk: "Қабылдаған",
    ru: "Принял(а)",
    en: "Accepted by",
  },
  "officeIntake.result.answerBy": {
    kk: "Жауап беру мерзімі",
    ru: "Срок ответа",
    en: "Answer due by",
  },
  "officeIntake.result.answerPlace": {
    kk: "Жауап алатын орын",
    ru: "Место получения ответа",
    en: "Where to get the answer",
  },
  "officeIntake.result.applicant": {
    kk: "Өтініш беруші",
    ru: "Заявитель",
    en: "Applicant",
  },
  "officeIntake.download": {
    kk: "Талонды жүктеу (PDF)",
    ru: "Скачать талон (PDF)",
    en: "Download the talon (PDF)",
  },
  "officeIntake.next": {
    kk: "Келесі қағаз шағым",
    ru: "Следующая бумажная жалоба",
    en: "Next paper complaint",
  },
  "officeIntake.todayLink": {
    kk: "Бүгін тіркелген шағымдар",
    ru: "Зарегистрированные сегодня",
    en: "Registered today",
  },
  "officeIntake.todayTitle": {
    kk: "Кеңсе: бүгін тіркелгендер",
    ru: "Канцелярия: зарегистрированные сегодня",
    en: "Office: registered today",
  },
  "officeIntake.todayLead": {
    kk: "{organization}, {date}",
    ru: "{organization}, {date}",
    en: "{organization}, {date}",
  },
  "officeIntake.todayEmpty": {
    kk: "Бүгін әлі шағым тіркелген жоқ.",
    ru: "Сегодня жалоб ещё не зарегистрировано.",
    en: "No complaint registered yet today.",
  },
  "officeIntake.todayCount": {
    kk: "Бүгін тіркелді: {count}",
    ru: "Зарегистрировано сегодня: {count}",
    en: "Registered today: {count}",
  },
  "officeIntake.todayNumber": {
    kk: "Нөмірі",
    ru: "Номер",
    en: "Number",
  },
  "officeIntake.todayApplicant": {
    kk: "Өтініш беруші",
    ru: "Заявитель",
    en: "Applicant",
  },
  "officeIntake.todayTime": {
    kk: "Уақыты",
    ru: "Время",
    en: "Time",
  },
  "officeIntake.todayTalon": {
    kk: "Талон",
    ru: "Талон",
    en: "Talon",
  },
  "officeIntake.talonLink": {
    kk: "{number} талоны (PDF)",
    ru: "Талон {number} (PDF)",
    en: "Talon {number} (PDF)",
  },
  "callCentre.title": {
    kk: "Қоңырау шалушының шағымы",
    ru: "Жалоба со слов звонящего",
    en: "Complaint for a caller",
  },
  "callCentre.lead": {
    kk: "Қоңырау шалушының айтқанын толық жазыңыз: барлық міндетті деректемелер қажет. Шағым адресатқа жеткізіледі, оны сол орган тіркейді.",
    ru: "Запишите всё, что сообщает звонящий: нужны все обязательные реквизиты. Жалоба будет доставлена адресату, и её зарегистрирует этот орган.",
    en: "Record everything the caller states: every required element is needed. The complaint is delivered to the addressee, which registers it.",
  },
  "callCentre.addressee": {
    kk: "Шағым кімге жолданады",
    ru: "Кому направляется жалоба",
    en: "To whom the complaint goes",
  },
  "callCentre.submit": {
    kk: "Шағымды жіберу",
    ru: "Отправить жалобу",
    en: "Send the complaint",
  },
  "callCentre.done": {
    kk: "Шағым жіберілді",
    ru: "Жалоба отправлена",
    en: "Complaint sent",
  },
  "callCentre.doneText": {
    kk: "Шағым адресатқа жеткізілді: {organization}. Орган оны тіркеп, тіркеу нөмірін және тексеру кодын береді.",
    ru: "Жалоба доставлена адресату: {organization}. Орган зарегистрирует её и присвоит регистрационный номер и код проверки.",
    en: "The complaint was delivered to {organization}. The body will register it and give it a registration number and a check code.",
  },
  "callCentre.reference": {
    kk: "Анықтамалық нөмір",
    ru: "Номер обращения",
    en: "Reference",
  },
  "callCentre.readOut": {
    kk: "Қоңырау шалушыға анықтамалық нөмірді оқып беріңіз. Ол нөмір оның байланыс деректеріне хабарламамен де жіберіледі, ал орган тіркегенде тіркеу нөмірі жіберіледі.",
    ru: "Продиктуйте звонящему номер обращения. Этот номер также придёт ему сообщением на указанные контакты, а после регистрации органом — регистрационный номер.",
    en: "Read the reference out to the caller. It is also sent to the contacts they gave, and the registration number follows when the body registers the complaint.",
  },
  "callCentre.addresseeOrg": {
    kk: "Адресат",
    ru: "Адресат",
    en: "Addressee",
  },
  "callCentre.receivedAt": {
    kk: "Қабылданған уақыты",
    ru: "Время приёма",
    en: "Taken at",
  },
  "callCentre.channel": {
    kk: "Арна",
    ru: "Канал",
    en: "Channel",
  },
  "callCentre.next": {
    kk: "Келесі қоңырау",
    ru: "Следующий звонок",
    en: "Next call",
  },
  "callCentre.statusTitle": {
    kk: "Қоңырау шалушыға мәртебені айту",
    ru: "Сообщить статус звонящему",
    en: "Tell a caller the status",
  },
  "callCentre.statusLead": {
    kk: "Қоңырау шалушы талондағы тіркеу нөмірі мен тексеру кодын айтады. Жеке деректер көрсетілмейді.",
    ru: "Звонящий называет регистрационный номер и код проверки с талона. Персональные данные не показываются.",
    en: "The caller gives the registration number and the check code from the talon. No personal data is shown.",
  },
});
