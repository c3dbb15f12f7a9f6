// The order npm run export loads tables and rows in: referenced tables first, and in a table that
// references itself (organizations.parent_id, complaints.escalated_from) each row after its parent.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dependencyOrder, type Fk, parentsFirst } from "../../src/db/export.ts";

const fk = (child: string, parent: string, columns = ["parent_id"], refColumns = ["id"]): Fk => ({
  child,
  parent,
  columns,
  refColumns,
});

describe("export order", () => {
  it("puts every table after the tables it references; self-references do not count", () => {
    const order = dependencyOrder(
      ["attachments", "complaints", "organizations", "users"],
      [
        fk("complaints", "organizations", ["holder_id"]),
        fk("complaints", "users", ["applicant_id"]),
        fk("complaints", "complaints", ["escalated_from"]),
        fk("attachments", "complaints", ["complaint_id"]),
        fk("attachments", "users", ["owner_id"]),
        fk("organizations", "organizations"),
      ],
    );
    assert.deepEqual(order, ["organizations", "users", "complaints", "attachments"]);
  });

  it("refuses a cycle between tables", () => {
    assert.throws(() => dependencyOrder(["a", "b"], [fk("a", "b"), fk("b", "a")]), /cycle among a, b/);
  });

  it("loads each row after the row it references, whatever order they were read in", () => {
    const rows = [
      { id: "district", parent_id: "region" },
      { id: "school", parent_id: "district" },
      { id: "region", parent_id: null },
      { id: "other", parent_id: null },
    ].map((r) => JSON.stringify(r));
    const ids = parentsFirst(rows, [fk("organizations", "organizations")]).map(
      (t) => (JSON.parse(t) as { id: string }).id,
    );
    assert.deepEqual(ids, ["region", "district", "school", "other"]);
    assert.deepEqual(parentsFirst(rows, []), rows, "no self-reference: read order");
  });
});
