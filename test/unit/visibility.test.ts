import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { allows, RELATIONSHIPS, type Relationship } from "../../src/domain/access.ts";
import { ROLES, type Role } from "../../src/domain/roles.ts";
import {
  type FieldPolicy,
  fieldPolicy,
  maskEmail,
  maskPhone,
  presentApplicant,
  presentEventData,
  presentSignature,
  showsEvent,
} from "../../src/domain/visibility.ts";

/** The expected table, written out independently of VISIBILITY: relationship → short policy. */
type Row = [
  name: string,
  iin: string,
  address: string,
  contacts: string,
  comments: string,
  files: boolean,
  executor: boolean,
];
const EXPECTED: Record<Relationship, Row> = {
  applicant: ["full", "full", "full", "full", "none", true, false],
  holder_staff: ["full", "full", "full", "full", "all", true, true],
  involved_staff: ["full", "masked", "masked", "masked", "own_organization", true, true],
  supervising_body: ["full", "masked", "masked", "masked", "none", false, true],
  regional_quality: ["full", "masked", "masked", "masked", "none", false, true],
  operator: ["full", "masked", "masked", "full", "none", true, false],
  admin: ["initials", "none", "none", "none", "none", false, false],
  none: ["initials", "none", "none", "none", "none", false, false],
};
const row = (p: FieldPolicy): Row => [
  p.name,
  p.iin,
  p.address,
  p.contacts,
  p.comments,
  p.attachments,
  p.executorNames,
];

describe("the field-visibility table", () => {
  for (const rel of RELATIONSHIPS) {
    for (const role of ROLES) {
      if (!allows("view", rel, role)) continue;
      it(`${role} as ${rel} → ${EXPECTED[rel].join(", ")}`, () => {
        assert.deepEqual(row(fieldPolicy(role, rel, { assignedToViewer: true })), EXPECTED[rel]);
      });
    }
  }

  it("gives an executor of the holder the applicant's personal data only once assigned to them", () => {
    const unassigned = fieldPolicy("executor", "holder_staff", { assignedToViewer: false });
    assert.deepEqual(
      [unassigned.iin, unassigned.address, unassigned.contacts, unassigned.comments, unassigned.attachments],
      ["masked", "masked", "masked", "all", true],
    );
    assert.equal(fieldPolicy("executor", "holder_staff", { assignedToViewer: true }).iin, "full");
    assert.equal(
      fieldPolicy("registrar", "holder_staff").iin,
      "full",
      "registrar and head need no assignment",
    );
  });

  it("agrees with the access table: whoever may comment sees every comment, nobody else does", () => {
    for (const rel of RELATIONSHIPS) {
      for (const role of ROLES) {
        if (!allows("view", rel, role)) continue;
        const p = fieldPolicy(role, rel, { assignedToViewer: true });
        assert.equal(p.comments === "all", allows("comment", rel, role), `${role} as ${rel}`);
      }
    }
  });

  it("shows the IIN in full only to the applicant and the holder's staff; never to an administrator", () => {
    for (const rel of RELATIONSHIPS) {
      for (const role of ROLES) {
        const p = fieldPolicy(role, rel, { assignedToViewer: true });
        const full = p.iin === "full" || p.address === "full";
        assert.equal(full, rel === "applicant" || rel === "holder_staff", `${role} as ${rel}`);
      }
    }
    assert.equal(fieldPolicy("admin", "admin").contacts, "none");
  });
});

