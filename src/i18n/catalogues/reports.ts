import { texts } from "../texts.ts";

/** Performance reports and open data: the measures (`measure.<key>`), the report pages, the exports. */
export const reports = texts({
  "measure.received": {
    kk: "Түскен шағымдар",
    ru: "Поступило жалоб",
    en: "Complaints received",
  },
  "measure.received.hint": {
    kk: "Кезеңде органға түскен шағымдар (жеткізілген, жіберілген немесе бағытталған); бірнеше органға түскен шағым жиынтықта бір рет саналады.",
    ru: "Жалобы, поступившие в орган за период (доставленные, направленные или перенаправленные); жалоба, поступившая в несколько органов, в итоге считается один раз.",
    en: "Complaints a body received in the period (delivered, forwarded or redirected to it); a complaint received by several bodies counts once in a total.",
  },
  "measure.registeredLate": {
    kk: "Кешіктіріп тіркелгені",
    ru: "Зарегистрировано с опозданием",
    en: "Registered late",
  },
  "measure.registeredLate.hint": {
    kk: "Тіркеу сағаты: шағым түскен күні (демалыс күні түссе — келесі жұмыс күні) тіркелуге тиіс; кейін тіркелгені немесе әлі тіркелмегені.",
    ru: "Срок регистрации: жалоба регистрируется в день поступления (в нерабочий день — на следующий рабочий); зарегистрированные позже или ещё не зарегистрированные.",
    en: "Registration clock: a complaint is registered on its receipt day (the next working day after a day off); those registered later, or not yet.",
  },
  "measure.forwardedOnTime": {
    kk: "Мерзімінде жіберілгені",
    ru: "Направлено в срок",
    en: "Forwarded on time",
  },
  "measure.forwardedOnTime.hint": {
    kk: "Жіберу сағаты: шағым жасалған орган шағымды түскен күннен бастап 3 жұмыс күні ішінде қарайтын органға жібереді немесе қолайлы акт қабылдайды.",
    ru: "Срок направления: орган, действия которого обжалуются, в течение 3 рабочих дней со дня поступления направляет жалобу в рассматривающий орган или принимает благоприятный акт.",
    en: "Forward clock: the appealed body forwards the complaint to the reviewing body, or adopts a favourable act, within 3 working days of receipt.",
  },
  "measure.decidedOnTime": {
    kk: "Мерзімінде шешілгені",
    ru: "Рассмотрено в срок",
    en: "Decided on time",
  },
  "measure.decidedOnTime.hint": {
    kk: "Қарау сағаты: тіркелген күннен бастап 5 жұмыс күні (сапа жөніндегі уәкілетті органда 15, заңды ұзартуды қоса); шешім, қолайлы акт немесе қараусыз қалдыру.",
    ru: "Срок рассмотрения: 5 рабочих дней со дня регистрации (15 в уполномоченном органе по качеству, с учётом законного продления); решение, благоприятный акт или оставление без рассмотрения.",
    en: "Review clock: 5 working days from registration (15 at the quality authority, a lawful extension included); a decision, a favourable act or a refusal to consider.",
  },
  "measure.onTimeShare": {
    kk: "Мерзімінде орындалған үлесі",
    ru: "Доля в срок",
    en: "On-time share",
  },
  "measure.onTimeShare.hint": {
    kk: "Органның жауап беретін сағаты (жіберу, бағыттау немесе қарау) аяқталған істердің ішінде соңғы заңды күнге дейін орындалғандарының үлесі.",
    ru: "Из дел, по которым завершён отвечающий срок органа (направление, перенаправление или рассмотрение), доля выполненных до последнего законного дня.",
    en: "Of the cases whose answering clock at the body is done (forward, redirect or review), the share done by its last lawful day.",
  },
  "measure.overdueNow": {
    kk: "Қазір мерзімі өткені",
    ru: "Просрочено сейчас",
    en: "Overdue now",
  },
  "measure.overdueNow.hint": {
    kk: "Соңғы күні өтіп кеткен ашық сағаты бар істер (бүгінгі күнге есептеледі).",
    ru: "Дела с открытым сроком, последний день которого прошёл (на сегодня).",
    en: "Cases with an open clock whose last day has passed (as of today).",
  },
  "measure.medianDays": {
    kk: "Жауапқа дейінгі жұмыс күндері (медиана)",
    ru: "Рабочих дней до ответа (медиана)",
    en: "Working days to answer (median)",
  },
  "measure.medianDays.hint": {
    kk: "Тіркелген күннен (0-күн) жауап берілген күнге дейінгі жұмыс күндері, ресми күнтізбе бойынша.",
    ru: "Рабочие дни от дня регистрации (день 0) до дня ответа по официальному календарю.",
    en: "Working days from registration (day 0) to the answer, on the official calendar.",
  },
  "measure.p90Days": {
    kk: "Жауапқа дейінгі жұмыс күндері (90-процентиль)",
    ru: "Рабочих дней до ответа (90-й процентиль)",
    en: "Working days to answer (90th percentile)",
  },
  "measure.p90Days.hint": {
    kk: "Жауаптардың 90 пайызы осы жұмыс күндері ішінде берілді.",
    ru: "90 % ответов даны в пределах этого числа рабочих дней.",
    en: "90 % of the answers were given within this many working days.",
  },
  "measure.outcomes": {
    kk: "Нәтижелері",
    ru: "Результаты",
    en: "Outcomes",
  },
  "measure.outcomes.hint": {
    kk: "Органда қалай аяқталды: қанағаттандырылды, ішінара, қанағаттандырылмады, қолайлы акт, қараусыз қалдырылды, кері қайтарылды.",
    ru: "Чем закончилось в органе: удовлетворена, частично, не удовлетворена, благоприятный акт, оставлена без рассмотрения, отозвана.",
    en: "How cases ended at the body: satisfied, partly, not satisfied, favourable act, left without consideration, withdrawn.",
  },
  "measure.escalatedShare": {
    kk: "Шағымданылғаны",
    ru: "Обжаловано дальше",
    en: "Escalated",
  },
  "measure.escalatedShare.hint": {
    kk: "Жауап берілген (шешілген немесе қараусыз қалдырылған) істердің ішінде өтініш беруші келесі органға шағымданғандарының үлесі.",
    ru: "Из дел с ответом (решение или оставление без рассмотрения) доля, которые заявитель обжаловал в следующий орган.",
    en: "Of the answered cases (decided or left without consideration), the share the applicant escalated to the next body.",
  },
  "measure.escalationsUpheld": {
    kk: "Шағымы қанағаттандырылғаны",
    ru: "Жалоба признана обоснованной",
    en: "Escalations upheld",
  },
  "measure.escalationsUpheld.hint": {
    kk: "Осында шешілген қайта шағымдардың (алдыңғы органның жауабына шағымдардың) ішінде толық немесе ішінара қанағаттандырылғандарының үлесі.",
    ru: "Из рассмотренных здесь жалоб на ответ предыдущего органа доля удовлетворённых полностью или частично.",
    en: "Of the escalations (complaints about an earlier body's answer) decided here, the share satisfied in full or in part.",
  },
  "measure.refusalsByGround": {
    kk: "Қараусыз қалдыру негіздері",
    ru: "Основания оставления без рассмотрения",
    en: "Refusals to consider by ground",
  },
  "measure.refusalsByGround.hint": {
    kk: "Шағымды қараусыз қалдырудың заңды негіздері бойынша саны.",
    ru: "Число оставлений без рассмотрения по законным основаниям.",
    en: "Complaints left without consideration, by lawful ground.",
  },
  "measure.grounds": {
    kk: "Шағым негіздері",
    ru: "Основания жалоб",
    en: "Grounds of complaints",
  },
  "measure.grounds.hint": {
    kk: "Шағымдарда көрсетілген негіздер (бір шағымда бірнеше болуы мүмкін).",
    ru: "Основания, указанные в жалобах (в одной жалобе их может быть несколько).",
    en: "Grounds stated in complaints (a complaint may state several).",
  },
  "tool.reports": {
    kk: "Есептер",
    ru: "Отчёты",
    en: "Reports",
  },
  "tool.reports.hint": {
    kk: "Органдар бойынша шағымдарды қарау мерзімдері мен нәтижелері: кестелер, диаграмма, CSV және XLSX.",
    ru: "Сроки и результаты рассмотрения жалоб по органам: таблицы, диаграмма, CSV и XLSX.",
    en: "How bodies handle complaints on time and with what outcome: tables, a chart, CSV and XLSX.",
  },
  "report.title": {
    kk: "Шағымдарды қарау көрсеткіштері",
    ru: "Показатели рассмотрения жалоб",
    en: "Complaint handling performance",
  },
  "report.lead": {
    kk: "Мерзімдер ресми жұмыс күндері күнтізбесі бойынша есептеледі. Мерзімінде орындалған үлесі {threshold}-дан төмен органдар белгіленеді.",
    ru: "Сроки считаются по официальному календарю рабочих дней. Органы с долей в срок ниже {threshold} выделены.",
    en: "Terms are counted on the official working-day calendar. Bodies whose on-time share is under {threshold} are highlighted.",
  },
  "report.filters": {
    kk: "Сүзгілер",
    ru: "Фильтры",
    en: "Filters",
  },
  "report.from": {
    kk: "Кезең басы (ай)",
    ru: "Начало периода (месяц)",
    en: "Period from (month)",
  },
  "report.to": {
    kk: "Кезең соңы (ай)",
    ru: "Конец периода (месяц)",
    en: "Period to (month)",
  },
  "report.monthHint": {
    kk: "Мысалы, 2026-11",
    ru: "Например, 2026-11",
    en: "For example, 2026-11",
  },
  "report.region": {
    kk: "Өңір (ӘАОЖ коды)",
    ru: "Регион (код КАТО)",
    en: "Region (KATO code)",
  },
  "report.body": {
    kk: "Орган",
    ru: "Орган",
    en: "Body",
  },
  "report.service": {
    kk: "Мемлекеттік қызмет",
    ru: "Государственная услуга",
    en: "Public service",
  },
  "field.period_order": {
    kk: "Кезеңнің соңы басынан бұрын болмауы керек",
    ru: "Конец периода не может быть раньше его начала",
    en: "The end of the period cannot be before its start",
  },
  "report.any": {
    kk: "Барлығы",
    ru: "Все",
    en: "All",
  },
  "report.apply": {
    kk: "Көрсету",
    ru: "Показать",
    en: "Show",
  },
  "report.chart.byBody": {
    kk: "Органдар бойынша мерзімінде орындалған үлесі",
    ru: "Доля в срок по органам",
    en: "On-time share by body",
  },
  "report.chart.threshold": {
    kk: "Үзік сызық — {threshold} шегі.",
    ru: "Пунктир — порог {threshold}.",
    en: "The dashed line is the {threshold} threshold.",
  },
  "report.chart.data": {
    kk: "Диаграмма деректері",
    ru: "Данные диаграммы",
    en: "The chart's data",
  },
  "report.ratio": {
    kk: "{of} ішінен {n} ({share})",
    ru: "{n} из {of} ({share})",
    en: "{n} of {of} ({share})",
  },
  "report.empty": {
    kk: "Бұл кезеңде деректер жоқ.",
    ru: "За этот период данных нет.",
    en: "No data for this period.",
  },
  "report.belowThreshold": {
    kk: "шектен төмен",
    ru: "ниже порога",
    en: "below threshold",
  },
  "report.download.csv": {
    kk: "«{table}» кестесін CSV түрінде жүктеу",
    ru: "Скачать таблицу «{table}» в CSV",
    en: "Download the table “{table}” as CSV",
  },
  "report.download.xlsx": {
    kk: "«{table}» кестесін XLSX түрінде жүктеу",
    ru: "Скачать таблицу «{table}» в XLSX",
    en: "Download the table “{table}” as XLSX",
  },
  "report.by.body": {
    kk: "Органдар бойынша",
    ru: "По органам",
    en: "By body",
  },
  "report.by.service": {
    kk: "Қызметтер бойынша",
    ru: "По услугам",
    en: "By service",
  },
  "report.by.month": {
    kk: "Айлар бойынша",
    ru: "По месяцам",
    en: "By month",
  },
  "report.col.body": {
    kk: "Орган",
    ru: "Орган",
    en: "Body",
  },
  "report.col.service": {
    kk: "Қызмет",
    ru: "Услуга",
    en: "Service",
  },
  "report.col.month": {
    kk: "Ай",
    ru: "Месяц",
    en: "Month",
  },
  "report.col.measure": {
    kk: "Көрсеткіш",
    ru: "Показатель",
    en: "Measure",
  },
  "report.col.value": {
    kk: "Мәні",
    ru: "Значение",
    en: "Value",
  },
  "report.col.count": {
    kk: "Саны",
    ru: "Число",
    en: "Count",
  },
  "report.col.outcomes": {
    kk: "Нәтиже",
    ru: "Результат",
    en: "Outcome",
  },
  "report.col.refusalsByGround": {
    kk: "Негіз",
    ru: "Основание",
    en: "Ground",
  },
  "report.col.grounds": {
    kk: "Негіз",
    ru: "Основание",
    en: "Ground",
  },
  "report.col.complaint": {
    kk: "Шағым",
    ru: "Жалоба",
    en: "Complaint",
  },
  "report.col.overdueSince": {
    kk: "Мерзімі өткен күн",
    ru: "Просрочена с",
    en: "Overdue since",
  },
  "report.totals": {
    kk: "Жиынтық",
    ru: "Итого",
    en: "Totals",
  },
  "report.overdue": {
    kk: "Жақында мерзімі өткендер",
    ru: "Недавно просроченные",
    en: "Recently overdue",
  },
  "report.none": {
    kk: "көрсетілмеген",
    ru: "не указана",
    en: "not stated",
  },
  "report.definitions": {
    kk: "Көрсеткіштер қалай есептеледі",
    ru: "Как считаются показатели",
    en: "How the measures are counted",
  },
  "report.clock": {
    kk: "Сағат: {clock}.",
    ru: "Срок: {clock}.",
    en: "Clock: {clock}.",
  },
  "report.clock.registration": {
    kk: "тіркеу",
    ru: "регистрация",
    en: "registration",
  },
  "report.clock.forward": {
    kk: "жіберу",
    ru: "направление",
    en: "forward",
  },
  "report.clock.review": {
    kk: "қарау (ұзартуды қоса)",
    ru: "рассмотрение (с продлением)",
    en: "review (extension included)",
  },
  "tool.openData": {
    kk: "Ашық деректер",
    ru: "Открытые данные",
    en: "Open data",
  },
  "tool.openData.hint": {
    kk: "Органдар мен қызметтер бойынша айлық жиынтық көрсеткіштер: дербес деректерсіз, CSV және JSON.",
    ru: "Ежемесячные сводные показатели по органам и услугам: без персональных данных, CSV и JSON.",
    en: "Monthly aggregates by body and service: no personal data, CSV and JSON.",
  },
  "openData.title": {
    kk: "Ашық деректер: шағымдарды қарау",
    ru: "Открытые данные: рассмотрение жалоб",
    en: "Open data: complaint handling",
  },
  "openData.lead": {
    kk: "Органдар мен мемлекеттік қызметтер бойынша айлық жиынтықтар. Дербес деректер жоқ: {n}-тен кем сандар жасырылады, үлес пен медиана кемінде {n} жауап болғанда ғана көрсетіледі.",
    ru: "Ежемесячные сводные данные по органам и государственным услугам. Персональных данных нет: числа меньше {n} скрыты, доля и медиана показываются только при не менее чем {n} ответах.",
    en: "Monthly aggregates by body and public service. No personal data: counts under {n} are suppressed, and a share or a median is shown only over at least {n} answers.",
  },
  "openData.table": {
    kk: "Айлар, органдар және қызметтер бойынша",
    ru: "По месяцам, органам и услугам",
    en: "By month, body and service",
  },
  "openData.csv": {
    kk: "CSV түрінде жүктеу",
    ru: "Скачать в CSV",
    en: "Download as CSV",
  },
  "openData.json": {
    kk: "JSON түрінде ашу",
    ru: "Открыть в JSON",
    en: "Open as JSON",
  },
  "openData.licence": {
    kk: "Лицензия: Creative Commons Attribution 4.0 — дереккөзін көрсете отырып еркін пайдалануға болады.",
    ru: "Лицензия: Creative Commons Attribution 4.0 — можно свободно использовать со ссылкой на источник.",
    en: "Licence: Creative Commons Attribution 4.0 — free to use with attribution.",
  },
  "openData.calendarVersion": {
    kk: "Жұмыс күндері ресми күнтізбенің {version} нұсқасы бойынша есептелді.",
    ru: "Рабочие дни посчитаны по официальному календарю, версия {version}.",
    en: "Working days counted on the official calendar, version {version}.",
  },
  "openData.chart.byRegion": {
    kk: "Өңірлер бойынша мерзімінде орындалған үлесі",
    ru: "Доля в срок по регионам",
    en: "On-time share by region",
  },
  "openData.regionCode": {
    kk: "ӘАОЖ {code}",
    ru: "КАТО {code}",
    en: "KATO {code}",
  },
  "openData.dictionary": {
    kk: "Деректер сөздігі",
    ru: "Словарь данных",
    en: "Data dictionary",
  },
  "openData.col.answered": {
    kk: "Жауап берілгені",
    ru: "С ответом",
    en: "Answered",
  },
  "openData.field.month": {
    kk: "Шағым органға түскен ай (ЖЖЖЖ-АА).",
    ru: "Месяц поступления жалобы в орган (ГГГГ-ММ).",
    en: "The month the body received the complaint (YYYY-MM).",
  },
  "openData.field.bodyId": {
    kk: "Органның коды (анықтамалық деректердегі ұйым).",
    ru: "Код органа (организация в справочнике).",
    en: "The body's code (an organization of the reference data).",
  },
  "openData.field.regionCode": {
    kk: "Орган орналасқан әкімшілік-аумақтық бірліктің ӘАОЖ коды.",
    ru: "Код КАТО административно-территориальной единицы органа.",
    en: "The KATO code of the body's administrative-territorial unit.",
  },
  "openData.field.serviceId": {
    kk: "Мемлекеттік қызметтің коды (көрсетілмесе бос).",
    ru: "Код государственной услуги (пусто, если не указана).",
    en: "The public service's code (empty when not stated).",
  },
  "openData.field.received": {
    kk: "Органға түскен шағымдар саны.",
    ru: "Число жалоб, поступивших в орган.",
    en: "Complaints the body received.",
  },
  "openData.field.answered": {
    kk: "Органның жауап беретін сағаты (жіберу, бағыттау немесе қарау) аяқталған істер саны.",
    ru: "Число дел, по которым завершён отвечающий срок органа (направление, перенаправление или рассмотрение).",
    en: "Cases whose answering clock at the body is done (forward, redirect or review).",
  },
  "openData.field.onTimeShare": {
    kk: "Солардың ішінде соңғы заңды күнге дейін орындалғандарының үлесі (0…1).",
    ru: "Доля из них, выполненных до последнего законного дня (0…1).",
    en: "The share of those done by the last lawful day (0…1).",
  },
  "openData.field.medianDays": {
    kk: "Тіркеуден жауапқа дейінгі жұмыс күндерінің медианасы.",
    ru: "Медиана рабочих дней от регистрации до ответа.",
    en: "Median working days from registration to the answer.",
  },
  "openData.field.satisfied": {
    kk: "Қанағаттандырылған шағымдар саны.",
    ru: "Число удовлетворённых жалоб.",
    en: "Complaints satisfied.",
  },
  "openData.field.partially_satisfied": {
    kk: "Ішінара қанағаттандырылған шағымдар саны.",
    ru: "Число частично удовлетворённых жалоб.",
    en: "Complaints partially satisfied.",
  },
  "openData.field.not_satisfied": {
    kk: "Қанағаттандырылмаған шағымдар саны.",
    ru: "Число неудовлетворённых жалоб.",
    en: "Complaints not satisfied.",
  },
  "openData.field.favourable_act": {
    kk: "Қолайлы акт қабылданған шағымдар саны.",
    ru: "Число жалоб, по которым принят благоприятный акт.",
    en: "Complaints answered by a favourable act.",
  },
  "openData.field.left_without_consideration": {
    kk: "Қараусыз қалдырылған шағымдар саны.",
    ru: "Число жалоб, оставленных без рассмотрения.",
    en: "Complaints left without consideration.",
  },
  "openData.field.withdrawn": {
    kk: "Өтініш беруші кері қайтарған шағымдар саны.",
    ru: "Число жалоб, отозванных заявителем.",
    en: "Complaints withdrawn by the applicant.",
  },
  "report.monthly.subject": {
    kk: "{month} айының есебі: {body}",
    ru: "Отчёт за {month}: {body}",
    en: "Report for {month}: {body}",
  },
  "report.monthly.body": {
    kk: "{month} айында «{body}» органына {received} шағым түсті. Мерзімінде орындалған үлесі: {onTime}. Қазір мерзімі өткені: {overdue}. Жауапқа дейінгі жұмыс күндерінің медианасы: {median}.\n\nТолық есеп: {link}",
    ru: "За {month} в орган «{body}» поступило жалоб: {received}. Доля в срок: {onTime}. Просрочено сейчас: {overdue}. Медиана рабочих дней до ответа: {median}.\n\nПолный отчёт: {link}",
    en: "In {month}, {body} received {received} complaints. On-time share: {onTime}. Overdue now: {overdue}. Median working days to answer: {median}.\n\nThe full report: {link}",
  },
  "report.ground": {
    kk: "Шағым негізі",
    ru: "Основание жалобы",
    en: "Ground of complaint",
  },
});
