/**
 * Legal citations (`basis.<code>`) and calendar/deadline labels in Kazakh, Russian and English.
 * The domain refers to them by code only; placeholders are written {name}.
 */
export const legal = {
  kk: {
    "basis.appc-63":
      "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі, 63-бап: жұмыс істемейтін күні түскен өтініш одан кейінгі бірінші жұмыс күні тіркеледі.",
    "basis.appc-91-4":
      "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі, 91-бап, 4-тармақ: әкімшілік актісіне, әрекетіне (әрекетсіздігіне) шағым жасалған орган шағым түскен күннен бастап үш жұмыс күнінен кешіктірмей оны әкімшілік іспен бірге шағымды қарайтын органға жібереді, егер осы үш жұмыс күні ішінде шағымның талаптарын толық қанағаттандыратын қолайлы әкімшілік акт қабылдамаса немесе әрекет жасамаса.",
    "basis.appc-92":
      "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі, 92-бап: шағым адам әкімшілік актінің қабылданғаны немесе әрекеттің (әрекетсіздіктің) жасалғаны туралы білген күннен бастап үш ай ішінде беріледі; дәлелді себеппен өткізіп алынған мерзім қалпына келтірілуі мүмкін. Мерзімі өткен шағым да қабылданады.",
    "basis.ps-25-2":
      "«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының № 88-V Заңы, 25-бап, 2-тармақ: көрсетілетін қызметті берушінің немесе Мемлекеттік корпорацияның атына келіп түскен шағым тіркелген күнінен бастап бес жұмыс күні ішінде қаралуға жатады.",
    "basis.ps-25-3":
      "«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының № 88-V Заңы, 25-бап, 3-тармақ: мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті органның атына келіп түскен шағым тіркелген күнінен бастап он бес жұмыс күні ішінде қаралуға жатады.",
    "basis.ps-25-4":
      "«Мемлекеттік көрсетілетін қызметтер туралы» Қазақстан Республикасының № 88-V Заңы, 25-бап, 4-тармақ: қосымша зерделеу немесе жеріне барып тексеру қажет болған жағдайда сапа жөніндегі уәкілетті орган шағымды қарау мерзімін ұзартады және бұл туралы өтініш берушіге үш жұмыс күні ішінде хабарлайды.",
    "basis.holidays-5":
      "«Қазақстан Республикасындағы мерекелер туралы» Қазақстан Республикасының № 267-II Заңы, 5-бап: демалыс күні мен мереке күні сәйкес келсе, демалыс күні келесі жұмыс күніне ауыстырылады (діни мерекелерді қоспағанда).",
    "basis.labour-85-3":
      "Қазақстан Республикасының Еңбек кодексі, 85-бап, 3-тармақ: демалыс күндері уәкілетті органның актісімен басқа жұмыс күндеріне ауыстырылуы мүмкін, сонда сенбі немесе жексенбі жұмыс күні болады.",
    "regime.appc-2021": "Әкімшілік рәсімдік-процестік кодекс (2021 жылғы 1 шілдеден бастап)",
    "regime.appeals-law-2007":
      "«Жеке және заңды тұлғалардың өтініштерін қарау тәртібі туралы» № 221-III Заң (2021 жылғы 1 шілдеге дейін)",
    "dayKind.holiday": "Мереке күні",
    "dayKind.moved_day_off": "Ауыстырылған демалыс күні (мереке демалыс күніне сәйкес келді)",
    "dayKind.transfer": "Ресми шешіммен ауыстырылған демалыс күні",
    "dayKind.religious": "Діни мереке (ауыстырылмайды)",
    "dayKind.working_day": "Демалыс күнінің орнына жұмыс күні",
    "dayKind.weekend": "Демалыс күні (сенбі, жексенбі)",
    "deadlineKind.forward": "Шағымды қарайтын органға жіберу",
    "deadlineKind.review": "Шағымды қарау",
    "deadlineKind.extension": "Қарау мерзімін ұзарту",
    "deadlineKind.filing": "Шағым беру мерзімі",
    "deadlineState.running": "Мерзім өтуде",
    "deadlineState.met": "Мерзім сақталды",
    "deadlineState.missed": "Мерзім бұзылды",
    "deadlineState.overdue": "Мерзімі өтіп кетті",
    "reviewBody.provider": "Көрсетілетін қызметті беруші",
    "reviewBody.state_corporation": "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы",
    "reviewBody.higher_body": "Жоғары тұрған орган немесе лауазымды адам",
    "reviewBody.akimat": "Әкімдік",
    "reviewBody.quality_authority":
      "Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті орган",
    "calendar.provisional": "Алдын ала: ресми күнтізбе бұл күндерді әлі өзгертуі мүмкін",
    "calendar.projectedYear":
      "{year} жылғы күнтізбе әлі жарияланбаған; демалыс күндері заң бойынша есептелді",
    "deadline.summary": "Жұмыс күндері: {days}, {start} бастап есептеледі; соңғы күні — {due}",
    "deadline.skipped": "Есептелмейді: {date} — {reason}",
    "deadline.registeredNext": "{received} жұмыс істемейтін күні түсті; {registered} тіркелді",
    "deadline.announcedKept":
      "Сізге хабарланған күн — {announced} — күшінде қалады (қайта есептелген күн — {computed})",
    "filing.inTime": "Мерзімінде берілді (соңғы күні — {lastDay})",
    "filing.late":
      "Мерзім {lastDay} аяқталғаннан кейін берілді. Шағым қабылданады; дәлелді себеппен мерзім қалпына келтірілуі мүмкін.",
  },
  ru: {
    "basis.appc-63":
      "Административный процедурно-процессуальный кодекс Республики Казахстан, статья 63: обращение, поступившее в нерабочий день, регистрируется в первый следующий за ним рабочий день.",
    "basis.appc-91-4":
      "Административный процедурно-процессуальный кодекс Республики Казахстан, статья 91, пункт 4: орган, административный акт или действие (бездействие) которого обжалуется, не позднее трёх рабочих дней со дня поступления жалобы направляет её вместе с административным делом в орган, рассматривающий жалобу, если в течение этих трёх рабочих дней не примет благоприятный административный акт или не совершит действие, полностью удовлетворяющие требования жалобы.",
    "basis.appc-92":
      "Административный процедурно-процессуальный кодекс Республики Казахстан, статья 92: жалоба подаётся в течение трёх месяцев со дня, когда лицу стало известно о принятии административного акта или совершении действия (бездействия); срок, пропущенный по уважительной причине, может быть восстановлен. Жалоба, поданная позже, всё равно принимается.",
    "basis.ps-25-2":
      "Закон Республики Казахстан «О государственных услугах» № 88-V, статья 25, пункт 2: жалоба, поступившая в адрес услугодателя или Государственной корпорации, подлежит рассмотрению в течение пяти рабочих дней со дня её регистрации.",
    "basis.ps-25-3":
      "Закон Республики Казахстан «О государственных услугах» № 88-V, статья 25, пункт 3: жалоба, поступившая в уполномоченный орган по оценке и контролю за качеством оказания государственных услуг, подлежит рассмотрению в течение пятнадцати рабочих дней со дня её регистрации.",
    "basis.ps-25-4":
      "Закон Республики Казахстан «О государственных услугах» № 88-V, статья 25, пункт 4: при необходимости дополнительного изучения или проверки с выездом на место уполномоченный орган по оценке качества продлевает срок рассмотрения жалобы и в течение трёх рабочих дней извещает об этом заявителя.",
    "basis.holidays-5":
      "Закон Республики Казахстан «О праздниках в Республике Казахстан» № 267-II, статья 5: при совпадении выходного и праздничного дней выходной день переносится на следующий рабочий день (кроме религиозных праздников).",
    "basis.labour-85-3":
      "Трудовой кодекс Республики Казахстан, статья 85, пункт 3: выходные дни могут переноситься на другие рабочие дни актом уполномоченного органа; тогда суббота или воскресенье становится рабочим днём.",
    "regime.appc-2021": "Административный процедурно-процессуальный кодекс (с 1 июля 2021 года)",
    "regime.appeals-law-2007":
      "Закон «О порядке рассмотрения обращений физических и юридических лиц» № 221-III (до 1 июля 2021 года)",
    "dayKind.holiday": "Праздничный день",
    "dayKind.moved_day_off": "Перенесённый выходной (праздник пришёлся на выходной)",
    "dayKind.transfer": "Выходной, перенесённый официальным решением",
    "dayKind.religious": "Религиозный праздник (не переносится)",
    "dayKind.working_day": "Рабочий день вместо выходного",
    "dayKind.weekend": "Выходной день (суббота, воскресенье)",
    "deadlineKind.forward": "Направление в орган, рассматривающий жалобу",
    "deadlineKind.review": "Рассмотрение жалобы",
    "deadlineKind.extension": "Продление срока рассмотрения",
    "deadlineKind.filing": "Срок подачи жалобы",
    "deadlineState.running": "Срок идёт",
    "deadlineState.met": "Срок соблюдён",
    "deadlineState.missed": "Срок нарушен",
    "deadlineState.overdue": "Срок просрочен",
    "reviewBody.provider": "Услугодатель",
    "reviewBody.state_corporation": "Государственная корпорация «Правительство для граждан»",
    "reviewBody.higher_body": "Вышестоящий орган или должностное лицо",
    "reviewBody.akimat": "Акимат",
    "reviewBody.quality_authority":
      "Уполномоченный орган по оценке и контролю за качеством оказания государственных услуг",
    "calendar.provisional": "Предварительно: официальный календарь ещё может изменить эти даты",
    "calendar.projectedYear": "Календарь на {year} год ещё не опубликован; выходные рассчитаны по закону",
    "deadline.summary": "Рабочих дней: {days}, отсчёт с {start}; последний день — {due}",
    "deadline.skipped": "Не считается: {date} — {reason}",
    "deadline.registeredNext": "Поступила в нерабочий день {received}; зарегистрирована {registered}",
    "deadline.announcedKept":
      "Сообщённая вам дата {announced} остаётся в силе (пересчитанная дата — {computed})",
    "filing.inTime": "Подана в срок (последний день — {lastDay})",
    "filing.late":
      "Подана после истечения срока {lastDay}. Жалоба принимается; срок может быть восстановлен по уважительной причине.",
  },
  en: {
    "basis.appc-63":
      "Administrative Procedural-Process Code of the Republic of Kazakhstan, art. 63: an application received on a non-working day is registered on the next working day.",
    "basis.appc-91-4":
      "Administrative Procedural-Process Code of the Republic of Kazakhstan, art. 91 p. 4: the body whose administrative act or action (inaction) is appealed sends the complaint with the administrative case to the reviewing body no later than 3 working days from receipt, unless within those 3 working days it adopts a favourable administrative act or takes an action fully satisfying the complaint.",
    "basis.appc-92":
      "Administrative Procedural-Process Code of the Republic of Kazakhstan, art. 92: a complaint is filed within 3 months from the day the person learned of the administrative act or action (inaction); a term missed for a good reason may be restored. A late complaint is still accepted.",
    "basis.ps-25-2":
      "Law of the Republic of Kazakhstan On public services No. 88-V, art. 25 p. 2: a complaint to the service provider or the State Corporation is reviewed within 5 working days from its registration.",
    "basis.ps-25-3":
      "Law of the Republic of Kazakhstan On public services No. 88-V, art. 25 p. 3: a complaint to the authorized body for assessment and control of the quality of public services is reviewed within 15 working days from its registration.",
    "basis.ps-25-4":
      "Law of the Republic of Kazakhstan On public services No. 88-V, art. 25 p. 4: when additional study or an on-site check is needed, the authorized body for quality extends the review and informs the applicant within 3 working days.",
    "basis.holidays-5":
      "Law of the Republic of Kazakhstan On holidays in the Republic of Kazakhstan No. 267-II, art. 5: when a holiday falls on a day off, the day off moves to the next working day (religious holidays excepted).",
    "basis.labour-85-3":
      "Labour Code of the Republic of Kazakhstan, art. 85 p. 3: days off may be moved to other working days by an act of the authorized body; a Saturday or Sunday then becomes a working day.",
    "regime.appc-2021": "Administrative Procedural-Process Code (from 1 July 2021)",
    "regime.appeals-law-2007":
      "Law On the procedure for considering appeals of individuals and legal entities No. 221-III (before 1 July 2021)",
    "dayKind.holiday": "Public holiday",
    "dayKind.moved_day_off": "Day off moved from a holiday that fell on the weekend",
    "dayKind.transfer": "Day off moved by official decision",
    "dayKind.religious": "Religious holiday (not moved)",
    "dayKind.working_day": "Working day in place of a day off",
    "dayKind.weekend": "Weekend (Saturday, Sunday)",
    "deadlineKind.forward": "Forwarding to the reviewing body",
    "deadlineKind.review": "Review of the complaint",
    "deadlineKind.extension": "Extension of the review",
    "deadlineKind.filing": "Term for filing a complaint",
    "deadlineState.running": "In progress",
    "deadlineState.met": "Met",
    "deadlineState.missed": "Missed",
    "deadlineState.overdue": "Overdue",
    "reviewBody.provider": "Service provider",
    "reviewBody.state_corporation": "State Corporation “Government for Citizens”",
    "reviewBody.higher_body": "Higher body or official",
    "reviewBody.akimat": "Akimat",
    "reviewBody.quality_authority": "Authorized body for the quality of public services",
    "calendar.provisional": "Provisional: the official calendar may still change these dates",
    "calendar.projectedYear":
      "The calendar for {year} is not published yet; days off are projected from the law",
    "deadline.summary": "Working days: {days}, counted from {start}; last day {due}",
    "deadline.skipped": "Not counted: {date} — {reason}",
    "deadline.registeredNext": "Received on a non-working day, {received}; registered on {registered}",
    "deadline.announcedKept":
      "The date you were told, {announced}, stays in force (recalculated date: {computed})",
    "filing.inTime": "Filed in time (last day {lastDay})",
    "filing.late":
      "Filed after the term ended on {lastDay}. The complaint is accepted; the term may be restored for a good reason.",
  },
} as const;
