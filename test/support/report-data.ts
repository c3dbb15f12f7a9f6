/**
 * Complaints with every kind of history a report measures, generated in SQL (generate_series):
 * for the test that compares the report sums with a direct recount, and for bench/reports.ts.
 * Per 20 complaints (by g % 20), received from `from` over `days` days (weekends and holidays
 * included), spread over every organization, service (1 in 7 none) and a few sets of grounds:
 *  0–7 decided (satisfied, partly, not, favourable act), 8–9 left without consideration (two
 *  grounds), 10 withdrawn, 11–13 open (some overdue, some still to register), 14–15 forwarded to a
 *  second body and decided there (two cases of one complaint), 16 an escalation of complaint g−16,
 *  17–19 decided after an extension. Registration is late for 1 in 7, answers take 1–12 days.
 * `prefix` keeps the ids of two batches apart.
 */
export function reportDataSql(o: { total: number; from: string; days: number; prefix: string }) {
  const id = (tag: string, g = "g") => `md5('${o.prefix}${tag}' || ${g})::uuid`;
  return `
CREATE TEMP TABLE rd AS
SELECT g, ${id("c")} AS id, g % 20 AS kind,
  a.orgs[1 + (g * 7) % cardinality(a.orgs)] AS body,
  a.orgs[1 + (g * 7 + 3) % cardinality(a.orgs)] AS second,
  CASE WHEN g % 7 = 0 THEN NULL ELSE a.services[1 + g % cardinality(a.services)] END AS service,
  (ARRAY['["refusal"]', '["deadline_violation"]', '["improper_service", "refusal"]', '["rude_service"]', '["deadline_violation", "refusal"]'])[1 + g % 5]::jsonb AS grounds,
  date '${o.from}' + ((g * 37) % ${o.days}) AS day,
  1 + (g * 13) % 12 AS took
FROM (SELECT (SELECT array_agg(id ORDER BY id) FROM organizations) AS orgs,
             (SELECT array_agg(id ORDER BY id) FROM services) AS services) a
CROSS JOIN generate_series(1, ${o.total}) g;
INSERT INTO complaints (id, channel, regime, status, outcome, holder_id, addressee_kind, addressee_id, respondent_id,
  service_id, grounds, reasons, demands, applicant, received_at, received_here_at, decision, refusal, escalated_from)
SELECT id, 'office', 'appc-2021',
  CASE WHEN kind < 8 OR kind >= 14 THEN 'decided' WHEN kind < 10 THEN 'left_without_consideration'
       WHEN kind = 10 THEN 'withdrawn' WHEN kind = 13 THEN 'submitted' ELSE 'in_execution' END,
  CASE WHEN kind < 8 THEN (ARRAY['satisfied', 'partially_satisfied', 'not_satisfied', 'favourable_act'])[1 + kind % 4]
       WHEN kind >= 14 THEN (ARRAY['satisfied', 'not_satisfied', 'partially_satisfied'])[1 + g % 3] END,
  CASE WHEN kind IN (14, 15) THEN second ELSE body END,
  'provider_head', body, body, service, grounds, 'Reasons ' || g, 'Demands',
  jsonb_build_object('surname', 'S' || g, 'name', 'N', 'iin', '900101300126', 'phones', '[]'::jsonb),
  day + time '10:00', day + time '10:00',
  CASE WHEN kind < 8 OR kind >= 14 THEN jsonb_build_object('organizationId', CASE WHEN kind IN (14, 15) THEN second ELSE body END) END,
  CASE WHEN kind IN (8, 9) THEN jsonb_build_object('organizationId', body, 'ground', (ARRAY['anonymous', 'repeated'])[kind - 7]) END,
  CASE WHEN kind = 16 AND g > 16 THEN ${id("c", "(g - 16)")} END
FROM rd;
-- The registration clock of each case: late for 1 in 7; still open for those to register.
INSERT INTO deadlines (id, complaint_id, organization_id, kind, body, starts_on, working_days, due, computed_due,
  basis_code, calendar_version, closed_on, completed, created_at)
SELECT ${id("dr", "id")}, id, body, 'registration', 'provider', day, 0, day, day, 'appc-63', 'bench',
  CASE WHEN kind = 13 THEN NULL ELSE day + CASE WHEN g % 7 = 0 THEN 2 ELSE 0 END END, kind <> 13,
  day + time '10:00'
FROM rd
UNION ALL
SELECT ${id("dr2", "id")}, id, second, 'registration', 'quality_authority', day + 2, 0, day + 2, day + 2, 'appc-63', 'bench',
  day + 2, true, day + time '10:05'
FROM rd WHERE kind IN (14, 15);
-- Forward clocks of the forwarded (met for one, missed for the other), the review clocks.
INSERT INTO deadlines (id, complaint_id, organization_id, kind, body, starts_on, working_days, due, computed_due,
  basis_code, calendar_version, closed_on, completed, created_at)
SELECT ${id("df", "id")}, id, body, 'forward', 'provider', day, 3, day + 4, day + 4, 'appc-91-4', 'bench',
  day + CASE WHEN kind = 14 THEN 2 ELSE 6 END, true, day + time '10:01'
FROM rd WHERE kind IN (14, 15)
UNION ALL
SELECT ${id("dv", "id")}, id, CASE WHEN kind IN (14, 15) THEN second ELSE body END, 'review', 'provider',
  day + CASE WHEN kind IN (14, 15) THEN 2 ELSE 0 END, 15, day + 20, day + 20, 'ps-25-2', 'bench',
  CASE WHEN kind IN (11, 12, 13) THEN NULL
       WHEN kind >= 17 THEN day + 19
       ELSE day + took + CASE WHEN kind IN (14, 15) THEN 2 ELSE 0 END END,
  kind NOT IN (10, 11, 12, 13, 17, 18, 19), day + time '10:02'
FROM rd WHERE kind <> 13
UNION ALL
SELECT ${id("dx", "id")}, id, body, 'extension', 'provider', day + 19, 15, day + 30, day + 30, 'ps-25-4', 'bench',
  day + 19 + took * 2, true, day + time '10:03'
FROM rd WHERE kind >= 17;
DROP TABLE rd;
`;
}
