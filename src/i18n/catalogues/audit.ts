/** The tamper-evident record (issue 10, item 7): the hash-chain check on the staff history. */
export const audit = {
  kk: {
    "audit.chain.ok": "Журналдың тұтастығы расталды: хэш тізбегі бұзылмаған (жазбалар саны: {count}).",
    "audit.chain.broken":
      "Журналдың тұтастығы бұзылған: {entry} — {reason}. Қауіпсіздік әкімшісіне хабарлаңыз.",
    "audit.entry.complaint_events": "шағым журналының № {id} жазбасы",
    "audit.entry.audit_events": "аудит журналының № {id} жазбасы",
    "audit.entry.audit_chain_heads": "тізбектің бақылау жазбасы",
    "audit.reason.altered": "мазмұны өзгертілген",
    "audit.reason.relinked": "алдыңғы жазбамен байланысы өзгертілген",
    "audit.reason.missing": "алдында жазба жойылған немесе қосылған",
    "audit.reason.truncated": "одан кейінгі жазбалар жойылған",
    "audit.reason.unchained": "ешбір тізбекке кірмейді",
    "audit.reason.headless": "тізбектің бақылау жазбасы жоқ",
  },
  ru: {
    "audit.chain.ok": "Целостность журнала подтверждена: цепочка хешей не нарушена (записей: {count}).",
    "audit.chain.broken":
      "Целостность журнала нарушена: {entry} — {reason}. Сообщите администратору безопасности.",
    "audit.entry.complaint_events": "запись № {id} журнала жалобы",
    "audit.entry.audit_events": "запись № {id} журнала аудита",
    "audit.entry.audit_chain_heads": "контрольная запись цепочки",
    "audit.reason.altered": "её содержание изменено",
    "audit.reason.relinked": "изменена её связь с предыдущей записью",
    "audit.reason.missing": "перед ней удалена или вставлена запись",
    "audit.reason.truncated": "после неё удалены записи",
    "audit.reason.unchained": "она не входит ни в одну цепочку",
    "audit.reason.headless": "у цепочки нет контрольной записи",
  },
  en: {
    "audit.chain.ok": "The record verifies: its hash chain is intact ({count} entries).",
    "audit.chain.broken": "The record fails verification at {entry}: {reason}. Tell the security officer.",
    "audit.entry.complaint_events": "entry no. {id} of the complaint log",
    "audit.entry.audit_events": "entry no. {id} of the audit log",
    "audit.entry.audit_chain_heads": "the chain's head",
    "audit.reason.altered": "its content was changed",
    "audit.reason.relinked": "its link to the entry before it was changed",
    "audit.reason.missing": "an entry before it was removed or inserted",
    "audit.reason.truncated": "entries after it were removed",
    "audit.reason.unchained": "it is in no chain",
    "audit.reason.headless": "its chain has no head",
  },
};
