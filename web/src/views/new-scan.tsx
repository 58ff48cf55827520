import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import { ErrorNotice, Loading } from '../components/common';
import { humanize } from '../format';
import { navigate } from '../router';
import { requestBodySchema, validate, variants, type JsonSchema } from '../schema';
import { EXAMPLES, hintOf, sinksField, typed, type Values } from '../form';
import type { Catalog, Issue } from '../types';

const CLIENT_KEY = 'clouddiagnoze.client-id';
/** The service whose choice is also the scan's `cost` option. */
const COST = 'cost';
/** The option naming the scan's sinks: only those configured here are offered. */
const SINKS = 'sinks';

const isSecret = (name: string) =>
  /secret|password|session_token|external_id/.test(name) && !name.endsWith('_file');

const fieldId = (path: string) => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

function SchemaField(props: {
  name: string;
  path: string;
  schema: JsonSchema;
  required: boolean;
  value: string | boolean | string[] | undefined;
  error: string | undefined;
  /** Replaces the hint the schema gives. */
  hint?: string | null;
  onChange: (value: string | boolean | string[]) => void;
}) {
  const { name, path, schema, required, value, error } = props;
  const id = fieldId(path);
  const hint = props.hint ?? hintOf(name, schema);
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const label = (
    <>
      {humanize(name)}
      {!required && <span class="muted"> (optional)</span>}
    </>
  );
  const messages = (
    <>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </>
  );
  if (schema.type === 'boolean') {
    return (
      <div class="field">
        <label class="check" for={id}>
          <input
            id={id}
            type="checkbox"
            checked={value === true}
            aria-describedby={described || undefined}
            onChange={(e) => props.onChange((e.target as HTMLInputElement).checked)}
          />
          {label}
        </label>
        {messages}
      </div>
    );
  }
  if (schema.type === 'array' && schema.items?.enum) {
    const chosen = Array.isArray(value) ? value : [];
    return (
      <fieldset class="field" id={id} tabIndex={-1} aria-describedby={described || undefined}>
        <legend>{label}</legend>
        <div class="choices">
          {schema.items.enum.map((option) => (
            <label class="check" key={String(option)}>
              <input
                type="checkbox"
                checked={chosen.includes(String(option))}
                onChange={(e) =>
                  props.onChange(
                    (e.target as HTMLInputElement).checked
                      ? [...chosen, String(option)]
                      : chosen.filter((c) => c !== String(option)),
                  )
                }
              />
              {String(option)}
            </label>
          ))}
        </div>
        {messages}
      </fieldset>
    );
  }
  if (schema.enum) {
    return (
      <div class="field">
        <label for={id}>{label}</label>
        <select
          id={id}
          value={typeof value === 'string' ? value : ''}
          aria-invalid={error !== undefined}
          aria-describedby={described || undefined}
          onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}
        >
          {!required && <option value="">—</option>}
          {schema.enum.map((option) => (
            <option key={String(option)}>{String(option)}</option>
          ))}
        </select>
        {messages}
      </div>
    );
  }
  const numeric = schema.type === 'integer' || schema.type === 'number';
  const common = {
    id,
    autocomplete: 'off',
    spellcheck: false,
    value: typeof value === 'string' ? value : '',
    'aria-invalid': error !== undefined,
    'aria-required': required,
    'aria-describedby': described || undefined,
    onInput: (e: Event) => props.onChange((e.target as HTMLInputElement).value),
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {isSecret(name) ? (
        <input type="password" {...common} />
      ) : numeric ? (
        <input
          type="number"
          inputMode="numeric"
          min={schema.minimum}
          max={schema.maximum}
          {...common}
        />
      ) : (
        <input
          type="text"
          placeholder={EXAMPLES[name] && !schema.pattern ? EXAMPLES[name] : undefined}
          {...common}
        />
      )}
      {messages}
    </div>
  );
}

