/**
 * The time to render one talon PDF in one process, after a first one (fonts loaded): the same
 * talon (Kazakh and Russian columns, QR code) rendered again and again, the mean time and size
 * printed. Nothing is asserted; the figures go into docs/performance.md by hand.
 * Run: npm run bench:talon [-- <talons, default 100>]
 */
import { loadavg } from "node:os";
import { renderTalon } from "../src/documents/talon.ts";
import type { TalonData } from "../src/queries/talon-data.ts";

const talon: TalonData = {
  complaintId: "00000000-0000-4000-8000-000000000001",
  number: "AKMOLA-EDU-2026-00001",
  registeredOn: "2026-06-01",
  registeredAt: new Date("2026-06-01T05:10:00Z"),
  receivedAt: new Date("2026-06-01T04:55:00Z"),
  checkCode: "ABCD2345",
  channel: "portal",
  regime: "appc-2021",
  acceptedBy: {
    surname: "Жұмабаева",
    initials: "Ә. Қ.",
    position: { kk: "Кеңсе маманы", ru: "Специалист канцелярии", en: "Office specialist" },
  },
  answerBy: "2026-06-08",
  answerPlace: { kk: "Жеке кабинет", ru: "Личный кабинет", en: "Personal cabinet" },
  holder: {
    kk: "Ақмола облысының білім басқармасы",
    ru: "Управление образования Акмолинской области",
    en: "Akmola Region Education Department",
  },
  applicant: { surname: "Нұрғалиева", initials: "Ү. Ө." },
  signature: null,
};

const n = Number(process.argv[2] ?? 100);
await renderTalon(talon, "kk", "https://shagym.example.kz");
const start = performance.now();
let bytes = 0;
for (let i = 0; i < n; i++)
  bytes = (await renderTalon(talon, i % 2 ? "kk" : "ru", "https://shagym.example.kz")).length;
console.log(
  `${((performance.now() - start) / n).toFixed(1)} ms per talon, ${bytes} bytes (${n} talons, load average ${loadavg()[0]!.toFixed(2)})`,
);
