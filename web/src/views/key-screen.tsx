import { useState } from 'preact/hooks';
import { api, ApiError, setKey } from '../api';

/** The API key is kept for this tab only (sessionStorage) and sent in the Authorization header. */
export function KeyScreen({ onSignedIn }: { onSignedIn: () => void }) {
  const [key, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const trimmed = key.trim();
    if (trimmed === '') {
      setError('Enter an API key.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await api('/api/v1/catalog', { key: trimmed });
      setKey(trimmed);
      onSignedIn();
    } catch (e) {
      setError(
        e instanceof ApiError && e.status === 401
          ? 'This API key is not known to this server.'
          : e instanceof Error
            ? e.message
            : String(e),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="key-screen">
      <h1>CloudDiagnoze</h1>
      <p>Sign in with an API key of this server. It stays in this browser tab only.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div class="field">
          <label for="api-key">API key</label>
          <input
            id="api-key"
            type="password"
            autocomplete="off"
            spellcheck={false}
            value={key}
            aria-invalid={error !== null}
            aria-describedby={error ? 'api-key-error' : 'api-key-hint'}
            onInput={(e) => setValue((e.target as HTMLInputElement).value)}
            autoFocus
          />
          <p id="api-key-hint" class="hint">
            The first start of the server prints an admin key (<code>cdz_…</code>).
          </p>
          {error && (
            <p id="api-key-error" class="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <button type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
