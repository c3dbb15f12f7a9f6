import { texts } from "../texts.ts";

/**
 * The deadline calculator, the year view of the calendar and the calendar administration, with
 * their field messages. Kazakh and Russian are equals; English follows. Placeholders are {name}.
 */
export const calendar = texts({
  "field.date.required": {
    kk: "Күнді енгізіңіз",
    ru: "Введите дату",
    en: "Enter the date",
  },
  "field.from.required": {
    kk: "Шағым түскен күнді енгізіңіз",
    ru: "Введите дату поступления жалобы",
    en: "Enter the date the complaint was received",
  },
  "field.name.kk.required": {
    kk: "Атауын қазақ тілінде жазыңыз",
    ru: "Напишите название на казахском языке",
    en: "Write the name in Kazakh",
  },
  "field.name.ru.required": {
    kk: "Атауын орыс тілінде жазыңыз",
    ru: "Напишите название на русском языке",
    en: "Write the name in Russian",
  },
  "field.name.en.required": {
    kk: "Атауын ағылшын тілінде жазыңыз",
    ru: "Напишите название на английском языке",
    en: "Write the name in English",
  },
  "field.source.required": {
    kk: "Дереккөзін (акт немесе жарияланым) жазыңыз",
    ru: "Укажите источник (акт или публикацию)",
    en: "Give the source (an act or a publication)",
  },
  "field.date_iso": {
    kk: "Бар күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз, мысалы 2025-04-30",
    ru: "Введите существующую дату в виде ГГГГ-ММ-ДД, например 2025-04-30",
    en: "Enter an existing date as YYYY-MM-DD, for example 2025-04-30",
  },
  "field.date_out_of_calendar": {
    kk: "Күнтізбе {first}–{last} жылдарды қамтиды: осы жылдардағы күнді енгізіңіз",
    ru: "Календарь охватывает {first}–{last} годы: введите дату в этих годах",
    en: "The calendar covers {first}–{last}: enter a date in those years",
  },
  "field.past_calendar": {
    kk: "Мерзім күнтізбенің соңынан ({last} жыл) асып кетеді",
    ru: "Срок выходит за конец календаря ({last} год)",
    en: "The term runs past the end of the calendar ({last})",
  },
  "field.working_days_range": {
    kk: "Жұмыс күндерінің санын 0-ден {max}-ге дейінгі бүтін санмен енгізіңіз",
    ru: "Введите число рабочих дней — целое число от 0 до {max}",
    en: "Enter the number of working days as a whole number from 0 to {max}",
  },
  "field.year_digits": {
    kk: "Жылды төрт цифрмен енгізіңіз, мысалы 2025",
    ru: "Введите год четырьмя цифрами, например 2025",
    en: "Enter a year as four digits, for example 2025",
  },
  "field.year_out_of_calendar": {
    kk: "Күнтізбе {first}–{last} жылдарды қамтиды",
    ru: "Календарь охватывает {first}–{last} годы",
    en: "The calendar covers the years {first}–{last}",
  },
  "field.kind.choose_one": {
    kk: "Күннің түрін таңдаңыз",
    ru: "Выберите вид дня",
    en: "Choose the kind of day",
  },
  "field.term.choose_one": {
    kk: "Мерзімді таңдаңыз",
    ru: "Выберите срок",
    en: "Choose a term",
  },
  "field.working_day_kind": {
    kk: "«working» мәні тек «working_day» түрі үшін ғана true болады",
    ru: "Значение «working» должно быть true только для вида «working_day»",
    en: "“working” must be true exactly for the kind “working_day”",
  },
  "field.weekend_already_off": {
    kk: "Бұл күн — сенбі немесе жексенбі, ол онсыз да демалыс: оған тек жұмыс күнін белгілеуге болады",
    ru: "Эта дата — суббота или воскресенье, она и так выходной: на неё можно назначить только рабочий день",
    en: "This date is a Saturday or Sunday and already a day off: only a working day can be set on it",
  },
  "field.weekday_already_working": {
    kk: "Бұл күн — жұмыс күні (дүйсенбі–жұма): демалыс күнінің түрін таңдаңыз",
    ru: "Эта дата — будний день, он и так рабочий: выберите вид выходного дня",
    en: "This date is a weekday and already a working day: choose a kind of day off",
  },
  "field.no_calendar_entry": {
    kk: "Бұл күнде алып тастайтын ерекшелік жоқ",
    ru: "На эту дату нет исключения, которое можно удалить",
    en: "There is no exception on this date to remove",
  },
  "error.calendar_day_not_found": {
    kk: "{date} күні үшін күнтізбеде ерекшелік жоқ",
    ru: "Для даты {date} в календаре нет исключения",
    en: "The calendar has no exception on {date}",
  },
  "calendarReason.saturday": {
    kk: "Сенбі — демалыс күні",
    ru: "Суббота — выходной день",
    en: "Saturday — day off",
  },
  "calendarReason.sunday": {
    kk: "Жексенбі — демалыс күні",
    ru: "Воскресенье — выходной день",
    en: "Sunday — day off",
  },
  "deadlinePage.title": {
    kk: "Мерзімді тексеру",
    ru: "Проверить срок",
    en: "Check a deadline",
  },
  "deadlinePage.lead": {
    kk: "Мерзімді Қазақстанның ресми күнтізбесі бойынша жұмыс күндерімен есептеңіз: мереке күндері, ауыстырылған демалыс күндері және жұмыс істейтін сенбілер ескеріледі.",
    ru: "Рассчитайте срок в рабочих днях по официальному календарю Казахстана: с учётом праздников, перенесённых выходных и рабочих суббот.",
    en: "Count a term in working days on the official calendar of Kazakhstan, with its holidays, moved days off and working Saturdays.",
  },
  "deadlinePage.rule": {
    kk: "Шағым түскен күн (жұмыс істемейтін күні түссе — тіркелген күн) нөлінші күн болып табылады және есептелмейді; мерзім соңғы жұмыс күнінің соңында аяқталады.",
    ru: "День поступления жалобы (а если она поступила в нерабочий день — день регистрации) считается нулевым и не учитывается; срок истекает в конце последнего рабочего дня.",
    en: "The day the complaint is received (or registered, when it arrives on a non-working day) is day 0 and is not counted; the term ends at the end of its last working day.",
  },
  "deadlinePage.from": {
    kk: "Шағым түскен күн",
    ru: "Дата поступления жалобы",
    en: "Date the complaint was received",
  },
  "deadlinePage.fromHint": {
    kk: "Мысалы, 30 4 2025",
    ru: "Например, 30 4 2025",
    en: "For example, 30 4 2025",
  },
  "deadlinePage.term": {
    kk: "Мерзім",
    ru: "Срок",
    en: "Term",
  },
  "deadlinePage.term.3": {
    kk: "3 жұмыс күні — шағымды қарайтын органға жіберу",
    ru: "3 рабочих дня — направление в орган, рассматривающий жалобу",
    en: "3 working days — forwarding to the reviewing body",
  },
  "deadlinePage.term.5": {
    kk: "5 жұмыс күні — көрсетілетін қызметті берушінің немесе Мемлекеттік корпорацияның қарауы",
    ru: "5 рабочих дней — рассмотрение услугодателем или Государственной корпорацией",
    en: "5 working days — review by the service provider or the State Corporation",
  },
  "deadlinePage.term.15": {
    kk: "15 жұмыс күні — сапа жөніндегі уәкілетті органның қарауы",
    ru: "15 рабочих дней — рассмотрение уполномоченным органом по оценке качества",
    en: "15 working days — review by the authorized body for quality",
  },
  "deadlinePage.term.other": {
    kk: "Жұмыс күндерінің басқа саны",
    ru: "Другое число рабочих дней",
    en: "Another number of working days",
  },
  "deadlinePage.workingDays": {
    kk: "Жұмыс күндерінің саны",
    ru: "Число рабочих дней",
    en: "Number of working days",
  },
  "deadlinePage.workingDaysHint": {
    kk: "0-ден {max}-ге дейін",
    ru: "От 0 до {max}",
    en: "From 0 to {max}",
  },
  "deadlinePage.submit": {
    kk: "Есептеу",
    ru: "Рассчитать",
    en: "Calculate",
  },
  "deadlinePage.result": {
    kk: "Нәтиже",
    ru: "Результат",
    en: "Result",
  },
  "deadlinePage.dueLead": {
    kk: "Соңғы күн",
    ru: "Последний день",
    en: "Last day",
  },
  "deadlinePage.received": {
    kk: "Түскен күні",
    ru: "Дата поступления",
    en: "Received",
  },
  "deadlinePage.registered": {
    kk: "Тіркелген күні (нөлінші күн)",
    ru: "Дата регистрации (нулевой день)",
    en: "Registered (day 0)",
  },
  "deadlinePage.termValue": {
    kk: "Жұмыс күндері: {days}",
    ru: "Рабочих дней: {days}",
    en: "Working days: {days}",
  },
  "deadlinePage.due": {
    kk: "Соңғы күні",
    ru: "Последний день",
    en: "Last day",
  },
  "deadlinePage.basis": {
    kk: "Құқықтық негіз",
    ru: "Правовое основание",
    en: "Legal basis",
  },
  "deadlinePage.dateWeekday": {
    kk: "{date}, {weekday}",
    ru: "{date}, {weekday}",
    en: "{weekday}, {date}",
  },
  "deadlinePage.skipped": {
    kk: "Есептелмейтін күндер",
    ru: "Дни, которые не считаются",
    en: "Days not counted",
  },
  "deadlinePage.skippedNone": {
    kk: "Бұл мерзімге бірде-бір жұмыс істемейтін күн түспейді.",
    ru: "На этот срок не приходится ни одного нерабочего дня.",
    en: "No non-working day falls within this term.",
  },
  "deadlinePage.skippedDate": {
    kk: "Күні",
    ru: "Дата",
    en: "Date",
  },
  "deadlinePage.skippedReason": {
    kk: "Себебі",
    ru: "Причина",
    en: "Reason",
  },
  "deadlinePage.warning": {
    kk: "Назар аударыңыз",
    ru: "Внимание",
    en: "Warning",
  },
  "deadlinePage.version": {
    kk: "Күнтізбе нұсқасы: {version}",
    ru: "Версия календаря: {version}",
    en: "Calendar version: {version}",
  },
  "deadlinePage.yearLink": {
    kk: "{year} жылғы күнтізбе",
    ru: "Календарь на {year} год",
    en: "Calendar for {year}",
  },
  "calendarYear.title": {
    kk: "{year} жылғы күнтізбе",
    ru: "Календарь на {year} год",
    en: "Calendar for {year}",
  },
  "calendarYear.lead": {
    kk: "Жұмыс күндері: {count}. Мереке күндері, ауыстырылған демалыс күндері және жұмыс істейтін сенбі мен жексенбі белгіленген; қалған сенбі мен жексенбі — демалыс күндері.",
    ru: "Рабочих дней: {count}. Отмечены праздники, перенесённые выходные и рабочие субботы и воскресенья; остальные субботы и воскресенья — выходные.",
    en: "Working days: {count}. Holidays, moved days off and working Saturdays and Sundays are marked; the other Saturdays and Sundays are days off.",
  },
  "calendarYear.nav": {
    kk: "Басқа жылдар",
    ru: "Другие годы",
    en: "Other years",
  },
  "calendarYear.prev": {
    kk: "Алдыңғы жыл: {year}",
    ru: "Предыдущий год: {year}",
    en: "Previous year: {year}",
  },
  "calendarYear.next": {
    kk: "Келесі жыл: {year}",
    ru: "Следующий год: {year}",
    en: "Next year: {year}",
  },
  "calendarYear.legend": {
    kk: "Белгілер",
    ru: "Обозначения",
    en: "Legend",
  },
  "calendarYear.legendOff": {
    kk: "Жұмыс күніне түскен демалыс (мереке немесе ауыстырылған демалыс күні)",
    ru: "Выходной в будний день (праздник или перенесённый выходной)",
    en: "Day off on a weekday (holiday or moved day off)",
  },
  "calendarYear.legendWorking": {
    kk: "Жұмыс істейтін сенбі немесе жексенбі",
    ru: "Рабочая суббота или воскресенье",
    en: "Working Saturday or Sunday",
  },
  "calendarYear.legendProvisional": {
    kk: "* — алдын ала",
    ru: "* — предварительно",
    en: "* — provisional",
  },
  "calendarYear.none": {
    kk: "Бұл айда ерекшеліктер жоқ.",
    ru: "В этом месяце исключений нет.",
    en: "No exceptions this month.",
  },
  "calendarYear.kind": {
    kk: "Түрі",
    ru: "Вид",
    en: "Kind",
  },
  "calendarYear.name": {
    kk: "Атауы",
    ru: "Название",
    en: "Name",
  },
  "calendarYear.provisional": {
    kk: "алдын ала",
    ru: "предварительно",
    en: "provisional",
  },
  "calendarYear.back": {
    kk: "Мерзімді есептеуге оралу",
    ru: "Вернуться к расчёту срока",
    en: "Back to the deadline calculator",
  },
  "calendarYear.admin": {
    kk: "Күнтізбені өзгерту",
    ru: "Изменить календарь",
    en: "Edit the calendar",
  },
  "calendarAdmin.title": {
    kk: "Күнтізбені басқару",
    ru: "Управление календарём",
    en: "Calendar administration",
  },
  "calendarAdmin.lead": {
    kk: "Ресми күнтізбенің жұмыс күндеріне түскен демалыстары және жұмыс істейтін сенбі мен жексенбілері. Әр өзгеріс себебімен және дереккөзімен тіркеледі, ашық шағымдардың өтіп жатқан мерзімдері қайта есептеледі; өтініш берушіге хабарланған күн ешқашан ерте жылжымайды.",
    ru: "Выходные в будние дни и рабочие субботы и воскресенья официального календаря. Каждое изменение записывается с причиной и источником, идущие сроки открытых жалоб пересчитываются; дата, уже сообщённая заявителю, никогда не сдвигается на более раннюю.",
    en: "Days off on weekdays and working Saturdays and Sundays of the official calendar. Every change is recorded with its reason and source, and the running deadlines of open complaints are recalculated; a date already told to an applicant never moves earlier.",
  },
  "calendarAdmin.year": {
    kk: "Жыл",
    ru: "Год",
    en: "Year",
  },
  "calendarAdmin.show": {
    kk: "Көрсету",
    ru: "Показать",
    en: "Show",
  },
  "calendarAdmin.summary": {
    kk: "{year} жыл: жұмыс күндері — {count}",
    ru: "{year} год: рабочих дней — {count}",
    en: "{year}: working days — {count}",
  },
  "calendarAdmin.projectedEdit": {
    kk: "Осы жылдың бір күнін өзгерткенде жыл сақталады: заң бойынша есептелген демалыс күндері көшіріледі және алдын ала болып қалады.",
    ru: "При изменении дня этого года год сохраняется: рассчитанные по закону выходные копируются и остаются предварительными.",
    en: "Changing a day of this year stores the year: the days off projected from the law are copied in and stay provisional.",
  },
  "calendarAdmin.exceptions": {
    kk: "{year} жылғы ерекшеліктер",
    ru: "Исключения {year} года",
    en: "Exceptions in {year}",
  },
  "calendarAdmin.date": {
    kk: "Күні",
    ru: "Дата",
    en: "Date",
  },
  "calendarAdmin.source": {
    kk: "Дереккөзі",
    ru: "Источник",
    en: "Source",
  },
  "calendarAdmin.status": {
    kk: "Мәртебесі",
    ru: "Статус",
    en: "Status",
  },
  "calendarAdmin.actions": {
    kk: "Әрекеттер",
    ru: "Действия",
    en: "Actions",
  },
  "calendarAdmin.change": {
    kk: "Өзгерту",
    ru: "Изменить",
    en: "Change",
  },
  "calendarAdmin.remove": {
    kk: "Алып тастау",
    ru: "Удалить",
    en: "Remove",
  },
  "calendarAdmin.none": {
    kk: "{year} жылы ерекшеліктер жоқ.",
    ru: "В {year} году исключений нет.",
    en: "No exceptions in {year}.",
  },
  "calendarAdmin.confirmed": {
    kk: "расталған",
    ru: "подтверждено",
    en: "confirmed",
  },
  "calendarAdmin.setTitle": {
    kk: "Күнді қосу немесе өзгерту",
    ru: "Добавить или изменить день",
    en: "Add or change a day",
  },
  "calendarAdmin.dateHint": {
    kk: "Мысалы, 7 6 2027",
    ru: "Например, 7 6 2027",
    en: "For example, 7 6 2027",
  },
  "calendarAdmin.kind": {
    kk: "Күннің түрі",
    ru: "Вид дня",
    en: "Kind of day",
  },
  "calendarAdmin.nameKk": {
    kk: "Атауы қазақ тілінде",
    ru: "Название на казахском языке",
    en: "Name in Kazakh",
  },
  "calendarAdmin.nameRu": {
    kk: "Атауы орыс тілінде",
    ru: "Название на русском языке",
    en: "Name in Russian",
  },
  "calendarAdmin.nameEn": {
    kk: "Атауы ағылшын тілінде",
    ru: "Название на английском языке",
    en: "Name in English",
  },
  "calendarAdmin.sourceLabel": {
    kk: "Дереккөзі (акт немесе жарияланым)",
    ru: "Источник (акт или публикация)",
    en: "Source (act or publication)",
  },
  "calendarAdmin.sourceHint": {
    kk: "Мысалы: Еңбек министрінің бұйрығы, күні мен нөмірі, adilet.zan.kz сілтемесі",
    ru: "Например: приказ Министра труда, дата и номер, ссылка на adilet.zan.kz",
    en: "For example: order of the Minister of Labour, its date and number, the adilet.zan.kz link",
  },
  "calendarAdmin.provisional": {
    kk: "Алдын ала: ресми жарияланыммен әлі расталмаған",
    ru: "Предварительно: ещё не подтверждено официальной публикацией",
    en: "Provisional: not yet confirmed by an official publication",
  },
  "calendarAdmin.reason": {
    kk: "Өзгеріс себебі",
    ru: "Причина изменения",
    en: "Reason for the change",
  },
  "calendarAdmin.save": {
    kk: "Күнді сақтау",
    ru: "Сохранить день",
    en: "Save the day",
  },
  "calendarAdmin.removeTitle": {
    kk: "Күнді алып тастау",
    ru: "Удалить день",
    en: "Remove a day",
  },
  "calendarAdmin.removeLead": {
    kk: "Осыдан кейін бұл күн әдеттегі дүйсенбі–жұма аптасы бойынша болады.",
    ru: "После этого день снова следует обычной неделе понедельник–пятница.",
    en: "The day then follows the ordinary Monday–Friday week again.",
  },
  "calendarAdmin.removeSubmit": {
    kk: "Күнді алып тастау",
    ru: "Удалить день",
    en: "Remove the day",
  },
  "calendarAdmin.doneSet": {
    kk: "{date} сақталды.",
    ru: "{date} сохранён.",
    en: "{date} is saved.",
  },
  "calendarAdmin.doneRemoved": {
    kk: "{date} күнінің ерекшелігі алып тасталды.",
    ru: "Исключение {date} удалено.",
    en: "The exception on {date} is removed.",
  },
  "calendarAdmin.recomputeRunning": {
    kk: "Өтіп жатқан мерзімдер жаңа күнтізбе бойынша қайта есептелуде: {total} ішінен {done}. Қалғаны фонда жасалады; оған дейін әлі жетпеген мерзімдердің бұрынғы күндері сақталады.",
    ru: "Идущие сроки пересчитываются по новому календарю: {done} из {total}. Остальное делается в фоне; до этого у ещё не пересчитанных сроков остаются прежние даты.",
    en: "Running deadlines are being recalculated on the new calendar: {done} of {total}. The rest is done in the background; until then the deadlines not yet reached keep their earlier dates.",
  },
  "calendarAdmin.recomputeProgress": {
    kk: "Мерзімдерді қайта есептеу барысы",
    ru: "Ход пересчёта сроков",
    en: "Progress of the deadline recalculation",
  },
  "calendarAdmin.recomputeRefresh": {
    kk: "Барысын көру үшін бетті жаңарту",
    ru: "Обновить страницу, чтобы увидеть ход",
    en: "Refresh the page to see the progress",
  },
  "calendarAdmin.recomputeFinished": {
    kk: "Өтіп жатқан мерзімдер {at} қайта есептелді: {checked}, олардың ішінде өзгергені: {changed}.",
    ru: "Идущие сроки пересчитаны {at}: {checked}, из них изменилось: {changed}.",
    en: "Running deadlines recalculated on {at}: {checked}, of which changed: {changed}.",
  },
  "calendarAdmin.recomputeFailed": {
    kk: "Қайта есептеу мүмкін болмады (мерзім күнтізбеден тыс шығады): {failed}.",
    ru: "Не удалось пересчитать (срок выходит за пределы календаря): {failed}.",
    en: "Could not be recalculated (the term runs past the calendar): {failed}.",
  },
  "calendarAdmin.publicView": {
    kk: "{year} жылғы күнтізбенің жалпыға ортақ көрінісі",
    ru: "Общедоступный вид календаря на {year} год",
    en: "Public view of the calendar for {year}",
  },
});
