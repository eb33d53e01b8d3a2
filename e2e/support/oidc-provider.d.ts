// oidc-provider ships no type declarations (and @types/oidc-provider is not installed): the part of
// its API the sign-in tests' provider uses (e2e/support/oidc-test-provider.ts).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface ClientMetadata {
    client_id: string;
    token_endpoint_auth_method?: string;
    application_type?: string;
    grant_types?: string[];
    response_types?: string[];
    redirect_uris?: string[];
    post_logout_redirect_uris?: string[];
  }

  export interface Client {
    grantTypeAllowed(type: string): boolean;
  }

  export interface KoaContextWithOIDC {
    body: unknown;
    type: string;
    oidc: {
      params?: Record<string, unknown>;
      entities: {
        Account?: { accountId: string };
        RefreshToken?: { accountId: string };
        AuthorizationCode?: { accountId: string };
      };
    };
  }

  export interface Account {
    accountId: string;
    claims(): Record<string, unknown> | Promise<Record<string, unknown>>;
  }

  export interface ResourceServer {
    scope: string;
    audience?: string;
    accessTokenFormat?: 'jwt' | 'opaque';
    accessTokenTTL?: number;
  }

  export interface Configuration {
    clients?: ClientMetadata[];
    jwks?: { keys: Record<string, unknown>[] };
    cookies?: { keys: string[] };
    scopes?: string[];
    claims?: Record<string, string[]>;
    conformIdTokenClaims?: boolean;
    findAccount?: (
      ctx: KoaContextWithOIDC,
      sub: string,
    ) => Account | undefined | Promise<Account | undefined>;
    /** Claims added to access tokens (into the payload of JWT-formatted ones). */
    extraTokenClaims?: (
      ctx: KoaContextWithOIDC,
      token: { accountId?: string; kind: string },
    ) => Record<string, unknown> | undefined | Promise<Record<string, unknown> | undefined>;
    issueRefreshToken?: (ctx: KoaContextWithOIDC, client: Client) => boolean | Promise<boolean>;
    ttl?: Record<string, number>;
    clientBasedCORS?: (ctx: KoaContextWithOIDC, origin: string, client: Client) => boolean;
    interactions?: { url: (ctx: KoaContextWithOIDC, interaction: { uid: string }) => string };
    features?: {
      devInteractions?: { enabled: boolean };
      rpInitiatedLogout?: {
        enabled: boolean;
        logoutSource?: (ctx: KoaContextWithOIDC, form: string) => void | Promise<void>;
        postLogoutSuccessSource?: (ctx: KoaContextWithOIDC) => void | Promise<void>;
      };
      resourceIndicators?: {
        enabled: boolean;
        defaultResource?: (ctx: KoaContextWithOIDC, client: Client, oneOf?: string[]) => string | undefined;
        useGrantedResource?: (ctx: KoaContextWithOIDC, model: unknown) => boolean;
        getResourceServerInfo?: (
          ctx: KoaContextWithOIDC,
          indicator: string,
          client: Client,
        ) => ResourceServer | Promise<ResourceServer>;
      };
    };
    renderError?: (
      ctx: KoaContextWithOIDC,
      out: Record<string, unknown>,
      error: Error,
    ) => void | Promise<void>;
  }

  export interface InteractionDetails {
    uid: string;
    prompt: { name: string; details: Record<string, unknown> };
    params: Record<string, unknown>;
    session?: { accountId?: string };
    grantId?: string;
  }

  export interface Grant {
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    addResourceScope(indicator: string, scope: string): void;
    save(): Promise<string>;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Configuration);
    Grant: {
      new (init: { accountId: string; clientId: string }): Grant;
      find(id: string): Promise<Grant | undefined>;
    };
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    on(event: 'grant.success', listener: (ctx: KoaContextWithOIDC) => void): this;
  }

  export const errors: { InvalidTarget: new (description?: string) => Error };
}
