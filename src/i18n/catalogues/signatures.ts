import { texts } from "../texts.ts";

/** Signing by the person named (issue 14): SMS codes, EDS (CMS) signatures, and their failures. */
export const signatures = texts({
  "sms.signCode.subject": {
    kk: "Қол қою коды",
    ru: "Код для подписи",
    en: "Signing code",
  },
  "sms.signCode.body": {
    kk: "Шағымға қол қою коды: {code}. Мәтін {text}… {minutes} минут жарамды. Кодты ешкімге айтпаңыз (1414 операторынан басқа, егер шағымды телефон арқылы берсеңіз).",
    ru: "Код для подписи жалобы: {code}. Текст {text}… Действует {minutes} мин. Никому не сообщайте код (кроме оператора 1414, если подаёте жалобу по телефону).",
    en: "Code to sign your complaint: {code}. Text {text}… Valid for {minutes} min. Tell it to nobody (except the 1414 operator if you are filing by phone).",
  },
  "field.sms_code_wrong": {
    kk: "Код дұрыс емес. SMS-тегі 6 санды енгізіңіз",
    ru: "Неверный код. Введите 6 цифр из SMS",
    en: "The code is wrong. Enter the 6 digits from the SMS",
  },
  "field.sms_code_expired": {
    kk: "Кодтың мерзімі өтті (5 минут). Жаңа код сұраңыз",
    ru: "Срок действия кода истёк (5 минут). Запросите новый код",
    en: "The code has expired (5 minutes). Ask for a new code",
  },
  "field.sms_code_exhausted": {
    kk: "Код үш рет қате енгізілді. Жаңа код сұраңыз",
    ru: "Код трижды введён неверно. Запросите новый код",
    en: "The code was entered wrongly three times. Ask for a new code",
  },
  "field.sms_code_used": {
    kk: "Бұл код қолданылып қойған. Жаңа код сұраңыз",
    ru: "Этот код уже использован. Запросите новый код",
    en: "This code has already been used. Ask for a new code",
  },
  "field.sms_code_unknown": {
    kk: "Мұндай код жіберілмеген. Жаңа код сұраңыз",
    ru: "Такой код не отправлялся. Запросите новый код",
    en: "No such code was sent. Ask for a new code",
  },
  "field.signature_text_changed": {
    kk: "Код жіберілгеннен кейін шағым мәтіні өзгерді. Жаңа код сұраңыз",
    ru: "Текст жалобы изменился после отправки кода. Запросите новый код",
    en: "The complaint's text changed after the code was sent. Ask for a new code",
  },
  "field.sms_no_phone": {
    kk: "Код жіберетін телефон нөмірі жоқ. Телефон нөмірін көрсетіңіз",
    ru: "Нет номера телефона для отправки кода. Укажите номер телефона",
    en: "There is no phone number to send the code to. Give a phone number",
  },
  "field.signature_method_not_here": {
    kk: "Бұл жерде қол қоюдың бұл тәсілі қолданылмайды",
    ru: "Этот способ подписи здесь не применяется",
    en: "This way of signing is not used here",
  },
  "field.signature_required": {
    kk: "Шағымға SMS кодымен немесе ЭЦҚ-мен қол қойыңыз",
    ru: "Подпишите жалобу кодом из SMS или ЭЦП",
    en: "Sign the complaint with an SMS code or EDS",
  },
  "field.sms_code_required": {
    kk: "SMS-тегі 6 санды кодты енгізіңіз",
    ru: "Введите 6-значный код из SMS",
    en: "Enter the 6-digit code from the SMS",
  },
  "error.sms_resend_wait": {
    kk: "Жаңа кодты {seconds} секундтан кейін сұрауға болады.",
    ru: "Новый код можно запросить через {seconds} с.",
    en: "You can ask for a new code in {seconds} s.",
  },
  "error.sms_code_quota": {
    kk: "Бір сағатта тым көп код сұралды (ең көбі {max}). Кейінірек қайталап көріңіз.",
    ru: "Слишком много кодов за час (не более {max}). Повторите позже.",
    en: "Too many codes asked for in an hour (at most {max}). Try again later.",
  },
  "field.eds_format": {
    kk: "Бұл CMS (PKCS#7) қолтаңбасы емес. NCALayer берген base64 мәтінін толық қойыңыз",
    ru: "Это не подпись CMS (PKCS#7). Вставьте полностью текст base64 из NCALayer",
    en: "This is not a CMS (PKCS#7) signature. Paste the whole base64 text NCALayer gave you",
  },
  "field.eds_content": {
    kk: "Қолтаңба басқа мәтінге қойылған. Осы беттегі мәтінге қайта қол қойыңыз",
    ru: "Подпись поставлена под другим текстом. Подпишите заново текст с этой страницы",
    en: "The signature is over a different text. Sign the text on this page again",
  },
  "field.eds_signature": {
    kk: "Қолтаңба расталмады: ол мәтінге сәйкес келмейді немесе бүлінген",
    ru: "Подпись не подтверждена: она не соответствует тексту или повреждена",
    en: "The signature does not verify: it does not match the text or is damaged",
  },
  "field.eds_chain": {
    kk: "Сертификатты сенімді куәландырушы орталық бермеген",
    ru: "Сертификат выдан не доверенным удостоверяющим центром",
    en: "The certificate was not issued by a trusted certification authority",
  },
  "field.eds_validity": {
    kk: "Қол қойған кезде сертификат жарамсыз болған (мерзімі өткен немесе әлі басталмаған)",
    ru: "Сертификат недействителен на момент подписи (истёк или ещё не начал действовать)",
    en: "The certificate was not valid when signing (expired or not yet valid)",
  },
  "field.eds_revocation": {
    kk: "Сертификат кері қайтарылған",
    ru: "Сертификат отозван",
    en: "The certificate has been revoked",
  },
  "field.eds_name": {
    kk: "Сертификаттағы тегі шешім қабылдаушы басшының тегіне сәйкес емес",
    ru: "Фамилия в сертификате не совпадает с фамилией принимающего решение руководителя",
    en: "The surname in the certificate is not the deciding head's surname",
  },
  "field.decision_signature_required": {
    kk: "Шешімге ЭЦҚ-мен қол қойыңыз",
    ru: "Подпишите решение ЭЦП",
    en: "Sign the decision with EDS",
  },
  "decision.eds.signedBy": {
    kk: "ЭЦҚ-мен қол қойған: {signer}, {time}",
    ru: "Подписано ЭЦП: {signer}, {time}",
    en: "Signed with EDS by {signer}, {time}",
  },
  "decisionPdf.signature": {
    kk: "Электрондық қолтаңба",
    ru: "Электронная подпись",
    en: "Electronic signature",
  },
  "decision.eds.label": {
    kk: "Шешімге ЭЦҚ (міндетті емес)",
    ru: "ЭЦП решения (необязательно)",
    en: "EDS signature of the decision (optional)",
  },
  "decision.eds.hint": {
    kk: "NCALayer жасаған бөлек CMS (base64). Ол «Қол қоятын мәтін» бетіндегі мәтінге дәл қойылуы керек.",
    ru: "Отсоединённая CMS (base64), как её делает NCALayer. Подписывается точный текст со страницы «Текст для подписи».",
    en: "A detached CMS (base64) as NCALayer makes it, over the exact text of the \u201cText to sign\u201d page.",
  },
  "decision.eds.textLink": {
    kk: "Қол қоятын мәтін",
    ru: "Текст для подписи",
    en: "Text to sign",
  },
  "field.eds_iin": {
    kk: "Сертификаттағы ЖСН өтініш берушінің ЖСН-іне сәйкес емес",
    ru: "ИИН в сертификате не совпадает с ИИН заявителя",
    en: "The IIN in the certificate is not the applicant's IIN",
  },
  "field.eds_unavailable": {
    kk: "ЭЦҚ тексеру бапталмаған (сенімді сертификаттар жоқ). SMS кодымен қол қойыңыз",
    ru: "Проверка ЭЦП не настроена (нет доверенных сертификатов). Подпишите кодом из SMS",
    en: "EDS checking is not set up (no trusted certificates). Sign with an SMS code",
  },
  "field.eds_required": {
    kk: "NCALayer берген қолтаңбаны (base64) қойыңыз",
    ru: "Вставьте подпись (base64) из NCALayer",
    en: "Paste the signature (base64) from NCALayer",
  },
  "signature.method.portal_session": {
    kk: "порталда расталды (сессия)",
    ru: "подтверждено на портале (сессия)",
    en: "confirmed on the portal (session)",
  },
  "signature.method.paper": {
    kk: "қағаздағы қолтаңба",
    ru: "подпись на бумаге",
    en: "signature on paper",
  },
  "signature.method.operator_recorded": {
    kk: "1414 операторы жазып алды (өтініш берушінің қолтаңбасы жоқ)",
    ru: "записано оператором 1414 (без подписи заявителя)",
    en: "recorded by the 1414 operator (not signed by the applicant)",
  },
  "signature.method.sms_otp": {
    kk: "SMS бір реттік кодымен, {phone}",
    ru: "одноразовым кодом из SMS, {phone}",
    en: "with a one-time SMS code, {phone}",
  },
  "signature.method.eds_cms": {
    kk: "ЭЦҚ, {subject}",
    ru: "ЭЦП, {subject}",
    en: "EDS, {subject}",
  },
  "signature.heading": {
    kk: "Қолтаңба",
    ru: "Подпись",
    en: "Signature",
  },
  "signature.signedAt": {
    kk: "Қол қойылған уақыты",
    ru: "Время подписи",
    en: "Signed at",
  },
  "signature.signerIin": {
    kk: "Қол қоюшының ЖСН (сертификаттан)",
    ru: "ИИН подписавшего (из сертификата)",
    en: "Signer's IIN (from the certificate)",
  },
  "signature.fingerprint": {
    kk: "Мәтіннің SHA-256",
    ru: "SHA-256 текста",
    en: "SHA-256 of the text",
  },
  "signature.certificate": {
    kk: "Сертификат",
    ru: "Сертификат",
    en: "Certificate",
  },
  "signature.checks": {
    kk: "Тексерулер",
    ru: "Проверки",
    en: "Checks",
  },
  "signature.check": { kk: "Тексеру", ru: "Проверка", en: "Check" },
  "signature.result": { kk: "Нәтиже", ru: "Результат", en: "Result" },
  "signature.check.passed": {
    kk: "өтті",
    ru: "пройдена",
    en: "passed",
  },
  "signature.check.failed": {
    kk: "өтпеді",
    ru: "не пройдена",
    en: "failed",
  },
  "signature.check.format": { kk: "CMS пішімі", ru: "формат CMS", en: "CMS format" },
  "signature.check.content": { kk: "қол қойылған мәтін", ru: "подписанный текст", en: "signed text" },
  "signature.check.signature": { kk: "қолтаңба", ru: "подпись", en: "signature" },
  "signature.check.chain": { kk: "сенім тізбегі", ru: "цепочка доверия", en: "chain of trust" },
  "signature.check.validity": { kk: "жарамдылық мерзімі", ru: "срок действия", en: "validity period" },
  "signature.check.revocation": {
    kk: "кері қайтарылмаған (CRL)",
    ru: "не отозван (CRL)",
    en: "not revoked (CRL)",
  },
  "signature.check.iin": { kk: "өтініш берушінің ЖСН", ru: "ИИН заявителя", en: "applicant's IIN" },
  "signature.sms.legend": {
    kk: "SMS кодымен қол қою",
    ru: "Подписать кодом из SMS",
    en: "Sign with an SMS code",
  },
  "signature.sms.lead": {
    kk: "Тіркелген телефоныңызға ({phone}) 6 санды код жібереміз. Код дәл осы мәтінге 5 минут жарамды; мәтін өзгерсе, жаңа код керек.",
    ru: "Мы отправим 6-значный код на ваш зарегистрированный телефон ({phone}). Код действует 5 минут и только для этого текста; если текст изменится, нужен новый код.",
    en: "We will send a 6-digit code to your registered phone ({phone}). It is valid for 5 minutes and for this text only; if the text changes you need a new code.",
  },
  "signature.sms.send": {
    kk: "Код жіберу",
    ru: "Отправить код",
    en: "Send the code",
  },
  "signature.sms.resend": {
    kk: "Жаңа код жіберу",
    ru: "Отправить новый код",
    en: "Send a new code",
  },
  "signature.sms.sent": {
    kk: "Код {phone} нөміріне жіберілді, {time} дейін жарамды.",
    ru: "Код отправлен на {phone}, действует до {time}.",
    en: "The code was sent to {phone} and is valid until {time}.",
  },
  "signature.sms.code": {
    kk: "SMS-тегі код",
    ru: "Код из SMS",
    en: "Code from the SMS",
  },
  "signature.sms.codeHint": {
    kk: "6 сан",
    ru: "6 цифр",
    en: "6 digits",
  },
  "signature.sms.sign": {
    kk: "Қол қойып, жіберу",
    ru: "Подписать и отправить",
    en: "Sign and send",
  },
  "signature.sms.noPhone": {
    kk: "Тіркелгіңізде телефон нөмірі жоқ, сондықтан SMS кодымен қол қою мүмкін емес.",
    ru: "В вашей учётной записи нет номера телефона, поэтому подписать кодом из SMS нельзя.",
    en: "Your account has no phone number, so you cannot sign with an SMS code.",
  },
  "signature.session.legend": {
    kk: "Немесе сессиямен растау",
    ru: "Или подтвердить в сессии",
    en: "Or confirm in this session",
  },
  "signature.eds.link": {
    kk: "ЭЦҚ-мен қол қою (NCALayer)",
    ru: "Подписать ЭЦП (NCALayer)",
    en: "Sign with EDS (NCALayer)",
  },
  "signature.eds.title": {
    kk: "ЭЦҚ-мен қол қою",
    ru: "Подписание ЭЦП",
    en: "Sign with EDS",
  },
  "signature.eds.lead": {
    kk: "Төмендегі мәтінге NCALayer арқылы жеке ЭЦҚ кілтіңізбен (AUTH немесе RSA/ECDSA) қол қойыңыз. Сертификаттағы ЖСН сіздің ЖСН-іңізбен бірдей болуы керек.",
    ru: "Подпишите текст ниже своим ключом ЭЦП через NCALayer. ИИН в сертификате должен совпадать с вашим ИИН.",
    en: "Sign the text below with your EDS key through NCALayer. The IIN in the certificate must be your IIN.",
  },
  "signature.eds.text": {
    kk: "Қол қойылатын мәтін",
    ru: "Текст для подписи",
    en: "The text to sign",
  },
  "signature.eds.ncalayerTitle": {
    kk: "NCALayer іске қосылмаса",
    ru: "Если NCALayer не запущен",
    en: "If NCALayer is not running",
  },
  "signature.eds.ncalayer1": {
    kk: "NCALayer бағдарламасын pki.gov.kz сайтынан орнатып, іске қосыңыз (хабарландыру аймағында белгішесі пайда болады).",
    ru: "Установите NCALayer с сайта pki.gov.kz и запустите его (значок появится в области уведомлений).",
    en: "Install NCALayer from pki.gov.kz and start it (its icon appears in the notification area).",
  },
  "signature.eds.ncalayer2": {
    kk: "Браузер 127.0.0.1:13579 мекенжайына қосыла алуы керек; бетті жаңартыңыз.",
    ru: "Браузер должен иметь доступ к адресу 127.0.0.1:13579; обновите страницу.",
    en: "Your browser must be able to reach 127.0.0.1:13579; reload the page.",
  },
  "signature.eds.ncalayer3": {
    kk: "JavaScript өшірулі болса немесе NCALayer қосылмаса: мәтінді файлға сақтап, NCALayer немесе басқа құралмен бөлек (detached) CMS қолтаңбасын жасаңыз да, base64 мәтінін төменге қойыңыз.",
    ru: "Если JavaScript выключен или NCALayer не подключается: сохраните текст в файл, создайте отсоединённую (detached) подпись CMS в NCALayer или другой программе и вставьте её base64 ниже.",
    en: "With JavaScript off, or if NCALayer does not connect: save the text to a file, make a detached CMS signature of it with NCALayer or another tool, and paste its base64 below.",
  },
  "signature.eds.ncalayer4": {
    kk: "Болмаса, декларация бетіне оралып, SMS кодымен қол қойыңыз.",
    ru: "Или вернитесь на страницу декларации и подпишите кодом из SMS.",
    en: "Or go back to the declaration page and sign with an SMS code.",
  },
  "signature.eds.cms": {
    kk: "CMS қолтаңбасы (base64)",
    ru: "Подпись CMS (base64)",
    en: "CMS signature (base64)",
  },
  "signature.eds.cmsHint": {
    kk: "NCALayer берген бөлек (detached) PKCS#7 қолтаңбасы",
    ru: "Отсоединённая (detached) подпись PKCS#7 из NCALayer",
    en: "The detached PKCS#7 signature NCALayer gives",
  },
  "signature.eds.withNcalayer": {
    kk: "NCALayer арқылы қол қою",
    ru: "Подписать через NCALayer",
    en: "Sign through NCALayer",
  },
  "signature.eds.ncalayerDown": {
    kk: "NCALayer-ге қосылу мүмкін болмады. Төмендегі нұсқаулықты қараңыз.",
    ru: "Не удалось подключиться к NCALayer. См. инструкцию ниже.",
    en: "Could not connect to NCALayer. See the instructions below.",
  },
  "signature.eds.submit": {
    kk: "Қолтаңбаны тексеріп, жіберу",
    ru: "Проверить подпись и отправить",
    en: "Check the signature and send",
  },
  "signature.caller.legend": {
    kk: "Өтініш берушінің қолтаңбасы (SMS коды)",
    ru: "Подпись заявителя (код из SMS)",
    en: "The applicant's signature (SMS code)",
  },
  "signature.caller.lead": {
    kk: "Код қоңырау шалушының телефонына жіберіледі; ол кодты сізге айтады. Кодсыз шағым «оператор жазып алды» деп беріледі.",
    ru: "Код уходит на телефон звонящего; он называет код вам. Без кода жалоба подаётся как «записано оператором».",
    en: "The code goes to the caller's phone and the caller reads it to you. Without a code the complaint is filed as recorded by the operator.",
  },
  "signature.caller.send": {
    kk: "Қоңырау шалушыға код жіберу",
    ru: "Отправить код звонящему",
    en: "Send the code to the caller",
  },
});
