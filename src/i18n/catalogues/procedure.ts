import { texts } from "../texts.ts";

/**
 * The procedure as the law has it (legal.md, "Who reviews, and when clocks start"): who may
 * decide, the registration and redirect clocks, the restoration of a missed term, refusals,
 * escalation and letters. Placeholders are written {name}.
 */
export const procedure = texts({
  "error.must_forward": {
    kk: "Әрекетіне шағым жасалған орган өз ісі бойынша шешім шығармайды: 3 жұмыс күні ішінде қолайлы акт қабылдаңыз немесе шағымды әкімшілік іспен бірге шағымды қарайтын органға жіберіңіз (ӘРПК 91-бабының 4-тармағы)",
    ru: "Орган, чьё действие обжалуется, не решает собственное дело: в течение 3 рабочих дней примите благоприятный акт или направьте жалобу с административным делом в орган, рассматривающий жалобу (п. 4 ст. 91 АППК)",
    en: "The body whose act is appealed does not decide its own case: within 3 working days adopt a favourable act or forward the complaint with the administrative case to the reviewing body (APPC art. 91 p. 4)",
  },
  "error.favourable_act_not_available": {
    kk: "Қолайлы актіні тек әрекетіне шағым жасалған орган шағымды жіберу мерзімі ішінде қабылдайды",
    ru: "Благоприятный акт принимает только орган, чьё действие обжалуется, в срок для направления жалобы",
    en: "Only the body whose act is appealed adopts a favourable act, within the term for forwarding",
  },
  "error.redirect_not_available": {
    kk: "Әрекетіне шағым жасалған орган шағымды қайта бағыттамайды: оны шағымды қарайтын органға жіберіңіз",
    ru: "Орган, чьё действие обжалуется, не перенаправляет жалобу: направьте её в орган, рассматривающий жалобу",
    en: "The body whose act is appealed does not redirect the complaint: forward it to the reviewing body",
  },
  "error.addressee_not_competent": {
    kk: "Шағым жасалған орган басқа өңірде орналасқан: шағымды {body} қарайды. Шағым қабылданады және құзыретті органға қайта бағытталады.",
    ru: "Обжалуемый орган находится в другом регионе: жалобу рассматривает {body}. Жалоба будет принята и перенаправлена в компетентный орган.",
    en: "The appealed body is in another region: {body} reviews the complaint. It will be accepted and redirected to the competent body.",
  },
  "error.term_not_missed": {
    kk: "Шағым мерзімінде берілген: мерзімді қалпына келтіру қажет емес",
    ru: "Жалоба подана в срок: восстанавливать срок не нужно",
    en: "The complaint was filed in time: there is no term to restore",
  },
  "error.term_already_decided": {
    kk: "Мерзімді қалпына келтіру туралы шешім бұрын шығарылған",
    ru: "Решение о восстановлении срока уже принято",
    en: "The request to restore the term has already been decided",
  },
  "error.term_restoration_pending": {
    kk: "Шағым мерзімі өткеннен кейін берілген: алдымен мерзімді қалпына келтіру туралы өтінішті шешіңіз (ӘРПК 92-бабы)",
    ru: "Жалоба подана после истечения срока: сначала разрешите ходатайство о его восстановлении (ст. 92 АППК)",
    en: "The complaint was filed after the term: first decide the request to restore it (APPC art. 92)",
  },
  "error.term_not_restored": {
    kk: "Шағым беру мерзімі қалпына келтірілмеген: шағымды тек қараусыз қалдыруға болады",
    ru: "Срок подачи жалобы не восстановлен: жалобу можно только оставить без рассмотрения",
    en: "The filing term was not restored: the complaint can only be left without consideration",
  },
  "field.term_not_refused": {
    kk: "Бұл негіз мерзімді қалпына келтіруден бас тартылғаннан кейін ғана қолданылады",
    ru: "Это основание применяется только после отказа в восстановлении срока",
    en: "This ground applies only after the restoration of the term was refused",
  },
  "wf.action.redirect": {
    kk: "Құзыретті органға қайта бағыттау",
    ru: "Перенаправить в компетентный орган",
    en: "Redirect to the competent body",
  },
  "wf.action.restore_term": {
    kk: "Мерзімді қалпына келтіру туралы шешім",
    ru: "Решение о восстановлении срока",
    en: "Decide on restoring the term",
  },
  "wf.event.redirected": {
    kk: "Құзыретті органға қайта бағытталды",
    ru: "Перенаправлена в компетентный орган",
    en: "Redirected to the competent body",
  },
  "wf.event.term_restoration": {
    kk: "Мерзімді қалпына келтіру туралы өтініш шешілді",
    ru: "Разрешено ходатайство о восстановлении срока",
    en: "Request to restore the term decided",
  },
  "wf.form.competentBody": {
    kk: "Құзыретті орган",
    ru: "Компетентный орган",
    en: "Competent body",
  },
  "wf.form.reasons": {
    kk: "Себептері",
    ru: "Мотивы",
    en: "Reasons",
  },
  "wf.form.termDecision": {
    kk: "Шағым беру мерзімін қалпына келтіру",
    ru: "Восстановление срока подачи жалобы",
    en: "Restoring the filing term",
  },
  "wf.form.lateReason": {
    kk: "Өтініш берушінің себебі: {reason}",
    ru: "Причина, указанная заявителем: {reason}",
    en: "The applicant's reason: {reason}",
  },
  "wf.form.termGranted": {
    kk: "Қалпына келтірілсін",
    ru: "Восстановить",
    en: "Restore",
  },
  "wf.form.termRefused": {
    kk: "Қалпына келтіруден бас тартылсын",
    ru: "Отказать в восстановлении",
    en: "Refuse to restore",
  },
  "wf.leaveGround.term_not_restored": {
    kk: "Шағым беру мерзімі өткізілген және қалпына келтірілмеген",
    ru: "Срок подачи жалобы пропущен и не восстановлен",
    en: "The filing term was missed and not restored",
  },
  "deadlineKind.registration": {
    kk: "Шағымды тіркеу",
    ru: "Регистрация жалобы",
    en: "Registration of the complaint",
  },
  "wf.case.deadline.registration": {
    kk: "Тіркеу",
    ru: "Регистрация",
    en: "Registration",
  },
  "wf.case.deadline.redirect": {
    kk: "Қайта бағыттау",
    ru: "Перенаправление",
    en: "Redirect",
  },
  "deadlineKind.redirect": {
    kk: "Құзыретті органға қайта бағыттау",
    ru: "Перенаправление в компетентный орган",
    en: "Redirect to the competent body",
  },
  "deadlineState.closed": {
    kk: "Тоқтатылды",
    ru: "Остановлен",
    en: "Stopped",
  },
  "basis.appc-redirect": {
    kk: "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі: шағымды қарау құзыретіне кірмейтін орган оны үш жұмыс күні ішінде құзыретті органға жібереді және бұл туралы өтініш берушіге хабарлайды.",
    ru: "Административный процедурно-процессуальный кодекс Республики Казахстан: орган, в компетенцию которого не входит рассмотрение жалобы, в течение трёх рабочих дней направляет её в компетентный орган и сообщает об этом заявителю.",
    en: "Administrative Procedural and Process Code of the Republic of Kazakhstan: a body not competent to review the complaint sends it to the competent body within three working days and tells the applicant.",
  },
  "basis.higher-body": {
    kk: "Жоғары тұрған органның шағымды қарау мерзімін «Мемлекеттік көрсетілетін қызметтер туралы» Заң тікелей белгілемейді; қызмет берушінің мекенжайына түскен шағымға арналған 5 жұмыс күні (25-баптың 2-тармағы) қолданылады.",
    ru: "Срок рассмотрения жалобы вышестоящим органом Законом «О государственных услугах» прямо не установлен; применяется срок для жалоб, поступивших в адрес услугодателя, — 5 рабочих дней (п. 2 ст. 25).",
    en: "The Law on public services does not set a review term for a higher body; the term for complaints received at the provider's address applies — 5 working days (art. 25 p. 2).",
  },
  "appealed.body": {
    kk: "Органның немесе оның басшысының шешімі, әрекеті немесе әрекетсіздігі",
    ru: "Решение, действие или бездействие органа или его руководителя",
    en: "A decision, act or inaction of the body or its head",
  },
  "officeIntake.field.appealed": {
    kk: "Не туралы шағым",
    ru: "Что обжалуется",
    en: "What is appealed",
  },
  "officeIntake.field.lateReason": {
    kk: "Үш айлық мерзім өткен болса — өтініш берушінің себебі",
    ru: "Если трёхмесячный срок пропущен — причина, указанная заявителем",
    en: "If the three-month term has passed — the applicant's reason",
  },
  "portal.appealed.title": {
    kk: "Не туралы шағымданасыз?",
    ru: "Что вы обжалуете?",
    en: "What are you appealing?",
  },
  "portal.appealed.hint": {
    kk: "Бұл шағымды кім қарайтынын анықтайды.",
    ru: "От этого зависит, кто рассмотрит жалобу.",
    en: "This decides who reviews the complaint.",
  },
  "portal.appealed.hint.body": {
    kk: "Мысалы: қызмет көрсетуден бас тарту туралы шешім, мерзімнің бұзылуы, органның жауап бермеуі. Орган шағымды 3 жұмыс күні ішінде жоғары тұрған органға жібереді немесе талаптарыңызды толық қанағаттандырады.",
    ru: "Например: решение об отказе в услуге, нарушение срока, молчание органа. Орган в течение 3 рабочих дней направит жалобу в вышестоящий орган или полностью удовлетворит ваши требования.",
    en: "For example: a decision refusing the service, a missed deadline, no answer from the body. Within 3 working days the body sends the complaint to the higher body or fully meets your demands.",
  },
  "portal.appealed.hint.employee": {
    kk: "Мысалы: қызметкердің дөрекілігі, артық құжат талап етуі. Шағымды органның басшысы қарайды.",
    ru: "Например: грубость работника, требование лишних документов. Жалобу рассмотрит руководитель органа.",
    en: "For example: a rude employee, a demand for extra documents. The head of the body reviews the complaint.",
  },
  "portal.check.appealed": {
    kk: "Не туралы шағым",
    ru: "Что обжалуется",
    en: "What is appealed",
  },
  "field.appealed.incomplete": {
    kk: "Не туралы шағымданатыныңызды көрсетіңіз",
    ru: "Укажите, что вы обжалуете",
    en: "Say what you are appealing",
  },
  "field.appealed.required": {
    kk: "Не туралы шағымданатыныңызды таңдаңыз",
    ru: "Выберите, что вы обжалуете",
    en: "Choose what you are appealing",
  },
  "portal.learned.lateReason": {
    kk: "Үш айдан көп уақыт өтсе: неге бұрын шағымданбадыңыз (міндетті емес)",
    ru: "Если прошло больше трёх месяцев: почему вы не обжаловали раньше (необязательно)",
    en: "If more than three months have passed: why you did not appeal earlier (optional)",
  },
  "portal.learned.lateReasonHint": {
    kk: "Шағым бәрібір қабылданады. Шағымды қарайтын орган осы себепті ескеріп, мерзімді қалпына келтіру туралы шешім шығарады (ӘРПК 92-бабы).",
    ru: "Жалоба будет принята в любом случае. Орган, рассматривающий жалобу, учтёт причину и решит, восстановить ли срок (ст. 92 АППК).",
    en: "The complaint is accepted either way. The reviewing body weighs the reason and decides whether to restore the term (APPC art. 92).",
  },
  "portal.check.lateReason": {
    kk: "Мерзімді қалпына келтіру туралы өтініш",
    ru: "Ходатайство о восстановлении срока",
    en: "Request to restore the term",
  },
  "appealed.employee": {
    kk: "Органның қызметкерінің әрекеті немесе әрекетсіздігі",
    ru: "Действие или бездействие работника органа",
    en: "An act or inaction of one of the body's employees",
  },
  "letter.number": {
    kk: "Шығыс нөмірі",
    ru: "Исходящий номер",
    en: "Outgoing number",
  },
  "letter.numbered": {
    kk: "Шығыс № {number}, {date}",
    ru: "Исх. № {number} от {date}",
    en: "Outgoing No. {number} of {date}",
  },
  "complaint.refusal": {
    kk: "Шағым қараусыз қалдырылды",
    ru: "Жалоба оставлена без рассмотрения",
    en: "Left without consideration",
  },
  "complaint.download.refusal": {
    kk: "Қараусыз қалдыру туралы хат (PDF)",
    ru: "Письмо об оставлении без рассмотрения (PDF)",
    en: "Letter leaving the complaint without consideration (PDF)",
  },
  "complaint.appealed": {
    kk: "Не туралы шағым",
    ru: "Что обжалуется",
    en: "What is appealed",
  },
  "complaint.lateReason": {
    kk: "Мерзімді қалпына келтіру туралы өтініш",
    ru: "Ходатайство о восстановлении срока",
    en: "Request to restore the term",
  },
  "complaint.termRestored.true": {
    kk: "Мерзім қалпына келтірілді",
    ru: "Срок восстановлен",
    en: "Term restored",
  },
  "complaint.termRestored.false": {
    kk: "Мерзімді қалпына келтіруден бас тартылды",
    ru: "В восстановлении срока отказано",
    en: "Restoration of the term refused",
  },
  "letter.date": {
    kk: "Хаттың күні",
    ru: "Дата письма",
    en: "Date of the letter",
  },
  "letter.basis": {
    kk: "Құқықтық негіз",
    ru: "Правовое основание",
    en: "Legal basis",
  },
  "letter.nextStep": {
    kk: "Әрі қарай шағымдану тәртібі",
    ru: "Порядок дальнейшего обжалования",
    en: "How to appeal further",
  },
  "letter.next.quality": {
    kk: "Шешіммен келіспеген жағдайда оған {body} ({address}) шағым жасауға немесе Қазақстан Республикасының заңнамасында белгіленген тәртіппен сотқа жүгінуге болады (ӘРПК 91-бабының 5-тармағы).",
    ru: "При несогласии с решением его можно обжаловать в {body} ({address}) или обратиться в суд в порядке, установленном законодательством Республики Казахстан (п. 5 ст. 91 АППК).",
    en: "If you disagree, you may appeal to {body} ({address}) or go to court in the manner set by the law of the Republic of Kazakhstan (APPC art. 91 p. 5).",
  },
  "letter.next.court": {
    kk: "Шешіммен келіспеген жағдайда мамандандырылған ауданаралық әкімшілік сотқа жүгінуге болады (ӘРПК 91-бабының 5-тармағы).",
    ru: "При несогласии с решением можно обратиться в специализированный межрайонный административный суд (п. 5 ст. 91 АППК).",
    en: "If you disagree, you may go to the specialized inter-district administrative court (APPC art. 91 p. 5).",
  },
  "refusalPdf.title": {
    kk: "Шағымды қараусыз қалдыру туралы хат",
    ru: "Письмо об оставлении жалобы без рассмотрения",
    en: "Letter leaving the complaint without consideration",
  },
  "refusalPdf.ground": {
    kk: "Негіз",
    ru: "Основание",
    en: "Ground",
  },
  "refusalPdf.reasoning": {
    kk: "Себептері",
    ru: "Мотивы",
    en: "Reasons",
  },
  "refusalPdf.refusedBy": {
    kk: "Шешім шығарған лауазымды адам",
    ru: "Должностное лицо, принявшее решение",
    en: "Official who decided",
  },
  "refusalPdf.basis": {
    kk: "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі; «Мемлекеттік көрсетілетін қызметтер туралы» Заң, 25-бап.",
    ru: "Административный процедурно-процессуальный кодекс Республики Казахстан; Закон «О государственных услугах», ст. 25.",
    en: "Administrative Procedural and Process Code of the Republic of Kazakhstan; Law on public services, art. 25.",
  },
  "decisionPdf.basis": {
    kk: "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі, 91-бап; «Мемлекеттік көрсетілетін қызметтер туралы» Заң, 25-бап.",
    ru: "Административный процедурно-процессуальный кодекс Республики Казахстан, ст. 91; Закон «О государственных услугах», ст. 25.",
    en: "Administrative Procedural and Process Code of the Republic of Kazakhstan, art. 91; Law on public services, art. 25.",
  },
});
