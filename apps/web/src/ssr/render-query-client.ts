import {
  type DefaultError,
  type DefaultedQueryObserverOptions,
  type DehydratedState,
  dehydrate,
  QueryClient,
  type QueryKey,
  type QueryObserverOptions,
  skipToken,
} from '@tanstack/react-query';

type AskedQuery = DefaultedQueryObserverOptions<unknown, DefaultError, unknown, unknown, QueryKey>;

/** A tRPC query's key (`[['comuni', 'overview'], { input, type }]`): the only answers the server reads. */
function isApiQuery(key: QueryKey): boolean {
  return Array.isArray(key[0]);
}

/**
 * The query cache of one server render. Components ask for their data with `useQuery`, which on
 * the server never fetches; each render notes the enabled queries they asked for (through
 * `defaultQueryOptions`, which every `useQuery` calls while rendering), so `fetchAsked` can
 * read the missing ones before the next render. No list of each screen's queries is kept
 * anywhere: the screens say what they read, as they do in the browser.
 */
export class RenderQueryClient extends QueryClient {
  #asked = new Map<string, AskedQuery>();

  constructor() {
    // One render, one visitor: no retries, nothing kept after the page is written; a failure
    // stays a failure in the next render (not "loading again"), as it will when the browser hydrates.
    super({
      defaultOptions: {
        queries: {
          retry: false,
          retryOnMount: false,
          staleTime: Number.POSITIVE_INFINITY,
          gcTime: Number.POSITIVE_INFINITY,
        },
      },
    });
  }

  override defaultQueryOptions<
    TQueryFnData = unknown,
    TError = DefaultError,
    TData = TQueryFnData,
    TQueryData = TQueryFnData,
    TQueryKey extends QueryKey = QueryKey,
    TPageParam = never,
  >(
    options:
      | QueryObserverOptions<TQueryFnData, TError, TData, TQueryData, TQueryKey, TPageParam>
      | DefaultedQueryObserverOptions<TQueryFnData, TError, TData, TQueryData, TQueryKey>,
  ): DefaultedQueryObserverOptions<TQueryFnData, TError, TData, TQueryData, TQueryKey> {
    const defaulted = super.defaultQueryOptions(options);
    if (defaulted._optimisticResults && defaulted.enabled !== false && defaulted.queryFn !== skipToken) {
      this.#asked.set(defaulted.queryHash, defaulted as unknown as AskedQuery);
    }
    return defaulted;
  }

  /** Forgets what the previous render asked for. */
  startRender(): void {
    this.#asked.clear();
  }

  /**
   * Reads the API queries the last render asked for and the cache has no answer to, and waits for
   * those a component started itself (`useServerPrefetch`: a screen reading its next answer
   * beside the one it waits for), so the next render has both; false when there were none.
   */
  async fetchAsked(): Promise<boolean> {
    const missing = [...this.#asked.values()].filter((options) => {
      const state = this.getQueryState(options.queryKey);
      return isApiQuery(options.queryKey) && (state === undefined || state.status === 'pending');
    });
    const started = this.getQueryCache()
      .findAll({ fetchStatus: 'fetching' })
      .filter((query) => isApiQuery(query.queryKey));
    // prefetchQuery keeps a failure in the cache (the screen shows it) instead of throwing; a
    // query already fetching gives its own promise.
    await Promise.all([
      ...missing.map((options) => this.prefetchQuery(options)),
      ...started.map((query) => query.fetch().catch(() => undefined)),
    ]);
    return missing.length > 0 || started.length > 0;
  }

  /** The worst failure's HTTP status (a 5xx before a 404), or null when every answer arrived. */
  failedStatus(): number | null {
    const statuses = this.getQueryCache()
      .getAll()
      .filter((query) => query.state.status === 'error')
      .map((query) => httpStatusOf(query.state.error));
    return statuses.length === 0 ? null : Math.max(...statuses);
  }

  /** The API's answers and refusals, for the browser's cache; a refusal as the plain fields the SPA reads. */
  dehydrateAnswers(): DehydratedState {
    const state = dehydrate(this, {
      shouldDehydrateQuery: (query) => isApiQuery(query.queryKey) && query.state.status !== 'pending',
    });
    return {
      ...state,
      // No clock in the page: the same data give the same bytes, so the same ETag (the browser
      // dates the answers when it reads them, `datePageState`).
      queries: state.queries.map(({ dehydratedAt: _at, ...query }) => ({
        ...query,
        dehydratedAt: 0,
        state: {
          ...query.state,
          dataUpdatedAt: 0,
          errorUpdatedAt: 0,
          fetchFailureReason: null,
          ...(query.state.status === 'error' ? { error: plainError(query.state.error) } : {}),
        },
      })),
    };
  }
}

/** A tRPC client error as JSON keeps it: its message and `data` (code, HTTP status, message code). */
function plainError(error: unknown): Error & { data: unknown } {
  const message = error instanceof Error ? error.message : String(error);
  const data = typeof error === 'object' && error !== null && 'data' in error ? error.data : null;
  return { name: 'TRPCClientError', message, data };
}

function httpStatusOf(error: unknown): number {
  const { data } = plainError(error);
  if (typeof data === 'object' && data !== null && 'httpStatus' in data && typeof data.httpStatus === 'number') {
    return data.httpStatus;
  }
  return 500;
}