export function NewScanView() {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [schema, setSchema] = useState<JsonSchema | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [provider, setProvider] = useState('');
  const [clientId, setClientId] = useState(() => sessionStorage.getItem(CLIENT_KEY) ?? '');
  const [services, setServices] = useState<string[]>([]);
  const [allRegions, setAllRegions] = useState(false);
  const [regions, setRegions] = useState<string[]>([]);
  const [regionFilter, setRegionFilter] = useState('');
  const [partitionId, setPartitionId] = useState('');
  const [authType, setAuthType] = useState('default');
  const [auth, setAuth] = useState<Values>({});
  const [options, setOptions] = useState<Values>({});
  const [issues, setIssues] = useState<Issue[]>([]);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    Promise.all([
      api<Catalog>('/api/v1/catalog'),
      fetch('/openapi.json').then((r) => r.json() as Promise<unknown>),
    ])
      .then(([cat, doc]) => {
        setCatalog(cat);
        setSchema(requestBodySchema(doc, '/api/v1/scans', 'post'));
        setProvider(cat.providers[0]?.id ?? '');
      })
      .catch(setLoadError);
  }, []);

  const providerInfo = catalog?.providers.find((p) => p.id === provider);
  const authVariants = useMemo(
    () => variants(schema?.properties?.['auth_mode'], provider),
    [schema, provider],
  );
  const authSchema = authVariants.find((v) => v.tag === authType)?.schema;
  const optionsSchema = schema?.properties?.['options'];
  const onlyGlobal =
    services.length > 0 &&
    services.every((s) => providerInfo?.services.find((x) => x.id === s)?.scope === 'global');

  // The `cost` service and the `cost` option are one choice: choosing the service turns the
  // option on (Cost Explorer is read, and the other services' waste is priced).
  const costService = providerInfo?.services.some((s) => s.id === COST) ?? false;
  const chosenOptions = (): Record<string, unknown> => {
    const out = typed(optionsSchema, options);
    if (costService) {
      delete out[COST];
      if (services.includes(COST)) out[COST] = true;
    }
    return out;
  };
  const body = (): Record<string, unknown> => ({
    provider,
    services,
    client_id: clientId.trim(),
    auth_mode: { type: authType, ...typed(authSchema, auth) },
    ...(allRegions || onlyGlobal ? {} : { regions }),
    ...(Object.keys(chosenOptions()).length > 0 && { options: chosenOptions() }),
  });

  const knownFields = [
    'provider',
    'client_id',
    'services',
    'regions',
    'auth_mode.type',
    ...Object.keys(authSchema?.properties ?? {}).map((k) => `auth_mode.${k}`),
    ...Object.keys(optionsSchema?.properties ?? {}).map((k) => `options.${k}`),
  ];
  const fieldOf = (path: string): string | null =>
    knownFields
      .filter((f) => path === f || path.startsWith(`${f}.`))
      .sort((a, b) => b.length - a.length)[0] ?? (path === 'auth_mode' ? 'auth_mode.type' : null);
  const errorAt = (field: string) =>
    issues
      .filter((i) => fieldOf(i.path) === field)
      .map((i) => i.message)
      .join('; ') || undefined;

  const focusField = (field: string | null) => {
    if (!field) return;
    const el = document.getElementById(fieldId(field));
    el?.focus();
    el?.scrollIntoView({ block: 'center' });
  };

  const show = (found: Issue[]) => {
    setIssues(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    setSubmitError(null);
    if (!schema) return;
    const request = body();
    const found = validate(schema, request, '', provider).map((issue) =>
      issue.path === 'regions' && regions.length === 0
        ? { path: 'regions', message: 'choose at least one region, or scan every enabled region' }
        : issue,
    );
    if (found.length > 0) {
      show(found);
      return;
    }
    setBusy(true);
    try {
      const created = await api<{ scan_id: string }>('/api/v1/scans', {
        method: 'POST',
        body: request,
      });
      sessionStorage.setItem(CLIENT_KEY, clientId.trim());
      navigate(`/scans/${created.scan_id}`);
    } catch (e) {
      if (e instanceof ApiError && e.issues.length > 0) show(e.issues);
      else setSubmitError(e);
    } finally {
      setBusy(false);
    }
  };

  if (loadError) return <ErrorNotice error={loadError} />;
  if (!catalog || !schema) return <Loading what="the scan form" />;

  // One credential reaches one partition (AWS China, GovCloud): only its regions are offered.
  const partitions = providerInfo?.region_partitions ?? [];
  const partition = partitions.find((p) => p.id === partitionId) ?? partitions[0];
  const choosePartition = (id: string) => {
    const next = partitions.find((p) => p.id === id);
    setPartitionId(id);
    setRegions((list) => list.filter((r) => next?.regions.includes(r)));
  };
  const visibleRegions = (partition?.regions ?? []).filter((r) => r.includes(regionFilter.trim()));
  const unplaced = issues.filter((i) => fieldOf(i.path) === null);

  return (
    <>
      <h1 tabIndex={-1}>New scan</h1>
      <form class="scan-form" onSubmit={(e) => void submit(e)} noValidate>
        {issues.length > 0 && (
          <div class="error-summary" role="alert" tabIndex={-1} ref={summary}>
            <h2>
              {issues.length === 1 ? 'One problem stops' : `${issues.length} problems stop`} this
              scan
            </h2>
            <ul>
              {issues.map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  <button
                    type="button"
                    class="link"
                    onClick={() => focusField(fieldOf(issue.path))}
                  >
                    {issue.path || 'request'}: {issue.message}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        {unplaced.length === 0 && <ErrorNotice error={submitError} />}

        <fieldset>
          <legend>What to scan</legend>
          <div class="row">
            <div class="field">
              <label for={fieldId('provider')}>Provider</label>
              <select
                id={fieldId('provider')}
                value={provider}
                onChange={(e) => {
                  setProvider((e.target as HTMLSelectElement).value);
                  setServices([]);
                  setRegions([]);
                }}
              >
                {catalog.providers.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for={fieldId('client_id')}>Client id</label>
              <input
                id={fieldId('client_id')}
                value={clientId}
                autocomplete="off"
                aria-invalid={errorAt('client_id') !== undefined}
                aria-describedby={`${fieldId('client_id')}-hint${errorAt('client_id') ? ` ${fieldId('client_id')}-error` : ''}`}
                onInput={(e) => setClientId((e.target as HTMLInputElement).value)}
              />
              <p id={`${fieldId('client_id')}-hint`} class="hint">
                The tenant the events belong to: letters, digits and _.:-
              </p>
              {errorAt('client_id') && (
                <p id={`${fieldId('client_id')}-error`} class="field-error">
                  {errorAt('client_id')}
                </p>
              )}
            </div>
          </div>

          <fieldset
            class="field"
            id={fieldId('services')}
            tabIndex={-1}
            aria-describedby={errorAt('services') ? `${fieldId('services')}-error` : undefined}
          >
            <legend>Services</legend>
            <div class="row">
              <button
                type="button"
                class="link"
                onClick={() => setServices(providerInfo?.services.map((s) => s.id) ?? [])}
              >
                Select all
              </button>
              <button type="button" class="link" onClick={() => setServices([])}>
                Select none
              </button>
            </div>
            <div class="choices">
              {providerInfo?.services.map((s) => (
                <label class="check" key={s.id}>
                  <input
                    type="checkbox"
                    name="services"
                    value={s.id}
                    checked={services.includes(s.id)}
                    onChange={(e) =>
                      setServices((list) =>
                        (e.target as HTMLInputElement).checked
                          ? [...list, s.id]
                          : list.filter((x) => x !== s.id),
                      )
                    }
                  />
                  <span>
                    {s.title}{' '}
                    <span class="muted">
                      ({s.id}
                      {s.scope === 'global' ? ', account-wide' : ''})
                    </span>
                  </span>
                </label>
              ))}
            </div>
            {costService && (
              <p class="hint">
                Cost reads Cost Explorer (paid: USD 0.01 a request, cached a day) and prices the
                waste the other services find (idle instances, unattached volumes, unused
                addresses); without it, waste is reported as unknown.
              </p>
            )}
            {errorAt('services') && (
              <p id={`${fieldId('services')}-error`} class="field-error">
                {errorAt('services')}
              </p>
            )}
          </fieldset>

          <fieldset
            class="field"
            id={fieldId('regions')}
            tabIndex={-1}
            disabled={onlyGlobal}
            aria-describedby={errorAt('regions') ? `${fieldId('regions')}-error` : undefined}
          >
            <legend>Regions</legend>
            {onlyGlobal ? (
              <p class="hint">The chosen services are account-wide: no region to choose.</p>
            ) : (
              <>
                <label class="check">
                  <input
                    type="radio"
                    name="region-mode"
                    checked={allRegions}
                    onChange={() => setAllRegions(true)}
                  />
                  Every region enabled for the account
                </label>
                <label class="check">
                  <input
                    type="radio"
                    name="region-mode"
                    checked={!allRegions}
                    onChange={() => setAllRegions(false)}
                  />
                  Only these regions
                </label>
                {!allRegions && (
                  <>
                    {partitions.length > 1 && (
                      <div class="field inline">
                        <label for="region-partition">Partition</label>
                        <select
                          id="region-partition"
                          value={partition?.id}
                          onChange={(e) => choosePartition((e.target as HTMLSelectElement).value)}
                        >
                          {partitions.map((p) => (
                            <option key={p.id} value={p.id}>
                              {p.title}
                            </option>
                          ))}
                        </select>
                      </div>
                    )}
                    <div class="field inline">
                      <label for="region-filter">Filter regions</label>
                      <input
                        id="region-filter"
                        type="search"
                        value={regionFilter}
                        onInput={(e) => setRegionFilter((e.target as HTMLInputElement).value)}
                      />
                    </div>
                    <div class="choices regions">
                      {visibleRegions.map((r) => (
                        <label class="check" key={r}>
                          <input
                            type="checkbox"
                            name="regions"
                            value={r}
                            checked={regions.includes(r)}
                            onChange={(e) =>
                              setRegions((list) =>
                                (e.target as HTMLInputElement).checked
                                  ? [...list, r]
                                  : list.filter((x) => x !== r),
                              )
                            }
                          />
                          {r}
                        </label>
                      ))}
                    </div>
                  </>
                )}
              </>
            )}
            {errorAt('regions') && (
              <p id={`${fieldId('regions')}-error`} class="field-error">
                {errorAt('regions')}
              </p>
            )}
          </fieldset>
        </fieldset>

        <fieldset>
          <legend>Credentials</legend>
          <fieldset
            class="field"
            id={fieldId('auth_mode.type')}
            tabIndex={-1}
            aria-describedby={
              errorAt('auth_mode.type') ? `${fieldId('auth_mode.type')}-error` : undefined
            }
          >
            <legend>Auth mode</legend>
            <div class="choices">
              {authVariants.map((v) => (
                <label class="check" key={v.tag}>
                  <input
                    type="radio"
                    name="auth-mode"
                    value={v.tag}
                    checked={authType === v.tag}
                    onChange={() => {
                      setAuthType(v.tag);
                      setAuth({});
                    }}
                  />
                  {v.schema.title ?? humanize(v.tag)}
                </label>
              ))}
            </div>
            {errorAt('auth_mode.type') && (
              <p id={`${fieldId('auth_mode.type')}-error`} class="field-error">
                {errorAt('auth_mode.type')}
              </p>
            )}
          </fieldset>
          <div class="row wrap">
            {Object.entries(authSchema?.properties ?? {})
              .filter(([name]) => name !== 'type')
              .map(([name, field]) => (
                <SchemaField
                  key={`${authType}.${name}`}
                  name={name}
                  path={`auth_mode.${name}`}
                  schema={field}
                  required={authSchema?.required?.includes(name) ?? false}
                  value={auth[name]}
                  error={errorAt(`auth_mode.${name}`)}
                  onChange={(value) => setAuth((a) => ({ ...a, [name]: value }))}
                />
              ))}
          </div>
          <p class="hint">Secrets are sealed for the workers and never stored or shown in clear.</p>
        </fieldset>

        {optionsSchema?.properties && (
          <fieldset>
            <legend>Options</legend>
            <div class="row wrap">
              {Object.entries(optionsSchema.properties)
                .filter(([name]) => !(costService && name === COST))
                .map(([name, field]) => {
                  const sinks = name === SINKS ? sinksField(field, catalog.sinks) : null;
                  return (
                    <SchemaField
                      key={name}
                      name={name}
                      path={`options.${name}`}
                      schema={sinks?.schema ?? field}
                      hint={sinks?.hint}
                      required={optionsSchema.required?.includes(name) ?? false}
                      value={options[name]}
                      error={errorAt(`options.${name}`)}
                      onChange={(value) => setOptions((o) => ({ ...o, [name]: value }))}
                    />
                  );
                })}
            </div>
          </fieldset>
        )}

        <div class="form-actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Launching…' : 'Launch scan'}
          </button>
          <a href="#/scans">Back to scans</a>
        </div>
      </form>
    </>
  );
}
