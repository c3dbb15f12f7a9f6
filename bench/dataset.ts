/**
 * The inbox data set, generated in SQL (generate_series): `total` complaints, one in ten held by
 * `akmola-edu`, the rest spread over the other bodies. Per 100: 4 submitted, 1 forwarded, 10
 * registered, 10 in execution, the rest closed; registrations and two deadlines for every
 * complaint past submission. Row triggers are off during the load; the stored columns they keep
 * (nearest due date, current number) and the search text are filled in one pass each, then
 * VACUUM ANALYZE (what autovacuum does after a bulk load). Used by bench/inbox.ts and bench/run.ts, on PostgreSQL and
 * PGlite alike. Registration sequence numbers start above SEQ_OFFSET so that a database with the
 * demo world and complaints registered by the app can take the set too.
 */
export const SEQ_OFFSET = 500_000;

export function datasetSql(total: number): string {
  return `
    SET session_replication_role = replica;
    CREATE TEMP TABLE bench_orgs AS SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM organizations WHERE id <> 'akmola-edu';
    INSERT INTO complaints (id, channel, regime, status, outcome, holder_id, addressee_kind, addressee_id, respondent_id,
      respondent_officials, service_id, grounds, reasons, demands, applicant, language, received_at, received_here_at, version)
    SELECT md5('c' || g)::uuid, 'portal', 'appc-2021',
      CASE WHEN g % 100 < 4 THEN 'submitted' WHEN g % 100 < 5 THEN 'forwarded' WHEN g % 100 < 15 THEN 'registered'
           WHEN g % 100 < 25 THEN 'in_execution' WHEN g % 100 < 95 THEN 'decided' ELSE 'left_without_consideration' END,
      CASE WHEN g % 100 BETWEEN 25 AND 94 THEN 'not_satisfied' END,
      CASE WHEN g % 10 = 0 THEN 'akmola-edu' ELSE (SELECT id FROM bench_orgs WHERE n = g % (SELECT count(*) FROM bench_orgs)) END,
      'provider_head', 'akmola-edu', 'akmola-edu', '[]'::jsonb, 'EDU-01',
      CASE WHEN g % 3 = 0 THEN '["refusal"]'::jsonb ELSE '["deadline_violation"]'::jsonb END,
      'Кезекке қою мерзімі бұзылды, өтініш № ' || g, 'Кезекке қоюды сұраймын',
      jsonb_build_object('surname', 'Тегі' || (g % 5000), 'name', 'Есім', 'patronymic', NULL, 'iin', '900101300126',
        'postalAddress', 'Көкшетау', 'phones', '[]'::jsonb, 'email', NULL),
      'kk', timestamptz '2026-01-05 10:00+05' + (g % 293) * interval '1 day' + (g % 1000) * interval '1 second',
      timestamptz '2026-01-05 10:00+05' + (g % 293) * interval '1 day' + (g % 1000) * interval '1 second', 1
    FROM generate_series(1, ${total}) g;
    INSERT INTO registrations (id, complaint_id, organization_id, year, seq, number, registered_on, registered_at,
      accepted_by, answer_by, answer_place, check_code)
    SELECT md5('r' || c.id)::uuid, c.id, c.holder_id, 2026, ${SEQ_OFFSET} + row_number() OVER (PARTITION BY c.holder_id ORDER BY c.id),
      upper(c.holder_id) || '-2026-' || (${SEQ_OFFSET} + row_number() OVER (PARTITION BY c.holder_id ORDER BY c.id))::text,
      c.received_at::date, c.received_at, '{"surname":"Б","initials":"А.","position":"Кеңсе"}'::jsonb,
      c.received_at::date + 7, 'Көкшетау', 'ABCDEFGH'
    FROM complaints c WHERE c.id IN (SELECT md5('c' || g)::uuid FROM generate_series(1, ${total}) g)
      AND c.status NOT IN ('submitted', 'forwarded');
    INSERT INTO deadlines (id, complaint_id, organization_id, kind, body, starts_on, working_days, due, computed_due,
      announced_due, basis_code, calendar_version, closed_on)
    SELECT md5('d' || r.complaint_id || k.kind)::uuid, r.complaint_id, r.organization_id, k.kind, 'provider', r.registered_on, k.days,
      r.registered_on + k.days + 2, r.registered_on + k.days + 2, NULL, k.basis, 'bench',
      CASE WHEN c.status IN ('registered', 'in_execution') THEN NULL ELSE r.registered_on + 3 END
    FROM registrations r JOIN complaints c ON c.id = r.complaint_id
    CROSS JOIN (VALUES ('forward', 3, 'appc-91-4'), ('review', 5, 'ps-25-2')) AS k(kind, days, basis)
    WHERE r.check_code = 'ABCDEFGH' AND r.seq > ${SEQ_OFFSET};
    UPDATE complaints c SET
      next_due = d.due, current_number = r.number
    FROM (SELECT complaint_id, min(due) AS due FROM deadlines WHERE calendar_version = 'bench' AND closed_on IS NULL GROUP BY complaint_id) d
    FULL JOIN (SELECT complaint_id, number FROM registrations WHERE seq > ${SEQ_OFFSET}) r ON r.complaint_id = d.complaint_id
    WHERE c.id = COALESCE(d.complaint_id, r.complaint_id);
    INSERT INTO complaint_search (complaint_id, search_text)
    SELECT c.id, complaint_search_text(c) FROM complaints c
     WHERE c.id IN (SELECT md5('c' || g)::uuid FROM generate_series(1, ${total}) g);
    SET session_replication_role = DEFAULT;
    DROP TABLE bench_orgs;
  `;
}

/** Statistics and the visibility map after the load (counts answered from indexes). */
export const ANALYZE_SQL = [
  "VACUUM ANALYZE complaints",
  "VACUUM ANALYZE deadlines",
  "VACUUM ANALYZE registrations",
];

/** The applicant surname and the registration number the text-search variants look for. */
export const SEARCH_SURNAME = "Тегі4320";
export const searchNumber = (n = 123) => `AKMOLA-EDU-2026-${SEQ_OFFSET + n}`;
