import { texts } from "../texts.ts";

/** The complaint vocabulary: statuses, marks, grounds, addressees, outcomes, channels, intake errors. */
export const complaints = texts({
  "status.submitted": {
    kk: "Жіберілді",
    ru: "Отправлена",
    en: "Submitted",
  },
  "status.registered": {
    kk: "Тіркелді",
    ru: "Зарегистрирована",
    en: "Registered",
  },
  "status.in_execution": {
    kk: "Орындалуда",
    ru: "На исполнении",
    en: "In execution",
  },
  "status.forwarded": {
    kk: "Шағымды қарайтын органға жіберілді",
    ru: "Направлена в орган, рассматривающий жалобу",
    en: "Forwarded to the reviewing body",
  },
  "status.decided": {
    kk: "Қаралды",
    ru: "Рассмотрена",
    en: "Decided",
  },
  "status.left_without_consideration": {
    kk: "Қараусыз қалдырылды",
    ru: "Оставлена без рассмотрения",
    en: "Left without consideration",
  },
  "status.withdrawn": {
    kk: "Кері қайтарылды",
    ru: "Отозвана",
    en: "Withdrawn",
  },
  "mark.delivered": {
    kk: "Жеткізілді",
    ru: "Доставлена",
    en: "Delivered",
  },
  "mark.registered": {
    kk: "Тіркелді",
    ru: "Зарегистрирована",
    en: "Registered",
  },
  "mark.in_execution": {
    kk: "Орындалуда",
    ru: "На исполнении",
    en: "In execution",
  },
  "mark.forwarded": {
    kk: "Шағымды қарайтын органға жіберілді",
    ru: "Направлена в орган, рассматривающий жалобу",
    en: "Forwarded to the reviewing body",
  },
  "mark.extended": {
    kk: "Мерзімі ұзартылды",
    ru: "Срок продлён",
    en: "Term extended",
  },
  "mark.result": {
    kk: "Қарау нәтижесі",
    ru: "Результат рассмотрения",
    en: "Result of review",
  },
  "mark.refusal": {
    kk: "Қараудан бас тарту",
    ru: "Отказ в рассмотрении",
    en: "Refusal to review",
  },
  "mark.withdrawn": {
    kk: "Өтініш беруші кері қайтарып алды",
    ru: "Отозвана заявителем",
    en: "Withdrawn by the applicant",
  },
  "ground.refusal": {
    kk: "Мемлекеттік қызмет көрсетуден бас тарту",
    ru: "Отказ в оказании государственной услуги",
    en: "Refusal to provide the public service",
  },
  "ground.deadline_violation": {
    kk: "Қызмет көрсету мерзімін бұзу",
    ru: "Нарушение сроков оказания услуги",
    en: "Service deadline violated",
  },
  "ground.improper_service": {
    kk: "Қызметті тиісінше көрсетпеу",
    ru: "Ненадлежащее оказание услуги",
    en: "Improper provision of the service",
  },
  "ground.rude_service": {
    kk: "Әдепсіз қарым-қатынас",
    ru: "Некорректное обращение",
    en: "Rude treatment",
  },
  "ground.extra_documents": {
    kk: "Артық құжаттарды талап ету",
    ru: "Истребование лишних документов",
    en: "Documents demanded beyond the standard",
  },
  "ground.other": {
    kk: "Басқа",
    ru: "Другое",
    en: "Other",
  },
  "addressee.provider_head": {
    kk: "Көрсетілетін қызметті берушінің басшысы",
    ru: "Руководитель услугодателя",
    en: "Head of the service provider",
  },
  "addressee.akim": {
    kk: "Тиісті әкімшілік-аумақтық бірліктің әкімі",
    ru: "Аким соответствующей административно-территориальной единицы",
    en: "Akim of the administrative-territorial unit",
  },
  "addressee.state_corporation_head": {
    kk: "Мемлекеттік корпорацияның басшысы",
    ru: "Руководитель Государственной корпорации",
    en: "Head of the State Corporation",
  },
  "addressee.informatization_authority": {
    kk: "Ақпараттандыру саласындағы уәкілетті орган",
    ru: "Уполномоченный орган в сфере информатизации",
    en: "Authorized body for informatization",
  },
  "addressee.quality_authority": {
    kk: "Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті орган",
    ru: "Уполномоченный орган по оценке и контролю за качеством оказания государственных услуг",
    en: "Authorized body for assessing and controlling the quality of public services",
  },
  "outcome.satisfied": {
    kk: "Қанағаттандырылды",
    ru: "Удовлетворена",
    en: "Satisfied",
  },
  "outcome.partially_satisfied": {
    kk: "Ішінара қанағаттандырылды",
    ru: "Удовлетворена частично",
    en: "Partially satisfied",
  },
  "outcome.not_satisfied": {
    kk: "Қанағаттандырылмады",
    ru: "Не удовлетворена",
    en: "Not satisfied",
  },
  "outcome.favourable_act": {
    kk: "Қолайлы әкімшілік акт қабылданды",
    ru: "Принят благоприятный административный акт",
    en: "Favourable administrative act adopted",
  },
  "channel.portal": {
    kk: "Портал",
    ru: "Портал",
    en: "Portal",
  },
  "channel.office": {
    kk: "Кеңсе (қағаз түрінде)",
    ru: "Канцелярия (на бумаге)",
    en: "Office (paper)",
  },
  "channel.contact_centre": {
    kk: "Байланыс орталығы 1414",
    ru: "Контакт-центр 1414",
    en: "Contact centre 1414",
  },
  "field.unknown_organization": {
    kk: "Мұндай ұйым жоқ",
    ru: "Такой организации нет",
    en: "No such organization",
  },
  "field.addressee_not_allowed": {
    kk: "Бұл шағымды мұндай адресатқа беруге болмайды",
    ru: "Эту жалобу нельзя подать такому адресату",
    en: "This complaint cannot be addressed there",
  },
  "field.unknown_service": {
    kk: "Мұндай мемлекеттік қызмет жоқ",
    ru: "Такой государственной услуги нет",
    en: "No such public service",
  },
  "field.unknown_attachment": {
    kk: "Файл табылмады немесе басқа шағымға тіркелген",
    ru: "Файл не найден или приложен к другой жалобе",
    en: "File not found or attached to another complaint",
  },
  "field.too_many_attachments": {
    kk: "Ең көбі {max} файл",
    ru: "Не более {max} файлов",
    en: "At most {max} files",
  },
  "field.date_in_future": {
    kk: "Күн болашақта болмауы керек",
    ru: "Дата не может быть в будущем",
    en: "The date cannot be in the future",
  },
  "field.date_invalid": {
    kk: "Күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз, мысалы 2026-03-23",
    ru: "Введите дату в виде ГГГГ-ММ-ДД, например 2026-03-23",
    en: "Enter the date as YYYY-MM-DD, for example 2026-03-23",
  },
  "field.date_real": {
    kk: "Бар күнді енгізіңіз: күні, айы және жылы, мысалы 23 3 2026",
    ru: "Введите существующую дату: день, месяц и год, например 23 3 2026",
    en: "Enter a real date: day, month and year, for example 23 3 2026",
  },
  "field.phone_invalid": {
    kk: "Телефон нөмірі дұрыс емес",
    ru: "Неверный номер телефона",
    en: "Not a valid phone number",
  },
  "field.email_invalid": {
    kk: "Электрондық пошта мекенжайы дұрыс емес",
    ru: "Неверный адрес электронной почты",
    en: "Not a valid e-mail address",
  },
  "field.not_your_organization": {
    kk: "Шағым сіздің ұйымыңызға жолдануы керек",
    ru: "Жалоба должна быть адресована вашей организации",
    en: "The complaint must be addressed to your organization",
  },
  "field.attachment_too_large": {
    kk: "Файл {max} МБ-тан аспауы керек",
    ru: "Файл не должен превышать {max} МБ",
    en: "The file must be at most {max} MB",
  },
  "field.attachment_type": {
    kk: "Тек PDF, JPEG немесе PNG файлдары қабылданады",
    ru: "Принимаются только файлы PDF, JPEG или PNG",
    en: "Only PDF, JPEG or PNG files are accepted",
  },
  "error.attachment_too_large": {
    kk: "Файл тым үлкен: ең көбі {max} МБ",
    ru: "Файл слишком большой: не более {max} МБ",
    en: "The file is too large: at most {max} MB",
  },
  "error.attachment_type": {
    kk: "Тек PDF, JPEG немесе PNG файлдары қабылданады",
    ru: "Принимаются только файлы PDF, JPEG или PNG",
    en: "Only PDF, JPEG or PNG files are accepted",
  },
  "error.invalid_transition": {
    kk: "Шағымның қазіргі күйінде бұл әрекетті орындау мүмкін емес",
    ru: "В текущем состоянии жалобы это действие невозможно",
    en: "Not possible in the complaint's current state",
  },
});
