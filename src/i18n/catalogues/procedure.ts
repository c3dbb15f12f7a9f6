/**
 * The procedure as the law has it (legal.md, "Who reviews, and when clocks start"): who may
 * decide, the registration and redirect clocks, the restoration of a missed term, refusals,
 * escalation and letters. Placeholders are written {name}.
 */
export const procedure = {
  kk: {
    "error.must_forward":
      "Әрекетіне шағым жасалған орган өз ісі бойынша шешім шығармайды: 3 жұмыс күні ішінде қолайлы акт қабылдаңыз немесе шағымды әкімшілік іспен бірге шағымды қарайтын органға жіберіңіз (ӘРПК 91-бабының 4-тармағы)",
    "error.favourable_act_not_available":
      "Қолайлы актіні тек әрекетіне шағым жасалған орган шағымды жіберу мерзімі ішінде қабылдайды",
    "error.redirect_not_available":
      "Әрекетіне шағым жасалған орган шағымды қайта бағыттамайды: оны шағымды қарайтын органға жіберіңіз",
    "error.addressee_not_competent":
      "Шағым жасалған орган басқа өңірде орналасқан: шағымды {body} қарайды. Шағым қабылданады және құзыретті органға қайта бағытталады.",
    "error.term_not_missed": "Шағым мерзімінде берілген: мерзімді қалпына келтіру қажет емес",
    "error.term_already_decided": "Мерзімді қалпына келтіру туралы шешім бұрын шығарылған",
    "error.term_restoration_pending":
      "Шағым мерзімі өткеннен кейін берілген: алдымен мерзімді қалпына келтіру туралы өтінішті шешіңіз (ӘРПК 92-бабы)",
    "error.term_not_restored":
      "Шағым беру мерзімі қалпына келтірілмеген: шағымды тек қараусыз қалдыруға болады",
    "error.term_not_refused": "Бұл негіз мерзімді қалпына келтіруден бас тартылғаннан кейін ғана қолданылады",
    "wf.action.redirect": "Құзыретті органға қайта бағыттау",
    "wf.action.restore_term": "Мерзімді қалпына келтіру туралы шешім",
    "wf.event.redirected": "Құзыретті органға қайта бағытталды",
    "wf.event.term_restoration": "Мерзімді қалпына келтіру туралы өтініш шешілді",
    "wf.form.competentBody": "Құзыретті орган",
    "wf.form.reasons": "Себептері",
    "wf.form.termDecision": "Шағым беру мерзімін қалпына келтіру",
    "wf.form.lateReason": "Өтініш берушінің себебі: {reason}",
    "wf.form.termGranted": "Қалпына келтірілсін",
    "wf.form.termRefused": "Қалпына келтіруден бас тартылсын",
    "wf.leaveGround.term_not_restored": "Шағым беру мерзімі өткізілген және қалпына келтірілмеген",
    "deadlineKind.registration": "Шағымды тіркеу",
    "wf.case.deadline.registration": "Тіркеу",
    "wf.case.deadline.redirect": "Қайта бағыттау",
    "deadlineKind.redirect": "Құзыретті органға қайта бағыттау",
    "deadlineState.closed": "Тоқтатылды",
    "basis.appc-redirect":
      "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі: шағымды қарау құзыретіне кірмейтін орган оны үш жұмыс күні ішінде құзыретті органға жібереді және бұл туралы өтініш берушіге хабарлайды.",
    "basis.higher-body":
      "Жоғары тұрған органның шағымды қарау мерзімін «Мемлекеттік көрсетілетін қызметтер туралы» Заң тікелей белгілемейді; қызмет берушінің мекенжайына түскен шағымға арналған 5 жұмыс күні (25-баптың 2-тармағы) қолданылады.",
    "appealed.body": "Органның немесе оның басшысының шешімі, әрекеті немесе әрекетсіздігі",
    "officeIntake.field.appealed": "Не туралы шағым",
    "officeIntake.field.lateReason": "Үш айлық мерзім өткен болса — өтініш берушінің себебі",
    "portal.appealed.title": "Не туралы шағымданасыз?",
    "portal.appealed.hint": "Бұл шағымды кім қарайтынын анықтайды.",
    "portal.appealed.hint.body":
      "Мысалы: қызмет көрсетуден бас тарту туралы шешім, мерзімнің бұзылуы, органның жауап бермеуі. Орган шағымды 3 жұмыс күні ішінде жоғары тұрған органға жібереді немесе талаптарыңызды толық қанағаттандырады.",
    "portal.appealed.hint.employee":
      "Мысалы: қызметкердің дөрекілігі, артық құжат талап етуі. Шағымды органның басшысы қарайды.",
    "portal.check.appealed": "Не туралы шағым",
    "portal.missing.appealed": "Не туралы шағымданатыныңызды көрсетіңіз",
    "portalField.appealed.required": "Не туралы шағымданатыныңызды таңдаңыз",
    "portal.learned.lateReason": "Үш айдан көп уақыт өтсе: неге бұрын шағымданбадыңыз (міндетті емес)",
    "portal.learned.lateReasonHint":
      "Шағым бәрібір қабылданады. Шағымды қарайтын орган осы себепті ескеріп, мерзімді қалпына келтіру туралы шешім шығарады (ӘРПК 92-бабы).",
    "portal.check.lateReason": "Мерзімді қалпына келтіру туралы өтініш",
    "appealed.employee": "Органның қызметкерінің әрекеті немесе әрекетсіздігі",
    "letter.number": "Шығыс нөмірі",
    "letter.numbered": "Шығыс № {number}, {date}",
    "complaint.refusal": "Шағым қараусыз қалдырылды",
    "complaint.download.refusal": "Қараусыз қалдыру туралы хат (PDF)",
    "complaint.appealed": "Не туралы шағым",
    "complaint.lateReason": "Мерзімді қалпына келтіру туралы өтініш",
    "complaint.termRestored.true": "Мерзім қалпына келтірілді",
    "complaint.termRestored.false": "Мерзімді қалпына келтіруден бас тартылды",
    "letter.date": "Хаттың күні",
    "letter.basis": "Құқықтық негіз",
    "letter.nextStep": "Әрі қарай шағымдану тәртібі",
    "letter.next.quality":
      "Шешіммен келіспеген жағдайда оған {body} ({address}) шағым жасауға немесе Қазақстан Республикасының заңнамасында белгіленген тәртіппен сотқа жүгінуге болады (ӘРПК 91-бабының 5-тармағы).",
    "letter.next.court":
      "Шешіммен келіспеген жағдайда мамандандырылған ауданаралық әкімшілік сотқа жүгінуге болады (ӘРПК 91-бабының 5-тармағы).",
    "refusalPdf.title": "Шағымды қараусыз қалдыру туралы хат",
    "refusalPdf.ground": "Негіз",
    "refusalPdf.reasoning": "Себептері",
    "refusalPdf.refusedBy": "Шешім шығарған лауазымды адам",
    "refusalPdf.basis":
      "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі; «Мемлекеттік көрсетілетін қызметтер туралы» Заң, 25-бап.",
    "decisionPdf.basis":
      "Қазақстан Республикасының Әкімшілік рәсімдік-процестік кодексі, 91-бап; «Мемлекеттік көрсетілетін қызметтер туралы» Заң, 25-бап.",
  },
  ru: {
    "error.must_forward":
      "Орган, чьё действие обжалуется, не решает собственное дело: в течение 3 рабочих дней примите благоприятный акт или направьте жалобу с административным делом в орган, рассматривающий жалобу (п. 4 ст. 91 АППК)",
    "error.favourable_act_not_available":
      "Благоприятный акт принимает только орган, чьё действие обжалуется, в срок для направления жалобы",
    "error.redirect_not_available":
      "Орган, чьё действие обжалуется, не перенаправляет жалобу: направьте её в орган, рассматривающий жалобу",
    "error.addressee_not_competent":
      "Обжалуемый орган находится в другом регионе: жалобу рассматривает {body}. Жалоба будет принята и перенаправлена в компетентный орган.",
    "error.term_not_missed": "Жалоба подана в срок: восстанавливать срок не нужно",
    "error.term_already_decided": "Решение о восстановлении срока уже принято",
    "error.term_restoration_pending":
      "Жалоба подана после истечения срока: сначала разрешите ходатайство о его восстановлении (ст. 92 АППК)",
    "error.term_not_restored":
      "Срок подачи жалобы не восстановлен: жалобу можно только оставить без рассмотрения",
    "error.term_not_refused": "Это основание применяется только после отказа в восстановлении срока",
    "wf.action.redirect": "Перенаправить в компетентный орган",
    "wf.action.restore_term": "Решение о восстановлении срока",
    "wf.event.redirected": "Перенаправлена в компетентный орган",
    "wf.event.term_restoration": "Разрешено ходатайство о восстановлении срока",
    "wf.form.competentBody": "Компетентный орган",
    "wf.form.reasons": "Мотивы",
    "wf.form.termDecision": "Восстановление срока подачи жалобы",
    "wf.form.lateReason": "Причина, указанная заявителем: {reason}",
    "wf.form.termGranted": "Восстановить",
    "wf.form.termRefused": "Отказать в восстановлении",
    "wf.leaveGround.term_not_restored": "Срок подачи жалобы пропущен и не восстановлен",
    "deadlineKind.registration": "Регистрация жалобы",
    "wf.case.deadline.registration": "Регистрация",
    "wf.case.deadline.redirect": "Перенаправление",
    "deadlineKind.redirect": "Перенаправление в компетентный орган",
    "deadlineState.closed": "Остановлен",
    "basis.appc-redirect":
      "Административный процедурно-процессуальный кодекс Республики Казахстан: орган, в компетенцию которого не входит рассмотрение жалобы, в течение трёх рабочих дней направляет её в компетентный орган и сообщает об этом заявителю.",
    "basis.higher-body":
      "Срок рассмотрения жалобы вышестоящим органом Законом «О государственных услугах» прямо не установлен; применяется срок для жалоб, поступивших в адрес услугодателя, — 5 рабочих дней (п. 2 ст. 25).",
    "appealed.body": "Решение, действие или бездействие органа или его руководителя",
    "officeIntake.field.appealed": "Что обжалуется",
    "officeIntake.field.lateReason": "Если трёхмесячный срок пропущен — причина, указанная заявителем",
    "portal.appealed.title": "Что вы обжалуете?",
    "portal.appealed.hint": "От этого зависит, кто рассмотрит жалобу.",
    "portal.appealed.hint.body":
      "Например: решение об отказе в услуге, нарушение срока, молчание органа. Орган в течение 3 рабочих дней направит жалобу в вышестоящий орган или полностью удовлетворит ваши требования.",
    "portal.appealed.hint.employee":
      "Например: грубость работника, требование лишних документов. Жалобу рассмотрит руководитель органа.",
    "portal.check.appealed": "Что обжалуется",
    "portal.missing.appealed": "Укажите, что вы обжалуете",
    "portalField.appealed.required": "Выберите, что вы обжалуете",
    "portal.learned.lateReason":
      "Если прошло больше трёх месяцев: почему вы не обжаловали раньше (необязательно)",
    "portal.learned.lateReasonHint":
      "Жалоба будет принята в любом случае. Орган, рассматривающий жалобу, учтёт причину и решит, восстановить ли срок (ст. 92 АППК).",
    "portal.check.lateReason": "Ходатайство о восстановлении срока",
    "appealed.employee": "Действие или бездействие работника органа",
    "letter.number": "Исходящий номер",
    "letter.numbered": "Исх. № {number} от {date}",
    "complaint.refusal": "Жалоба оставлена без рассмотрения",
    "complaint.download.refusal": "Письмо об оставлении без рассмотрения (PDF)",
    "complaint.appealed": "Что обжалуется",
    "complaint.lateReason": "Ходатайство о восстановлении срока",
    "complaint.termRestored.true": "Срок восстановлен",
    "complaint.termRestored.false": "В восстановлении срока отказано",
    "letter.date": "Дата письма",
    "letter.basis": "Правовое основание",
    "letter.nextStep": "Порядок дальнейшего обжалования",
    "letter.next.quality":
      "При несогласии с решением его можно обжаловать в {body} ({address}) или обратиться в суд в порядке, установленном законодательством Республики Казахстан (п. 5 ст. 91 АППК).",
    "letter.next.court":
      "При несогласии с решением можно обратиться в специализированный межрайонный административный суд (п. 5 ст. 91 АППК).",
    "refusalPdf.title": "Письмо об оставлении жалобы без рассмотрения",
    "refusalPdf.ground": "Основание",
    "refusalPdf.reasoning": "Мотивы",
    "refusalPdf.refusedBy": "Должностное лицо, принявшее решение",
    "refusalPdf.basis":
      "Административный процедурно-процессуальный кодекс Республики Казахстан; Закон «О государственных услугах», ст. 25.",
    "decisionPdf.basis":
      "Административный процедурно-процессуальный кодекс Республики Казахстан, ст. 91; Закон «О государственных услугах», ст. 25.",
  },
  en: {
    "error.must_forward":
      "The body whose act is appealed does not decide its own case: within 3 working days adopt a favourable act or forward the complaint with the administrative case to the reviewing body (APPC art. 91 p. 4)",
    "error.favourable_act_not_available":
      "Only the body whose act is appealed adopts a favourable act, within the term for forwarding",
    "error.redirect_not_available":
      "The body whose act is appealed does not redirect the complaint: forward it to the reviewing body",
    "error.addressee_not_competent":
      "The appealed body is in another region: {body} reviews the complaint. It will be accepted and redirected to the competent body.",
    "error.term_not_missed": "The complaint was filed in time: there is no term to restore",
    "error.term_already_decided": "The request to restore the term has already been decided",
    "error.term_restoration_pending":
      "The complaint was filed after the term: first decide the request to restore it (APPC art. 92)",
    "error.term_not_restored":
      "The filing term was not restored: the complaint can only be left without consideration",
    "error.term_not_refused": "This ground applies only after the restoration of the term was refused",
    "wf.action.redirect": "Redirect to the competent body",
    "wf.action.restore_term": "Decide on restoring the term",
    "wf.event.redirected": "Redirected to the competent body",
    "wf.event.term_restoration": "Request to restore the term decided",
    "wf.form.competentBody": "Competent body",
    "wf.form.reasons": "Reasons",
    "wf.form.termDecision": "Restoring the filing term",
    "wf.form.lateReason": "The applicant's reason: {reason}",
    "wf.form.termGranted": "Restore",
    "wf.form.termRefused": "Refuse to restore",
    "wf.leaveGround.term_not_restored": "The filing term was missed and not restored",
    "deadlineKind.registration": "Registration of the complaint",
    "wf.case.deadline.registration": "Registration",
    "wf.case.deadline.redirect": "Redirect",
    "deadlineKind.redirect": "Redirect to the competent body",
    "deadlineState.closed": "Stopped",
    "basis.appc-redirect":
      "Administrative Procedural and Process Code of the Republic of Kazakhstan: a body not competent to review the complaint sends it to the competent body within three working days and tells the applicant.",
    "basis.higher-body":
      "The Law on public services does not set a review term for a higher body; the term for complaints received at the provider's address applies — 5 working days (art. 25 p. 2).",
    "appealed.body": "A decision, act or inaction of the body or its head",
    "officeIntake.field.appealed": "What is appealed",
    "officeIntake.field.lateReason": "If the three-month term has passed — the applicant's reason",
    "portal.appealed.title": "What are you appealing?",
    "portal.appealed.hint": "This decides who reviews the complaint.",
    "portal.appealed.hint.body":
      "For example: a decision refusing the service, a missed deadline, no answer from the body. Within 3 working days the body sends the complaint to the higher body or fully meets your demands.",
    "portal.appealed.hint.employee":
      "For example: a rude employee, a demand for extra documents. The head of the body reviews the complaint.",
    "portal.check.appealed": "What is appealed",
    "portal.missing.appealed": "Say what you are appealing",
    "portalField.appealed.required": "Choose what you are appealing",
    "portal.learned.lateReason":
      "If more than three months have passed: why you did not appeal earlier (optional)",
    "portal.learned.lateReasonHint":
      "The complaint is accepted either way. The reviewing body weighs the reason and decides whether to restore the term (APPC art. 92).",
    "portal.check.lateReason": "Request to restore the term",
    "appealed.employee": "An act or inaction of one of the body's employees",
    "letter.number": "Outgoing number",
    "letter.numbered": "Outgoing No. {number} of {date}",
    "complaint.refusal": "Left without consideration",
    "complaint.download.refusal": "Letter leaving the complaint without consideration (PDF)",
    "complaint.appealed": "What is appealed",
    "complaint.lateReason": "Request to restore the term",
    "complaint.termRestored.true": "Term restored",
    "complaint.termRestored.false": "Restoration of the term refused",
    "letter.date": "Date of the letter",
    "letter.basis": "Legal basis",
    "letter.nextStep": "How to appeal further",
    "letter.next.quality":
      "If you disagree, you may appeal to {body} ({address}) or go to court in the manner set by the law of the Republic of Kazakhstan (APPC art. 91 p. 5).",
    "letter.next.court":
      "If you disagree, you may go to the specialized inter-district administrative court (APPC art. 91 p. 5).",
    "refusalPdf.title": "Letter leaving the complaint without consideration",
    "refusalPdf.ground": "Ground",
    "refusalPdf.reasoning": "Reasons",
    "refusalPdf.refusedBy": "Official who decided",
    "refusalPdf.basis":
      "Administrative Procedural and Process Code of the Republic of Kazakhstan; Law on public services, art. 25.",
    "decisionPdf.basis":
      "Administrative Procedural and Process Code of the Republic of Kazakhstan, art. 91; Law on public services, art. 25.",
  },
};
