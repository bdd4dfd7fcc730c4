import { env, evictDurableObject, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MIGRATIONS } from "./storage/migrations";
import type { UserObject } from "./user-object";

describe("UserObject storage", () => {
  it("migrates a new database to the latest schema version before serving", async () => {
    const stub = env.USERS.getByName(`fresh-${crypto.randomUUID()}`);
    const version = await runInDurableObject(stub, (_instance: UserObject, state) =>
      state.storage.sql.exec<{ version: number }>("SELECT version FROM schema_version").one().version,
    );
    expect(version).toBe(MIGRATIONS.length);
  });

  it("keeps accounts, sessions and interviews when the object is evicted and rebuilt", async () => {
    const name = `durable-${crypto.randomUUID().slice(0, 8)}`;
    const stub = env.USERS.getByName(name);
    const registered = await stub.register(name, "a long enough password");
    if (!registered.ok) throw new Error("register failed");
    const created = await stub.createInterview({ title: "Frontend Developer", skills: ["CSS"], questionCount: 3 });

    await evictDurableObject(stub);

    const again = env.USERS.getByName(name);
    expect(await again.isLiveSession(registered.token)).toBe(true);
    expect(await again.getInterview(created.interviewId)).toEqual({ ...created, messages: [], jobDescription: null, resume: null, requirements: [] });
    const login = await again.login("a long enough password");
    expect(login.ok).toBe(true);
  });

  it("stores only a hash of the password and of each session token", async () => {
    const name = `hashes-${crypto.randomUUID().slice(0, 8)}`;
    const stub = env.USERS.getByName(name);
    const result = await stub.register(name, "plain text secret");
    if (!result.ok) throw new Error("register failed");
    const dump = await runInDurableObject(stub, (_instance: UserObject, state) => {
      const rows = [
        ...state.storage.sql.exec("SELECT * FROM account").toArray(),
        ...state.storage.sql.exec("SELECT * FROM sessions").toArray(),
      ];
      return JSON.stringify(rows);
    });
    expect(dump).not.toContain("plain text secret");
    expect(dump).not.toContain(result.token);
    expect(dump).toContain('"password_iterations":100000');
  });
});
