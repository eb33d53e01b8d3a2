// Who is signed in, for the header and the callback route. Kept apart from the OpenID Connect code
// (auth-session.ts), which is loaded only by a deployment with sign-in.

export interface AuthSession {
  /** Who the ID token says is signed in: its `name`, else null (show the subject then). */
  readonly name: string | null;
  readonly subject: string;
  /** Leaves for the provider's sign-out, which comes back to the app's base (signed out). */
  signOut(): Promise<void>;
}

/** Why the return from the provider failed: shown by the callback route, with a way to try again. */
export interface SignInFailure {
  readonly message: string;
  retry(): Promise<void>;
}

let session: AuthSession | null = null;
let failure: SignInFailure | null = null;

/** The signed-in session, or null when the deployment has no sign-in (or it failed). */
export function getAuthSession(): AuthSession | null {
  return session;
}

export function getSignInFailure(): SignInFailure | null {
  return failure;
}

/** Set once by startAuth before the app renders. */
export function setAuthState(state: { session?: AuthSession; failure?: SignInFailure }): void {
  session = state.session ?? null;
  failure = state.failure ?? null;
}