describe("applying a policy", () => {
  const applicant = {
    surname: "Сейтқали",
    name: "Нұрлан",
    patronymic: "Маратұлы",
    iin: "900101300126",
    postalAddress: "Көкшетау қ., Абай к-сі 10, 5 пәтер",
    phones: ["+77011234567"],
    email: "nurlan.seitkali@example.kz",
  };

  it("full, masked, withheld", () => {
    assert.deepEqual(presentApplicant(applicant, fieldPolicy("head", "holder_staff")), applicant);
    assert.deepEqual(presentApplicant(applicant, fieldPolicy("head", "supervising_body")), {
      ...applicant,
      iin: "9001••••0126",
      postalAddress: "•••",
      phones: ["•••4567"],
      email: "n•••@example.kz",
    });
    assert.deepEqual(presentApplicant(applicant, fieldPolicy("admin", "admin")), {
      surname: "С.",
      name: "Н.",
      patronymic: "М.",
      iin: null,
      postalAddress: null,
      phones: [],
      email: null,
    });
    const operator = presentApplicant(applicant, fieldPolicy("operator", "operator"));
    assert.deepEqual(
      [operator.iin, operator.postalAddress, operator.phones],
      ["9001••••0126", "•••", applicant.phones],
    );
  });

  it("masks phones and e-mails keeping a recognisable part", () => {
    assert.equal(maskPhone("+7 (701) 123-45-67"), "•••4567");
    assert.equal(maskPhone("12"), "•••");
    assert.equal(maskEmail("a@b.kz"), "a•••@b.kz");
    assert.equal(maskEmail("broken"), "•••");
  });

  it("shows internal comments as the policy says: all, the viewer's organization's, none", () => {
    const comment = { internal: true, organizationId: "akmola-edu" };
    const mark = { internal: false, organizationId: "akmola-edu" };
    assert.ok(showsEvent(comment, fieldPolicy("executor", "holder_staff"), "akmola-akimat"));
    assert.ok(showsEvent(comment, fieldPolicy("head", "involved_staff"), "akmola-edu"));
    assert.ok(!showsEvent(comment, fieldPolicy("head", "involved_staff"), "akmola-akimat"));
    assert.ok(!showsEvent(comment, fieldPolicy("head", "involved_staff"), null));
    for (const rel of ["applicant", "supervising_body", "regional_quality", "operator", "admin"] as const) {
      assert.ok(!showsEvent(comment, fieldPolicy("head" as Role, rel), "akmola-edu"), rel);
      assert.ok(showsEvent(mark, fieldPolicy("head" as Role, rel), null), rel);
    }
  });

  it("drops the executor's name from an event's data where the policy withholds it", () => {
    const data = { executorId: "e-1", executor: "Қасымов Ерлан", previousExecutorId: null };
    assert.deepEqual(presentEventData(data, fieldPolicy("head", "holder_staff")), data);
    assert.deepEqual(presentEventData(data, fieldPolicy("admin", "admin")), {
      executorId: "e-1",
      previousExecutorId: null,
    });
  });
});

describe("the signature as a viewer is shown it", () => {
  const eds = {
    method: "eds_cms" as const,
    signedAt: "2026-11-20T04:55:00.000Z",
    sha256: "a".repeat(64),
    eds: {
      cms: "MIIB…",
      certificate: "MIIC…",
      subject: "CN=AKHMETOVA DINARA, SERIALNUMBER=IIN850315450011, C=KZ",
      issuer: "CN=Test CA",
      serialNumber: "01",
      iin: "850315450011",
      notBefore: "2026-01-01T00:00:00.000Z",
      notAfter: "2027-01-01T00:00:00.000Z",
      algorithm: "ECDSA/SHA-256",
      checks: [],
    },
  };
  const policy = (iin: "full" | "masked" | "none") => ({ ...fieldPolicy("registrar", "holder_staff"), iin });

  it("keeps an EDS signature whole for a viewer shown the IIN, masks or withholds the IIN otherwise", () => {
    assert.deepEqual(presentSignature(eds, policy("full")), eds);
    const masked = presentSignature(eds, policy("masked"))!;
    assert.equal(masked.eds!.iin, "8503••••0011");
    assert.equal(masked.eds!.subject, "CN=AKHMETOVA DINARA, SERIALNUMBER=IIN8503••••0011, C=KZ");
    assert.equal(masked.eds!.cms, "");
    assert.equal(masked.eds!.certificate, "");
    const none = presentSignature(eds, policy("none"))!;
    assert.doesNotMatch(JSON.stringify(none), /850315450011|8503/);
    const sms = {
      method: "sms_otp" as const,
      signedAt: eds.signedAt,
      sha256: eds.sha256,
      phone: "+7 701 ••• •• 67",
    };
    assert.deepEqual(presentSignature(sms, policy("none")), sms);
    assert.equal(presentSignature(null, policy("full")), null);
  });
});
