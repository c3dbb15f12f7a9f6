import { texts } from "../texts.ts";

/**
 * Legal citations (`basis.<code>`) and calendar/deadline labels in Kazakh, Russian and English.
 * The domain refers to them by code only; placeholders are written {name}.
 */
export const legal = texts({
  "basis.appc-63": {
    kk: "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі, 63-бап: жұмыс істемейтін күні түскен өтініш одан кейінгі бірінші жұмыс күні тіркеледі.",
    ru: "Административный процедурно-процессуальный кодекс Республики Казахстан, статья 63: обращение, поступившее в нерабочий день, регистрируется в первый следующий за ним рабочий день.",
    en: "Administrative Procedural-Process Code of the Republic of Kazakhstan, art. 63: an application received on a non-working day is registered on the next working day.",
  },
  "basis.appc-91-4": {
    kk: "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі, 91-бап, 4-тармақ: әкімшілік актісіне, әрекетіне (әрекетсіздігіне) шағым жасалған орган шағым түскен күннен бастап үш жұмыс күнінен кешіктірмей оны әкімшілік іспен бірге шағымды қарайтын органға жібереді, егер осы үш жұмыс күні ішінде шағымның талаптарын толық қанағаттандыратын қолайлы әкімшілік акт қабылдамаса немесе әрекет жасамаса.",
    ru: "Административный процедурно-процессуальный кодекс Республики Казахстан, статья 91, пункт 4: орган, административный акт или действие (бездействие) которого обжалуется, не позднее трёх рабочих дней со дня поступления жалобы направляет её вместе с административным делом в орган, рассматривающий жалобу, если в течение этих трёх рабочих дней не примет благоприятный административный акт или не совершит действие, полностью удовлетворяющие требования жалобы.",
    en: "Administrative Procedural-Process Code of the Republic of Kazakhstan, art. 91 p. 4: the body whose administrative act or action (inaction) is appealed sends the complaint with the administrative case to the reviewing body no later than 3 working days from receipt, unless within those 3 working days it adopts a favourable administrative act or takes an action fully satisfying the complaint.",
  },
  "basis.appc-92": {
    kk: "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі, 92-бап: шағым адам әкімшілік актінің қабылданғаны немесе әрекеттің (әрекетсіздіктің) жасалғаны туралы білген күннен бастап үш ай ішінде беріледі; дәлелді себеппен өткізіп алынған мерзім қалпына келтірілуі мүмкін. Мерзімі өткен шағым да қабылданады.",
    ru: "Административный процедурно-процессуальный кодекс Республики Казахстан, статья 92: жалоба подаётся в течение трёх месяцев со дня, когда лицу стало известно о принятии административного акта или совершении действия (бездействия); срок, пропущенный по уважительной причине, может быть восстановлен. Жалоба, поданная позже, всё равно принимается.",
    en: "Administrative Procedural-Process Code of the Republic of Kazakhstan, art. 92: a complaint is filed within 3 months from the day the person learned of the administrative act or action (inaction); a term missed for a good reason may be restored. A late complaint is still accepted.",
  },
  "basis.ps-25-2": {
    kk: "«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының № 88-V Заңы, 25-бап, 2-тармақ: көрсетілетін қызметті берушінің немесе Мемлекеттік корпорацияның атына келіп түскен шағым тіркелген күнінен бастап бес жұмыс күні ішінде қаралуға жатады.",
    ru: "Закон Республики Казахстан «О государственных услугах» № 88-V, статья 25, пункт 2: жалоба, поступившая в адрес услугодателя или Государственной корпорации, подлежит рассмотрению в течение пяти рабочих дней со дня её регистрации.",
    en: "Law of the Republic of Kazakhstan On public services No. 88-V, art. 25 p. 2: a complaint to the service provider or the State Corporation is reviewed within 5 working days from its registration.",
  },
  "basis.ps-25-3": {
    kk: "«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының № 88-V Заңы, 25-бап, 3-тармақ: мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органның атына келіп түскен шағым тіркелген күнінен бастап он бес жұмыс күні ішінде қаралуға жатады.",
    ru: "Закон Республики Казахстан «О государственных услугах» № 88-V, статья 25, пункт 3: жалоба, поступившая в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг, подлежит рассмотрению в течение пятнадцати рабочих дней со дня её регистрации.",
    en: "Law of the Republic of Kazakhstan On public services No. 88-V, art. 25 p. 3: a complaint to the authorized body for assessment and control of the quality of public services is reviewed within 15 working days from its registration.",
  },
  "basis.ps-25-4": {
    kk: "«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының № 88-V Заңы, 25-бап, 4-тармақ: қосымша зерделеу немесе жеріне барып тексеру қажет болған жағдайда сапа жөніндегі уәкілетті орган шағымды қарау мерзімін ұзартады және бұл туралы өтініш берушіге үш жұмыс күні ішінде хабарлайды.",
    ru: "Закон Республики Казахстан «О государственных услугах» № 88-V, статья 25, пункт 4: при необходимости дополнительного изучения или проверки с выездом на место уполномоченный орган по оценке качества продлевает срок рассмотрения жалобы и в течение трёх рабочих дней извещает об этом заявителя.",
    en: "Law of the Republic of Kazakhstan On public services No. 88-V, art. 25 p. 4: when additional study or an on-site check is needed, the authorized body for quality extends the review and informs the applicant within 3 working days.",
  },
  "basis.holidays-5": {
    kk: "«Қазақстан Республикасындағы мерекелер туралы» Қазақстан Республикасының № 267-II Заңы, 5-бап: демалыс күні мен мереке күні сәйкес келсе, демалыс күні келесі жұмыс күніне ауыстырылады (діни мерекелерді қоспағанда).",
    ru: "Закон Республики Казахстан «О праздниках в Республике Казахстан» № 267-II, статья 5: при совпадении выходного и праздничного дней выходной день переносится на следующий рабочий день (кроме религиозных праздников).",
    en: "Law of the Republic of Kazakhstan On holidays in the Republic of Kazakhstan No. 267-II, art. 5: when a holiday falls on a day off, the day off moves to the next working day (religious holidays excepted).",
  },
  "basis.labour-85-3": {
    kk: "Қазақстан Республикасының Еңбек кодексі, 85-бап, 3-тармақ: демалыс күндері уәкілетті органның актісімен басқа жұмыс күндеріне ауыстырылуы мүмкін, сонда сенбі немесе жексенбі жұмыс күні болады.",
    ru: "Трудовой кодекс Республики Казахстан, статья 85, пункт 3: выходные дни могут переноситься на другие рабочие дни актом уполномоченного органа; тогда суббота или воскресенье становится рабочим днём.",
    en: "Labour Code of the Republic of Kazakhstan, art. 85 p. 3: days off may be moved to other working days by an act of the authorized body; a Saturday or Sunday then becomes a working day.",
  },
  "regime.appc-2021": {
    kk: "Әкімшілік рәсімдік-процестік кодекс (2021 жылғы 1 шілдеден бастап)",
    ru: "Административный процедурно-процессуальный кодекс (с 1 июля 2021 года)",
    en: "Administrative Procedural-Process Code (from 1 July 2021)",
  },
  "regime.appeals-law-2007": {
    kk: "«Жеке және заңды тұлғалардың өтініштерін қарау тәртібі туралы» № 221-III Заң (2021 жылғы 1 шілдеге дейін)",
    ru: "Закон «О порядке рассмотрения обращений физических и юридических лиц» № 221-III (до 1 июля 2021 года)",
    en: "Law On the procedure for considering appeals of individuals and legal entities No. 221-III (before 1 July 2021)",
  },
  "dayKind.holiday": {
    kk: "Мереке күні",
    ru: "Праздничный день",
    en: "Public holiday",
  },
  "dayKind.moved_day_off": {
    kk: "Ауыстырылған демалыс күні (мереке демалыс күніне сәйкес келді)",
    ru: "Перенесённый выходной (праздник пришёлся на выходной)",
    en: "Day off moved from a holiday that fell on the weekend",
  },
  "dayKind.transfer": {
    kk: "Ресми шешіммен ауыстырылған демалыс күні",
    ru: "Выходной, перенесённый официальным решением",
    en: "Day off moved by official decision",
  },
  "dayKind.religious": {
    kk: "Діни мереке (ауыстырылмайды)",
    ru: "Религиозный праздник (не переносится)",
    en: "Religious holiday (not moved)",
  },
  "dayKind.working_day": {
    kk: "Демалыс күнінің орнына жұмыс күні",
    ru: "Рабочий день вместо выходного",
    en: "Working day in place of a day off",
  },
  "dayKind.weekend": {
    kk: "Демалыс күні (сенбі, жексенбі)",
    ru: "Выходной день (суббота, воскресенье)",
    en: "Weekend (Saturday, Sunday)",
  },
  "deadlineKind.forward": {
    kk: "Шағымды қарайтын органға жіберу",
    ru: "Направление в орган, рассматривающий жалобу",
    en: "Forwarding to the reviewing body",
  },
  "deadlineKind.review": {
    kk: "Шағымды қарау",
    ru: "Рассмотрение жалобы",
    en: "Review of the complaint",
  },
  "deadlineKind.extension": {
    kk: "Қарау мерзімін ұзарту",
    ru: "Продление срока рассмотрения",
    en: "Extension of the review",
  },
  "deadlineKind.filing": {
    kk: "Шағым беру мерзімі",
    ru: "Срок подачи жалобы",
    en: "Term for filing a complaint",
  },
  "deadlineState.running": {
    kk: "Мерзім өтуде",
    ru: "Срок идёт",
    en: "In progress",
  },
  "deadlineState.met": {
    kk: "Мерзім сақталды",
    ru: "Срок соблюдён",
    en: "Met",
  },
  "deadlineState.missed": {
    kk: "Мерзім бұзылды",
    ru: "Срок нарушен",
    en: "Missed",
  },
  "deadlineState.overdue": {
    kk: "Мерзімі өтіп кетті",
    ru: "Срок просрочен",
    en: "Overdue",
  },
  "reviewBody.provider": {
    kk: "Көрсетілетін қызметті беруші",
    ru: "Услугодатель",
    en: "Service provider",
  },
  "reviewBody.state_corporation": {
    kk: "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы",
    ru: "Государственная корпорация «Правительство для граждан»",
    en: "State Corporation “Government for Citizens”",
  },
  "reviewBody.higher_body": {
    kk: "Жоғары тұрған орган немесе лауазымды адам",
    ru: "Вышестоящий орган или должностное лицо",
    en: "Higher body or official",
  },
  "reviewBody.akimat": {
    kk: "Әкімдік",
    ru: "Акимат",
    en: "Akimat",
  },
  "reviewBody.quality_authority": {
    kk: "Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті орган",
    ru: "Уполномоченный орган по оценке и контролю за качеством оказания государственных услуг",
    en: "Authorized body for the quality of public services",
  },
  "calendar.provisional": {
    kk: "Алдын ала: ресми күнтізбе бұл күндерді әлі өзгертуі мүмкін",
    ru: "Предварительно: официальный календарь ещё может изменить эти даты",
    en: "Provisional: the official calendar may still change these dates",
  },
  "calendar.projectedYear": {
    kk: "{year} жылғы күнтізбе әлі жарияланбаған; демалыс күндері заң бойынша есептелді",
    ru: "Календарь на {year} год ещё не опубликован; выходные рассчитаны по закону",
    en: "The calendar for {year} is not published yet; days off are projected from the law",
  },
  "deadline.summary": {
    kk: "Жұмыс күндері: {days}, {start} бастап есептеледі; соңғы күні — {due}",
    ru: "Рабочих дней: {days}, отсчёт с {start}; последний день — {due}",
    en: "Working days: {days}, counted from {start}; last day {due}",
  },
  "deadline.skipped": {
    kk: "Есептелмейді: {date} — {reason}",
    ru: "Не считается: {date} — {reason}",
    en: "Not counted: {date} — {reason}",
  },
  "deadline.registeredNext": {
    kk: "{received} жұмыс істемейтін күні түсті; {registered} тіркелді",
    ru: "Поступила в нерабочий день {received}; зарегистрирована {registered}",
    en: "Received on a non-working day, {received}; registered on {registered}",
  },
  "deadline.announcedKept": {
    kk: "Сізге хабарланған күн — {announced} — күшінде қалады (қайта есептелген күн — {computed})",
    ru: "Сообщённая вам дата {announced} остаётся в силе (пересчитанная дата — {computed})",
    en: "The date you were told, {announced}, stays in force (recalculated date: {computed})",
  },
  "filing.inTime": {
    kk: "Мерзімінде берілді (соңғы күні — {lastDay})",
    ru: "Подана в срок (последний день — {lastDay})",
    en: "Filed in time (last day {lastDay})",
  },
  "filing.late": {
    kk: "Мерзім {lastDay} аяқталғаннан кейін берілді. Шағым қабылданады; дәлелді себеппен мерзім қалпына келтірілуі мүмкін.",
    ru: "Подана после истечения срока {lastDay}. Жалоба принимается; срок может быть восстановлен по уважительной причине.",
    en: "Filed after the term ended on {lastDay}. The complaint is accepted; the term may be restored for a good reason.",
  },
});
