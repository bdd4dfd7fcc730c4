// The Hono environment shared by the Worker's routes: bindings, and the signed-in user once known.
import type { UserObject } from "./user-object";

export interface SignedInUser {
  username: string;
  token: string;
  object: DurableObjectStub<UserObject>;
}

export interface AppEnv {
  Bindings: Env;
  Variables: { user: SignedInUser };
}
