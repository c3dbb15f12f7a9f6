/** Performance reports and open data: the measures (`measure.<key>`), the report pages, the exports. */
export const reports = {
  kk: {
    "measure.received": "Түскен шағымдар",
    "measure.received.hint":
      "Кезеңде органға түскен шағымдар (жеткізілген, жіберілген немесе бағытталған); бірнеше органға түскен шағым жиынтықта бір рет саналады.",
    "measure.registeredLate": "Кешіктіріп тіркелгені",
    "measure.registeredLate.hint":
      "Тіркеу сағаты: шағым түскен күні (демалыс күні түссе — келесі жұмыс күні) тіркелуге тиіс; кейін тіркелгені немесе әлі тіркелмегені.",
    "measure.forwardedOnTime": "Мерзімінде жіберілгені",
    "measure.forwardedOnTime.hint":
      "Жіберу сағаты: шағым жасалған орган шағымды түскен күннен бастап 3 жұмыс күні ішінде қарайтын органға жібереді немесе қолайлы акт қабылдайды.",
    "measure.decidedOnTime": "Мерзімінде шешілгені",
    "measure.decidedOnTime.hint":
      "Қарау сағаты: тіркелген күннен бастап 5 жұмыс күні (сапа жөніндегі уәкілетті органда 15, заңды ұзартуды қоса); шешім, қолайлы акт немесе қараусыз қалдыру.",
    "measure.onTimeShare": "Мерзімінде орындалған үлесі",
    "measure.onTimeShare.hint":
      "Органның жауап беретін сағаты (жіберу, бағыттау немесе қарау) аяқталған істердің ішінде соңғы заңды күнге дейін орындалғандарының үлесі.",
    "measure.overdueNow": "Қазір мерзімі өткені",
    "measure.overdueNow.hint": "Соңғы күні өтіп кеткен ашық сағаты бар істер (бүгінгі күнге есептеледі).",
    "measure.medianDays": "Жауапқа дейінгі жұмыс күндері (медиана)",
    "measure.medianDays.hint":
      "Тіркелген күннен (0-күн) жауап берілген күнге дейінгі жұмыс күндері, ресми күнтізбе бойынша.",
    "measure.p90Days": "Жауапқа дейінгі жұмыс күндері (90-процентиль)",
    "measure.p90Days.hint": "Жауаптардың 90 пайызы осы жұмыс күндері ішінде берілді.",
    "measure.outcomes": "Нәтижелері",
    "measure.outcomes.hint":
      "Органда қалай аяқталды: қанағаттандырылды, ішінара, қанағаттандырылмады, қолайлы акт, қараусыз қалдырылды, кері қайтарылды.",
    "measure.escalatedShare": "Шағымданылғаны",
    "measure.escalatedShare.hint":
      "Жауап берілген (шешілген немесе қараусыз қалдырылған) істердің ішінде өтініш беруші келесі органға шағымданғандарының үлесі.",
    "measure.refusalsByGround": "Қараусыз қалдыру негіздері",
    "measure.refusalsByGround.hint": "Шағымды қараусыз қалдырудың заңды негіздері бойынша саны.",
    "measure.grounds": "Шағым негіздері",
    "measure.grounds.hint": "Шағымдарда көрсетілген негіздер (бір шағымда бірнеше болуы мүмкін).",
  },
  ru: {
    "measure.received": "Поступило жалоб",
    "measure.received.hint":
      "Жалобы, поступившие в орган за период (доставленные, направленные или перенаправленные); жалоба, поступившая в несколько органов, в итоге считается один раз.",
    "measure.registeredLate": "Зарегистрировано с опозданием",
    "measure.registeredLate.hint":
      "Срок регистрации: жалоба регистрируется в день поступления (в нерабочий день — на следующий рабочий); зарегистрированные позже или ещё не зарегистрированные.",
    "measure.forwardedOnTime": "Направлено в срок",
    "measure.forwardedOnTime.hint":
      "Срок направления: орган, действия которого обжалуются, в течение 3 рабочих дней со дня поступления направляет жалобу в рассматривающий орган или принимает благоприятный акт.",
    "measure.decidedOnTime": "Рассмотрено в срок",
    "measure.decidedOnTime.hint":
      "Срок рассмотрения: 5 рабочих дней со дня регистрации (15 в уполномоченном органе по качеству, с учётом законного продления); решение, благоприятный акт или оставление без рассмотрения.",
    "measure.onTimeShare": "Доля в срок",
    "measure.onTimeShare.hint":
      "Из дел, по которым завершён отвечающий срок органа (направление, перенаправление или рассмотрение), доля выполненных до последнего законного дня.",
    "measure.overdueNow": "Просрочено сейчас",
    "measure.overdueNow.hint": "Дела с открытым сроком, последний день которого прошёл (на сегодня).",
    "measure.medianDays": "Рабочих дней до ответа (медиана)",
    "measure.medianDays.hint":
      "Рабочие дни от дня регистрации (день 0) до дня ответа по официальному календарю.",
    "measure.p90Days": "Рабочих дней до ответа (90-й процентиль)",
    "measure.p90Days.hint": "90 % ответов даны в пределах этого числа рабочих дней.",
    "measure.outcomes": "Результаты",
    "measure.outcomes.hint":
      "Чем закончилось в органе: удовлетворена, частично, не удовлетворена, благоприятный акт, оставлена без рассмотрения, отозвана.",
    "measure.escalatedShare": "Обжаловано дальше",
    "measure.escalatedShare.hint":
      "Из дел с ответом (решение или оставление без рассмотрения) доля, которые заявитель обжаловал в следующий орган.",
    "measure.refusalsByGround": "Основания оставления без рассмотрения",
    "measure.refusalsByGround.hint": "Число оставлений без рассмотрения по законным основаниям.",
    "measure.grounds": "Основания жалоб",
    "measure.grounds.hint": "Основания, указанные в жалобах (в одной жалобе их может быть несколько).",
  },
  en: {
    "measure.received": "Complaints received",
    "measure.received.hint":
      "Complaints a body received in the period (delivered, forwarded or redirected to it); a complaint received by several bodies counts once in a total.",
    "measure.registeredLate": "Registered late",
    "measure.registeredLate.hint":
      "Registration clock: a complaint is registered on its receipt day (the next working day after a day off); those registered later, or not yet.",
    "measure.forwardedOnTime": "Forwarded on time",
    "measure.forwardedOnTime.hint":
      "Forward clock: the appealed body forwards the complaint to the reviewing body, or adopts a favourable act, within 3 working days of receipt.",
    "measure.decidedOnTime": "Decided on time",
    "measure.decidedOnTime.hint":
      "Review clock: 5 working days from registration (15 at the quality authority, a lawful extension included); a decision, a favourable act or a refusal to consider.",
    "measure.onTimeShare": "On-time share",
    "measure.onTimeShare.hint":
      "Of the cases whose answering clock at the body is done (forward, redirect or review), the share done by its last lawful day.",
    "measure.overdueNow": "Overdue now",
    "measure.overdueNow.hint": "Cases with an open clock whose last day has passed (as of today).",
    "measure.medianDays": "Working days to answer (median)",
    "measure.medianDays.hint":
      "Working days from registration (day 0) to the answer, on the official calendar.",
    "measure.p90Days": "Working days to answer (90th percentile)",
    "measure.p90Days.hint": "90 % of the answers were given within this many working days.",
    "measure.outcomes": "Outcomes",
    "measure.outcomes.hint":
      "How cases ended at the body: satisfied, partly, not satisfied, favourable act, left without consideration, withdrawn.",
    "measure.escalatedShare": "Escalated",
    "measure.escalatedShare.hint":
      "Of the answered cases (decided or left without consideration), the share the applicant escalated to the next body.",
    "measure.refusalsByGround": "Refusals to consider by ground",
    "measure.refusalsByGround.hint": "Complaints left without consideration, by lawful ground.",
    "measure.grounds": "Grounds of complaints",
    "measure.grounds.hint": "Grounds stated in complaints (a complaint may state several).",
  },
};
