import { texts } from "../texts.ts";

/** The tamper-evident record (issue 10, item 7): the hash-chain check on the staff history. */
export const audit = texts({
  "audit.chain.ok": {
    kk: "Журналдың тұтастығы расталды: хэш тізбегі бұзылмаған (жазбалар саны: {count}).",
    ru: "Целостность журнала подтверждена: цепочка хешей не нарушена (записей: {count}).",
    en: "The record verifies: its hash chain is intact ({count} entries).",
  },
  "audit.chain.broken": {
    kk: "Журналдың тұтастығы бұзылған: {entry} — {reason}. Қауіпсіздік әкімшісіне хабарлаңыз.",
    ru: "Целостность журнала нарушена: {entry} — {reason}. Сообщите администратору безопасности.",
    en: "The record fails verification at {entry}: {reason}. Tell the security officer.",
  },
  "audit.entry.complaint_events": {
    kk: "шағым журналының № {id} жазбасы",
    ru: "запись № {id} журнала жалобы",
    en: "entry no. {id} of the complaint log",
  },
  "audit.entry.audit_events": {
    kk: "аудит журналының № {id} жазбасы",
    ru: "запись № {id} журнала аудита",
    en: "entry no. {id} of the audit log",
  },
  "audit.entry.audit_chain_heads": {
    kk: "тізбектің бақылау жазбасы",
    ru: "контрольная запись цепочки",
    en: "the chain's head",
  },
  "audit.reason.altered": {
    kk: "мазмұны өзгертілген",
    ru: "её содержание изменено",
    en: "its content was changed",
  },
  "audit.reason.relinked": {
    kk: "алдыңғы жазбамен байланысы өзгертілген",
    ru: "изменена её связь с предыдущей записью",
    en: "its link to the entry before it was changed",
  },
  "audit.reason.missing": {
    kk: "алдында жазба жойылған немесе қосылған",
    ru: "перед ней удалена или вставлена запись",
    en: "an entry before it was removed or inserted",
  },
  "audit.reason.truncated": {
    kk: "одан кейінгі жазбалар жойылған",
    ru: "после неё удалены записи",
    en: "entries after it were removed",
  },
  "audit.reason.unchained": {
    kk: "ешбір тізбекке кірмейді",
    ru: "она не входит ни в одну цепочку",
    en: "it is in no chain",
  },
  "audit.reason.headless": {
    kk: "тізбектің бақылау жазбасы жоқ",
    ru: "у цепочки нет контрольной записи",
    en: "its chain has no head",
  },
});
